using Drover.Server.Security;
using Drover.Server.Security.Secrets;

namespace Drover.IntegrationTests.Security.SecretsAtRest;

/// <summary>The key file rule: created 0600; one found readable by other users is used, with a warning naming it.</summary>
public sealed class SecretKeyFileTests
{
    [Fact]
    public void A_key_file_readable_by_others_is_reported_and_a_new_one_is_created_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;
        var dir = Directory.CreateTempSubdirectory("drover-key-").FullName;
        try
        {
            var made = new StringWriter();
            var box = SecretKeys.Load(new SecurityOptions(), dir, made);
            File.GetUnixFileMode(Path.Combine(dir, "secret.key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            made.ToString().ShouldBeEmpty();

            var elsewhere = Path.Combine(dir, "mounted.key");
            File.WriteAllText(elsewhere, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            File.SetUnixFileMode(elsewhere, (UnixFileMode)0b110_100_100); // 0644
            var warned = new StringWriter();
            var other = SecretKeys.Load(new SecurityOptions { SecretKeyFile = elsewhere }, dir, warned);
            warned.ToString().ShouldContain(elsewhere);
            warned.ToString().ShouldContain("readable by other users");
            other.Open(other.Seal("x", SecretPurposes.ScriptParameter), SecretPurposes.ScriptParameter).ShouldBe("x");
            Should.Throw<System.Security.Cryptography.CryptographicException>(() => box.Open(other.Seal("x", "p"), "p"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
