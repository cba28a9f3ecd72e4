using System.Text.Json;
using Drover.Agent.Journal;
using Drover.Agent.Running;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Tests.Journal;

/// <summary>The credential on disk: its modes, and every journal root or file the agent must refuse (tests run as root).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // POSIX owners and modes are the subject
public class CredentialStoreTests
{
    private const UnixFileMode Mode700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const uint Nobody = 65534;

    private static readonly StoredCredential Credential = new("host-a", "local", "p-1", "s3cret-credential");

    private static CredentialStore Open(string root, RecordingLoggers? logs = null) =>
        CredentialStore.Open(root, (logs ?? new RecordingLoggers()).CreateLogger("test"));

    [Fact]
    public void A_credential_round_trips_in_a_0600_file_in_0700_folders()
    {
        using var dir = new TempDirectory();
        var root = Path.Combine(dir.Path, "journal");
        var store = Open(root);
        store.Read("host-a").ShouldBeNull();

        store.Write(Credential);

        store.Read("host-a").ShouldBe(Credential);
        var path = store.PathFor("host-a");
        path.ShouldBe(Path.Combine(root, "host-a", "credential"));
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.Combine(root, "host-a")).ShouldBe(Mode700);
        File.GetUnixFileMode(root).ShouldBe(Mode700);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        json.RootElement.GetProperty("resource_id").GetString().ShouldBe("host-a");
        json.RootElement.GetProperty("project_id").GetString().ShouldBe("p-1");
        Credential.ToString().ShouldNotContain("s3cret");
    }

    [Fact]
    public void Writing_again_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var store = Open(dir.Path);
        store.Write(Credential);
        store.Write(Credential with { Credential = "second" });

        store.Read("host-a")!.Credential.ShouldBe("second");
        Directory.GetFiles(Path.Combine(dir.Path, "host-a")).Select(Path.GetFileName).ShouldBe(["credential"]);
    }

    [Fact]
    public void A_journal_root_we_own_but_others_can_read_is_tightened_to_0700_and_logged()
    {
        using var dir = new TempDirectory();
        File.SetUnixFileMode(dir.Path, Mode700 | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var logs = new RecordingLoggers();

        Open(dir.Path, logs);

        File.GetUnixFileMode(dir.Path).ShouldBe(Mode700);
        logs.Lines.ShouldContain(l => l.Level == LogLevel.Warning && l.Text.Contains("0755") && l.Text.Contains(dir.Path));
    }

    [Fact]
    public void A_journal_root_owned_by_another_user_is_refused_naming_it_its_owner_and_mode()
    {
        if (!Libc.IsRoot)
        {
            return; // only root can make a file owned by someone else
        }
        using var dir = new TempDirectory();
        File.SetUnixFileMode(dir.Path, Mode700);
        Libc.Chown(dir.Path, Nobody, Nobody);

        var e = Should.Throw<IOException>(() => Open(dir.Path));

        e.Message.ShouldContain(dir.Path);
        e.Message.ShouldContain("uid 65534");
        e.Message.ShouldContain("0700");
    }

    [Theory]
    [InlineData(UnixFileMode.GroupWrite)]
    [InlineData(UnixFileMode.OtherWrite)]
    public void A_journal_root_others_can_write_is_refused(UnixFileMode extra)
    {
        using var dir = new TempDirectory();
        File.SetUnixFileMode(dir.Path, Mode700 | extra);

        var e = Should.Throw<IOException>(() => Open(dir.Path));

        e.Message.ShouldContain(dir.Path);
        e.Message.ShouldContain("other users write");
        File.GetUnixFileMode(dir.Path).ShouldBe(Mode700 | extra); // refused, not silently "fixed"
    }

    [Fact]
    public void A_symlinked_journal_root_is_refused()
    {
        using var dir = new TempDirectory();
        var real = Directory.CreateDirectory(Path.Combine(dir.Path, "real"), Mode700).FullName;
        var link = Path.Combine(dir.Path, "link");
        File.CreateSymbolicLink(link, real);

        Should.Throw<IOException>(() => Open(link)).Message.ShouldContain("symlink");
    }

    [Fact]
    public void A_symlinked_host_folder_is_refused()
    {
        using var dir = new TempDirectory();
        var store = Open(Path.Combine(dir.Path, "journal"));
        var elsewhere = Directory.CreateDirectory(Path.Combine(dir.Path, "elsewhere"), Mode700).FullName;
        File.CreateSymbolicLink(Path.Combine(dir.Path, "journal", "host-a"), elsewhere);

        Should.Throw<IOException>(() => store.Read("host-a")).Message.ShouldContain("symlink");
        Should.Throw<IOException>(() => store.Write(Credential)).Message.ShouldContain("symlink");
    }

    [Fact]
    public void A_symlinked_credential_file_is_refused()
    {
        using var dir = new TempDirectory();
        var store = Open(dir.Path);
        store.Write(Credential with { ResourceId = "host-b" });
        Directory.CreateDirectory(Path.Combine(dir.Path, "host-a"), Mode700);
        File.CreateSymbolicLink(store.PathFor("host-a"), store.PathFor("host-b"));

        Should.Throw<IOException>(() => store.Read("host-a")).Message.ShouldContain("symlink");
    }

    [Fact]
    public void A_credential_file_others_can_read_is_refused_as_leaked()
    {
        using var dir = new TempDirectory();
        var store = Open(dir.Path);
        store.Write(Credential);
        File.SetUnixFileMode(store.PathFor("host-a"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var e = Should.Throw<IOException>(() => store.Read("host-a"));
        e.Message.ShouldContain(store.PathFor("host-a"));
        e.Message.ShouldContain("0604");
        e.Message.ShouldNotContain("s3cret");
    }

    [Fact]
    public void A_credential_file_owned_by_another_user_is_refused()
    {
        if (!Libc.IsRoot)
        {
            return; // only root can make a file owned by someone else
        }
        using var dir = new TempDirectory();
        var store = Open(dir.Path);
        store.Write(Credential);
        Libc.Chown(store.PathFor("host-a"), Nobody, Nobody);

        Should.Throw<IOException>(() => store.Read("host-a")).Message.ShouldContain("uid 65534");
    }

    [Fact]
    public void A_credential_file_for_another_host_or_broken_is_refused_without_quoting_it()
    {
        using var dir = new TempDirectory();
        var store = Open(dir.Path);
        store.Write(Credential with { ResourceId = "host-b" });
        Directory.CreateDirectory(Path.Combine(dir.Path, "host-a"), Mode700);
        File.Copy(store.PathFor("host-b"), store.PathFor("host-a"));
        Should.Throw<IOException>(() => store.Read("host-a")).Message.ShouldContain("does not hold a credential for host host-a");

        File.WriteAllText(store.PathFor("host-a"), "{\"credential\": \"s3cret-half");
        Should.Throw<IOException>(() => store.Read("host-a")).Message.ShouldNotContain("s3cret");
    }
}
