using System.Security.Cryptography;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;

namespace Drover.IntegrationTests.Security;

/// <summary>Secrets at rest (docs/security.md): sealed with AES-256-GCM, bound to their purpose, opened across a key rotation.</summary>
public sealed class SecretBoxTests
{
    private static byte[] Key() => RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_sealed_secret_opens_with_its_key_and_purpose_and_never_shows_in_clear()
    {
        var box = new SecretBox(Key());
        var sealedValue = box.Seal("the-secret-key-value", "access-key-secret");
        sealedValue.ShouldStartWith("v1.");
        sealedValue.ShouldNotContain("the-secret-key-value");
        box.Open(sealedValue, "access-key-secret").ShouldBe("the-secret-key-value");
        // Two seals of one secret differ (a fresh nonce each).
        box.Seal("the-secret-key-value", "access-key-secret").ShouldNotBe(sealedValue);
    }

    [Fact]
    public void Another_purpose_another_key_or_one_changed_character_does_not_open()
    {
        var box = new SecretBox(Key());
        var sealedValue = box.Seal("s3cret", "access-key-secret");
        Should.Throw<CryptographicException>(() => box.Open(sealedValue, "another-purpose"));
        Should.Throw<CryptographicException>(() => new SecretBox(Key()).Open(sealedValue, "access-key-secret"));
        var body = Convert.FromBase64String(sealedValue.Split('.')[2]);
        body[^1] ^= 1;
        var tampered = string.Join('.', sealedValue.Split('.')[..2]) + "." + Convert.ToBase64String(body);
        Should.Throw<CryptographicException>(() => box.Open(tampered, "access-key-secret"));
    }

    [Fact]
    public void After_a_rotation_old_values_still_open_and_new_ones_use_the_new_key()
    {
        var oldKey = Key();
        var before = new SecretBox(oldKey).Seal("kept", "p");
        var rotated = new SecretBox(Key(), [oldKey]);
        rotated.Open(before, "p").ShouldBe("kept");
        var after = rotated.Seal("new", "p");
        after.Split('.')[1].ShouldNotBe(before.Split('.')[1]);
        Should.Throw<CryptographicException>(() => new SecretBox(oldKey).Open(after, "p"));
    }

    [Fact]
    public void The_key_file_is_made_once_0600_and_a_bad_configured_key_is_refused_by_name()
    {
        var dir = Directory.CreateTempSubdirectory("drover-secret-").FullName;
        try
        {
            var first = SecretKeys.Load(new SecurityOptions(), dir);
            var file = Path.Combine(dir, "secret.key");
            if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var sealedValue = first.Seal("x", "p");
            SecretKeys.Load(new SecurityOptions(), dir).Open(sealedValue, "p").ShouldBe("x");
            Should.Throw<InvalidOperationException>(() => SecretKeys.Load(new SecurityOptions { SecretKey = "too-short" }, dir))
                .Message.ShouldContain("Drover:Security:SecretKey");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
