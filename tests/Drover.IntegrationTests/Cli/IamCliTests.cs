using System.Text.Json.Nodes;
using Drover.Cli;
using Drover.IntegrationTests.Api;

namespace Drover.IntegrationTests.Cli;

/// <summary>
/// <c>drover login | project | user | key | enrollment | agent credentials | audit | script review | script risk</c> run
/// in process against a real server, as docs/security.md describes the endpoints. The bootstrap admin speaks through
/// DROVER_TOKEN (never <c>--token</c>); users through <c>drover login</c> and the credentials file.
/// </summary>
public sealed class IamCliTests(IamCliTests.Fixture fixture) : IClassFixture<IamCliTests.Fixture>, IDisposable
{
    public sealed class Fixture : DroverFixture;

    private sealed record Run(int Exit, string Out, string Err)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";

        public string FirstLine => Out.Split('\n')[0].Trim();
    }

    private const string Password = "correct-horse-9";

    // One credentials directory per test (xunit makes a class instance per test), so logins never cross tests.
    private readonly string configDir = Path.Combine(Path.GetTempPath(), "drover-iam-cli-" + Guid.NewGuid().ToString("N"));

    private TestDrover D => fixture.D;

    public void Dispose()
    {
        try { Directory.Delete(configDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Runs drover with <paramref name="token"/> as DROVER_TOKEN (null: whatever is logged in) and <paramref name="stdin"/>.</summary>
    private async Task<Run> CliAsync(string? token, string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["DROVER_CONFIG_DIR"] = configDir, ["DROVER_TOKEN"] = token, ["DROVER_PROJECT"] = null };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var exit = await CliApp.RunAsync(["--server", D.ApiUrl, .. args], stdout, stderr, ct: timeout.Token, stdin: new StringReader(stdin ?? ""), environment: env);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private Task<Run> AdminAsync(params string[] args) => CliAsync(TestDrover.Token, null, args);

    private Task<Run> AsLoginAsync(params string[] args) => CliAsync(null, null, args);

    private static Run ShouldSucceed(Run r)
    {
        r.Exit.ShouldBe(0, r.ToString());
        r.Err.ShouldBeEmpty(r.ToString());
        return r;
    }

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A new project and a user with <paramref name="role"/> in it; answers both ids.</summary>
    private async Task<(string Project, string UserId, string UserName)> ProjectWithUserAsync(string role)
    {
        var project = ShouldSucceed(await AdminAsync("project", "create", Unique("proj"))).FirstLine;
        var name = Unique("user");
        var created = await CliAsync(TestDrover.Token, Password + "\n", "--project", project, "user", "create", name, "--role", role, "--password-stdin");
        ShouldSucceed(created);
        return (project, created.FirstLine, name);
    }

    private async Task LoginAsync(string name, string? scope = null)
    {
        string[] scoping = scope is null ? [] : ["--scope-project", scope];
        ShouldSucceed(await CliAsync(null, Password + "\n", ["login", "--user", name, "--password-stdin", .. scoping]));
    }

    [Fact]
    public async Task Admin_creates_a_project_and_user_who_logs_in_sees_itself_and_logs_out()
    {
        var (project, userId, name) = await ProjectWithUserAsync("operator");
        project.ShouldMatch("^[0-9a-f]{32}$");

        var users = ShouldSucceed(await AdminAsync("--project", project, "user", "list"));
        users.Out.Split('\n').ShouldContain(l => l.StartsWith(userId) && l.Contains(name) && l.Contains($"{project}:operator"), users.ToString());
        ShouldSucceed(await AdminAsync("--project", project, "user", "show", userId)).Out.ShouldContain($"name: {name}\n");

        await LoginAsync(name, scope: project);
        var file = Path.Combine(configDir, "credentials");
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var me = ShouldSucceed(await AsLoginAsync("whoami"));
        me.Out.ShouldContain($"user: {name}");
        me.Out.ShouldContain(project);
        me.Out.ShouldContain("roles: operator\n");

        // The scoped project is the default: the operator works there without --project.
        ShouldSucceed(await AsLoginAsync("script", "list"));

        var token = JsonNode.Parse(File.ReadAllText(file))![D.ApiUrl]!["token"]!.GetValue<string>();
        ShouldSucceed(await AsLoginAsync("logout"));
        File.ReadAllText(file).ShouldNotContain(token);
        // Revoked on the server, not just forgotten here.
        (await CliAsync(token, null, "--project", project, "script", "list")).Exit.ShouldBe(2);
    }

    [Fact]
    public async Task The_bootstrap_admin_secret_is_no_user_so_whoami_and_key_create_say_so()
    {
        var whoami = await AdminAsync("whoami");
        whoami.Exit.ShouldBe(2, whoami.ToString());
        whoami.Err.ShouldContain("bootstrap admin secret is not one");
        var key = await AdminAsync("key", "create");
        key.Exit.ShouldBe(1, key.ToString());
        key.Err.ShouldContain("--user");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_stores_nothing()
    {
        var (_, _, name) = await ProjectWithUserAsync("viewer");
        var r = await CliAsync(null, "not-the-password\n", "login", "--user", name, "--password-stdin");
        r.Exit.ShouldBe(2, r.ToString());
        File.Exists(Path.Combine(configDir, "credentials")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_create_and_only_the_bootstrap_admin_creates_projects()
    {
        var (project, _, name) = await ProjectWithUserAsync("viewer");
        await LoginAsync(name, scope: project);
        ShouldSucceed(await AsLoginAsync("script", "list"));
        (await AsLoginAsync("script", "create", "--name", "nope", "--type", "shell", "--content", "echo")).Exit.ShouldBe(2);
        var refused = await AsLoginAsync("project", "create", Unique("proj"));
        refused.Exit.ShouldBe(2, refused.ToString());
        refused.Err.ShouldContain("common.01010003");
    }

    [Fact]
    public async Task Grant_revoke_and_passwd_change_what_a_user_may_do()
    {
        var (project, userId, name) = await ProjectWithUserAsync("viewer");
        ShouldSucceed(await AdminAsync("--project", project, "user", "grant", userId, "--role", "admin"));
        ShouldSucceed(await AdminAsync("--project", project, "user", "show", userId)).Out.ShouldContain($"{project}:admin");

        await LoginAsync(name, scope: project);
        ShouldSucceed(await AsLoginAsync("user", "list"));

        ShouldSucceed(await CliAsync(TestDrover.Token, "another-pass-77\n", "--project", project, "user", "passwd", userId, "--password-stdin"));
        // The password change revoked the stored token.
        (await AsLoginAsync("user", "list")).Exit.ShouldBe(2);
        (await CliAsync(null, Password + "\n", "login", "--user", name, "--password-stdin")).Exit.ShouldBe(2);
        ShouldSucceed(await CliAsync(null, "another-pass-77\n", "login", "--user", name, "--password-stdin", "--scope-project", project));

        ShouldSucceed(await AdminAsync("--project", project, "user", "revoke", userId));
        (await AsLoginAsync("script", "list")).Exit.ShouldBe(2);
        ShouldSucceed(await AdminAsync("--project", project, "user", "delete", userId)).FirstLine.ShouldBe(userId);
    }

    [Fact]
    public async Task A_user_creates_lists_and_deletes_its_own_access_keys()
    {
        var (project, userId, name) = await ProjectWithUserAsync("operator");
        await LoginAsync(name, scope: project);
        var created = await AsLoginAsync("key", "create");
        created.Exit.ShouldBe(0, created.ToString());
        created.Err.ShouldContain("shown only now");
        var access = created.Out.Split('\n')[0]["access: ".Length..];
        created.Out.ShouldContain("secret: ");

        var list = ShouldSucceed(await AsLoginAsync("key", "list"));
        list.Out.ShouldContain(access);
        list.Out.ShouldNotContain(created.Out.Split('\n')[1]["secret: ".Length..]);
        ShouldSucceed(await AdminAsync("--project", project, "key", "list", "--user", userId)).Out.ShouldContain(access);

        ShouldSucceed(await AsLoginAsync("key", "delete", access)).FirstLine.ShouldBe(access);
        ShouldSucceed(await AsLoginAsync("key", "list")).Out.ShouldNotContain(access);
    }

    [Fact]
    public async Task Enrollments_are_created_listed_without_their_token_and_deleted()
    {
        var created = await AdminAsync("enrollment", "create", "--expires-in", "30m", "--max-uses", "2", "--resource-id-prefix", "web-");
        created.Exit.ShouldBe(0, created.ToString());
        var token = created.FirstLine;
        token.ShouldNotBeEmpty();
        created.Err.ShouldContain("--enroll-token-file");

        var json = JsonNode.Parse((await AdminAsync("enrollment", "list", "--output", "json")).Out)!;
        json.ToJsonString().ShouldNotContain(token);
        var list = ShouldSucceed(await AdminAsync("enrollment", "list"));
        var row = list.Out.Split('\n').Single(l => l.Contains("web-")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        row[2].ShouldBe("0/2");
        ShouldSucceed(await AdminAsync("enrollment", "delete", row[0])).FirstLine.ShouldBe(row[0]);

        ShouldSucceed(await AdminAsync("agent", "credentials"));
        (await AdminAsync("agent", "revoke", "no-such-host")).Exit.ShouldBe(2);
    }

    [Fact]
    public async Task The_audit_log_shows_who_created_what()
    {
        var (project, userId, name) = await ProjectWithUserAsync("admin");
        await LoginAsync(name, scope: project);
        ShouldSucceed(await AsLoginAsync("script", "create", "--name", "audited", "--type", "shell", "--content", "echo"));
        var audit = ShouldSucceed(await AsLoginAsync("audit", "--user", name, "--since", "1h"));
        audit.Out.ShouldContain("script.create");
        var json = JsonNode.Parse(ShouldSucceed(await AsLoginAsync("audit", "--action", "script.create", "--all", "--output", "json")).Out)!;
        json["data"]!.AsArray().Count.ShouldBe(1, json.ToJsonString());
        (await AsLoginAsync("audit", "--until", "2000-01-01")).Out.ShouldNotContain("script.create");
        _ = userId;
    }

    [Fact]
    public async Task A_script_with_reviewers_waits_for_review_and_runs_once_approved()
    {
        // Reviewers are real users of the project: rita, an operator, may review it.
        var (project, ritaId, rita) = await ProjectWithUserAsync("operator");
        var name = Unique("reviewed_");
        var created = ShouldSucceed(await AdminAsync("--project", project, "script", "create", "--name", name, "--type", "shell", "--content", "echo",
            "--reviewer", $"{rita}:{ritaId}"));
        var uuid = created.FirstLine;
        ShouldSucceed(await AdminAsync("--project", project, "script", "show", uuid)).Out.ShouldContain("status: PENDING_APPROVE\n");
        ShouldSucceed(await AdminAsync("--project", project, "script", "show", uuid)).Out.ShouldContain($"reviewers: {rita}:{ritaId}\n");
        (await AdminAsync("--project", project, "script", "review", uuid)).Exit.ShouldBe(1);

        await LoginAsync(rita, scope: project);
        ShouldSucceed(await AsLoginAsync("script", "review", uuid, "--approve", "--comment", "looks fine")).FirstLine.ShouldBe($"APPROVED: {uuid}");
        ShouldSucceed(await AsLoginAsync("script", "show", uuid)).Out.ShouldContain("status: APPROVED\n");
        // Reviewed once: a second review is refused (only PENDING_APPROVE scripts are reviewed).
        (await AsLoginAsync("script", "review", uuid, "--reject")).Exit.ShouldBe(2);
    }

    [Fact]
    public async Task Script_risk_exits_0_for_a_harmless_script_and_4_for_rm_rf()
    {
        var dir = Path.Combine(configDir, "scripts");
        Directory.CreateDirectory(dir);
        var harmless = Path.Combine(dir, "ok.sh");
        File.WriteAllText(harmless, "echo hello\n");
        var dangerous = Path.Combine(dir, "wipe.sh");
        File.WriteAllText(dangerous, "echo bye\nrm -rf /\n");

        var low = await AdminAsync("script", "risk", harmless);
        low.Exit.ShouldBe(0, low.ToString());
        low.Out.ShouldStartWith("risk_level: LOW\n");

        var high = await AdminAsync("script", "risk", dangerous);
        high.Exit.ShouldBe(4, high.ToString());
        high.Out.ShouldStartWith("risk_level: HIGH\n");
        high.Out.Split('\n').ShouldContain(l => l.StartsWith("2 ") && l.Contains("rm -rf"), high.ToString());
    }
}
