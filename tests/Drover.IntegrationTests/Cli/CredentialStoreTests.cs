using Drover.Cli.Auth;
using Drover.Cli.Commands;

namespace Drover.IntegrationTests.Cli;

/// <summary>The credentials file, token resolution and durations: no server needed.</summary>
public sealed class CredentialStoreTests : IDisposable
{
    private static readonly Uri Server = new("http://127.0.0.1:8080/");
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly string root = Path.Combine(Path.GetTempPath(), "drover-creds-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private CredentialStore Store() => new(Path.Combine(root, "drover"));

    private static StoredLogin Login(string token, string? expires = "2026-12-03T12:00:00.000000Z", string? project = null) =>
        new(token, "alice", expires, project);

    [Fact]
    public void Saving_creates_the_directory_0700_and_the_file_0600()
    {
        if (OperatingSystem.IsWindows()) return;
        var store = Store();
        store.Save(Server, Login("tok-1"));
        File.GetUnixFileMode(store.Directory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(store.FilePath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void An_existing_loose_directory_is_tightened_and_a_rewrite_stays_0600()
    {
        if (OperatingSystem.IsWindows()) return;
        var store = Store();
        Directory.CreateDirectory(store.Directory);
        File.SetUnixFileMode(store.Directory, (UnixFileMode)0b111_101_101);
        store.Save(Server, Login("tok-1"));
        File.SetUnixFileMode(store.FilePath, (UnixFileMode)0b110_100_100);
        store.Save(Server, Login("tok-2"));
        File.GetUnixFileMode(store.Directory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(store.FilePath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void A_write_replaces_the_file_by_rename_and_leaves_no_temporary_file()
    {
        var store = Store();
        store.Save(Server, Login("tok-1"));
        // A reader holding the old file keeps reading the old content: the new one is a different file moved over it.
        using var old = new FileStream(store.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        store.Save(new Uri("https://other.example:8443/"), Login("tok-other"));
        new StreamReader(old).ReadToEnd().ShouldContain("tok-1");
        new StreamReader(old).ReadToEnd().ShouldNotContain("tok-other");
        Directory.GetFiles(store.Directory).Select(Path.GetFileName).ShouldBe([CredentialStore.FileName]);
        var all = Store().ReadAll();
        all.Keys.Order().ShouldBe(["http://127.0.0.1:8080", "https://other.example:8443"]);
        all["http://127.0.0.1:8080"].Token.ShouldBe("tok-1");
    }

    [Fact]
    public void Entries_are_per_server_url_with_or_without_the_trailing_slash_and_removal_forgets_one()
    {
        var store = Store();
        store.Save(new Uri("http://127.0.0.1:8080"), Login("tok-1", project: "p1"));
        store.Find(Server)!.ShouldBe(Login("tok-1", project: "p1"));
        store.Find(new Uri("http://127.0.0.1:9090/")).ShouldBeNull();
        store.Remove(Server).ShouldBeTrue();
        store.Remove(Server).ShouldBeFalse();
        store.Find(Server).ShouldBeNull();
        File.ReadAllText(store.FilePath).ShouldNotContain("tok-1");
    }

    [Fact]
    public void A_missing_file_is_no_login_and_a_corrupt_one_an_error_that_says_what_to_do()
    {
        Store().Find(Server).ShouldBeNull();
        var store = Store();
        Directory.CreateDirectory(store.Directory);
        File.WriteAllText(store.FilePath, "{ not json");
        Should.Throw<IOException>(() => store.Find(Server)).Message.ShouldContain("drover login");
    }

    [Fact]
    public void The_directory_is_DROVER_CONFIG_DIR_else_XDG_CONFIG_HOME_drover_else_HOME_config_drover()
    {
        CredentialStore.DirectoryFor(Env(("DROVER_CONFIG_DIR", "/t/c"), ("XDG_CONFIG_HOME", "/x"), ("HOME", "/h"))).ShouldBe("/t/c");
        CredentialStore.DirectoryFor(Env(("DROVER_CONFIG_DIR", null), ("XDG_CONFIG_HOME", "/x"), ("HOME", "/h"))).ShouldBe(Path.Combine("/x", "drover"));
        CredentialStore.DirectoryFor(Env(("DROVER_CONFIG_DIR", null), ("XDG_CONFIG_HOME", ""), ("HOME", "/h"))).ShouldBe(Path.Combine("/h", ".config", "drover"));
    }

    private static CliEnvironment Env(params (string Name, string? Value)[] vars) => new(vars.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Token_resolution_is_option_then_environment_then_the_stored_login()
    {
        var stored = Login("from-file", project: "scoped");
        var warnings = new StringWriter();

        var a = TokenResolution.Resolve("from-option", "from-env", () => throw new InvalidOperationException("file read"), Server, Now, warnings);
        a.ShouldBe(new ResolvedToken("from-option", TokenSource.Option, null));
        warnings.ToString().ShouldContain("/proc/PID/cmdline");
        warnings.ToString().ShouldContain("DROVER_TOKEN");

        warnings = new StringWriter();
        TokenResolution.Resolve(null, "from-env", () => throw new InvalidOperationException("file read"), Server, Now, warnings)
            .ShouldBe(new ResolvedToken("from-env", TokenSource.Environment, null));
        TokenResolution.Resolve(null, null, () => stored, Server, Now, warnings).ShouldBe(new ResolvedToken("from-file", TokenSource.Login, "scoped"));
        TokenResolution.Resolve(null, null, () => null, Server, Now, warnings).ShouldBe(ResolvedToken.None);
        warnings.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void An_expired_stored_login_is_an_error_that_says_run_drover_login()
    {
        var expired = Login("old", expires: "2026-12-02T11:59:59Z");
        var e = Should.Throw<UsageException>(() => TokenResolution.Resolve(null, null, () => expired, Server, Now, TextWriter.Null));
        e.Message.ShouldContain("expired");
        e.Message.ShouldContain("drover login");
        e.Message.ShouldContain("http://127.0.0.1:8080");
        // The environment still wins over an expired file, so a script with DROVER_TOKEN is not broken by an old login.
        TokenResolution.Resolve(null, "env", () => expired, Server, Now, TextWriter.Null).Token.ShouldBe("env");
    }

    [Theory]
    [InlineData("2026-12-03T12:00:00.000000Z", false)]
    [InlineData("2026-12-02T12:00:00Z", true)]
    [InlineData("2026-12-02T13:00:00+02:00", true)]
    [InlineData("1796216400000", false)]
    [InlineData("1796212800000", true)]
    [InlineData(null, false)]
    [InlineData("someday", false)]
    public void Expiry_reads_iso_8601_and_epoch_milliseconds(string? expiresAt, bool expired) =>
        Login("t", expires: expiresAt).IsExpired(Now).ShouldBe(expired);

    [Theory]
    [InlineData("3600", 3600)]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("1h", 3600)]
    [InlineData("1H", 3600)]
    [InlineData("2d", 172800)]
    [InlineData("1h30m", 5400)]
    public void Durations_are_seconds_or_units(string text, long seconds) =>
        Durations.Parse(text, "--expires-in").TotalSeconds.ShouldBe(seconds);

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1x")]
    [InlineData("h")]
    [InlineData("1.5h")]
    [InlineData("99999999999")]
    public void Bad_durations_name_the_option(string text) =>
        Should.Throw<UsageException>(() => Durations.Parse(text, "--expires-in")).Message.ShouldContain("--expires-in");

    [Fact]
    public void Points_in_time_are_a_duration_ago_or_a_date()
    {
        Durations.PointInTime("1h", "--since", Now).ShouldBe(Now.AddHours(-1));
        Durations.PointInTime("3600", "--since", Now).ShouldBe(Now.AddHours(-1));
        Durations.PointInTime("2026-12-01T10:00:00Z", "--since", Now).ShouldBe(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Should.Throw<UsageException>(() => Durations.PointInTime("yesterday", "--until", Now)).Message.ShouldContain("--until");
    }
}
