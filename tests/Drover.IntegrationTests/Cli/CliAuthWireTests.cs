using System.Net;
using System.Text.Json.Nodes;
using Drover.Cli;

namespace Drover.IntegrationTests.Cli;

/// <summary>
/// The CLI's side of docs/security.md against a stub server: what login, logout, token resolution and the admin
/// commands send, where they keep tokens, what they print and their exit codes. Needs no server.
/// </summary>
public sealed class CliAuthWireTests : IDisposable
{
    // Loopback: plain http elsewhere is refused (TLS rules); the stub handler answers, nothing listens there.
    private const string Server = "http://127.0.0.1:9";
    private const string TokenBody = """
        {"token":{"expires_at":"2099-01-01T00:00:00.000000Z","issued_at":"2026-12-02T00:00:00.000000Z","methods":["password"],
         "user":{"id":"u-alice","name":"alice","domain":{"name":"drover"}},"project":{"id":"p-scoped","name":"team"},
         "roles":[{"name":"operator"}]}}
        """;

    private readonly string configDir = Path.Combine(Path.GetTempPath(), "drover-cli-" + Guid.NewGuid().ToString("N"), "drover");
    private readonly StubApi api = new();

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(configDir)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        api.Dispose();
    }

    private sealed record Run(int Exit, string Out, string Err)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    private async Task<Run> CliWithStdinAsync(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["DROVER_CONFIG_DIR"] = configDir, ["DROVER_TOKEN"] = null, ["DROVER_PROJECT"] = null, ["DROVER_SERVER"] = null };
        var exit = await CliApp.RunAsync(["--server", Server, .. args], stdout, stderr, api, stdin: new StringReader(stdin ?? ""), environment: env);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private Task<Run> CliAsync(params string[] args) => CliWithStdinAsync(null, args);

    private string CredentialsFile => Path.Combine(configDir, "credentials");

    private StubApi WithLogin() => api.On(HttpMethod.Post, "/v3/auth/tokens", _ =>
    {
        var r = StubApi.Json(TokenBody, HttpStatusCode.Created);
        r.Headers.Add("X-Subject-Token", "tok-alice");
        return r;
    });

    private async Task LoginAsync(string? scope = "p-scoped")
    {
        WithLogin();
        string[] extra = scope is null ? [] : ["--scope-project", scope];
        var r = await CliWithStdinAsync("pa55word!\n", ["login", "--user", "alice", "--password-stdin", .. extra]);
        r.Exit.ShouldBe(0, r.ToString());
    }

    [Fact]
    public async Task Login_sends_Keystones_password_body_and_keeps_the_token_0600_without_printing_it()
    {
        WithLogin();
        var r = await CliWithStdinAsync("pa55word!\n", "login", "--user", "alice", "--password-stdin", "--scope-project", "p-scoped");
        r.Exit.ShouldBe(0, r.ToString());
        r.Err.ShouldBeEmpty(r.ToString());
        r.Out.ShouldContain("as alice");
        r.Out.ShouldNotContain("tok-alice");

        var sent = api.Requests.Single();
        sent.Method.ShouldBe(HttpMethod.Post);
        sent.PathAndQuery.ShouldBe("/v3/auth/tokens");
        sent.Header("X-Auth-Token").ShouldBeNull();
        sent.Body!.ToJsonString().ShouldBe(
            """{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":"pa55word!","domain":{"name":"drover"}}}},"scope":{"project":{"id":"p-scoped"}}}}""");

        var stored = JsonNode.Parse(File.ReadAllText(CredentialsFile))![Server]!;
        stored["token"]!.GetValue<string>().ShouldBe("tok-alice");
        stored["user"]!.GetValue<string>().ShouldBe("alice");
        stored["expires_at"]!.GetValue<string>().ShouldBe("2099-01-01T00:00:00.000000Z");
        stored["project"]!.GetValue<string>().ShouldBe("p-scoped");
        // Exactly the documented fields: nothing derived (an expiry computed from expires_at) is written.
        stored.AsObject().Select(p => p.Key).ShouldBe(["token", "user", "expires_at", "project"]);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(CredentialsFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(configDir).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task Login_without_a_scope_sends_no_scope()
    {
        await LoginAsync(scope: null);
        api.Requests.Single().Body!["auth"]!.AsObject().ContainsKey("scope").ShouldBeFalse();
    }

    [Fact]
    public async Task The_stored_login_is_used_with_its_project_and_without_a_warning()
    {
        await LoginAsync();
        api.On(HttpMethod.Get, "/v3/auth/tokens", TokenBody);
        var r = await CliAsync("whoami");
        r.Exit.ShouldBe(0, r.ToString());
        r.Err.ShouldBeEmpty(r.ToString());
        r.Out.ShouldContain("user: alice (u-alice)\n");
        r.Out.ShouldContain("project: team (p-scoped)\n");
        r.Out.ShouldContain("roles: operator\n");
        r.Out.ShouldContain("expires: 2099-01-01");
        var sent = api.Requests[^1];
        sent.Header("X-Auth-Token").ShouldBe("tok-alice");
        sent.Header("X-Subject-Token").ShouldBe("tok-alice");
        sent.Header("x-project-id").ShouldBe("p-scoped");

        // --project still wins over the login's project.
        (await CliAsync("whoami", "--project", "other")).Exit.ShouldBe(0);
        api.Requests[^1].Header("x-project-id").ShouldBe("other");
    }

    [Fact]
    public async Task Token_on_the_command_line_works_with_a_warning_and_beats_the_stored_login()
    {
        await LoginAsync();
        api.On(HttpMethod.Get, "/v3/auth/tokens", TokenBody);
        var r = await CliAsync("--token", "tok-cmdline", "whoami");
        r.Exit.ShouldBe(0, r.ToString());
        r.Err.ShouldContain("warning: --token is visible to other local users");
        r.Err.ShouldContain("DROVER_TOKEN");
        api.Requests[^1].Header("X-Auth-Token").ShouldBe("tok-cmdline");
        // Not the login's token, so not the login's project either.
        api.Requests[^1].Header("x-project-id").ShouldBe("default");
    }

    [Fact]
    public async Task An_expired_login_fails_before_any_request_and_says_run_drover_login()
    {
        Directory.CreateDirectory(configDir);
        File.WriteAllText(CredentialsFile, $$$"""{"{{{Server}}}":{"token":"old","user":"alice","expires_at":"2020-01-01T00:00:00Z","project":null}}""");
        var r = await CliAsync("script", "list");
        r.Exit.ShouldBe(1, r.ToString());
        r.Err.ShouldContain("expired");
        r.Err.ShouldContain("run 'drover login'");
        api.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Logout_revokes_the_token_with_itself_and_forgets_it()
    {
        await LoginAsync();
        api.On(HttpMethod.Delete, "/v3/auth/tokens", _ => new HttpResponseMessage(HttpStatusCode.NoContent));
        var r = await CliAsync("logout");
        r.Exit.ShouldBe(0, r.ToString());
        var sent = api.Requests[^1];
        sent.Method.ShouldBe(HttpMethod.Delete);
        sent.Header("X-Auth-Token").ShouldBe("tok-alice");
        sent.Header("X-Subject-Token").ShouldBe("tok-alice");
        File.ReadAllText(CredentialsFile).ShouldNotContain("tok-alice");

        var again = await CliAsync("logout");
        again.Exit.ShouldBe(1, again.ToString());
        again.Err.ShouldContain("not logged in");
    }

    [Fact]
    public async Task There_is_no_password_option_and_without_a_terminal_the_password_must_come_on_stdin()
    {
        var withOption = await CliAsync("login", "--user", "alice", "--password", "pw");
        withOption.Exit.ShouldBe(1, withOption.ToString());

        var noTerminal = await CliAsync("login", "--user", "alice");
        noTerminal.Exit.ShouldBe(1, noTerminal.ToString());
        noTerminal.Err.ShouldContain("--password-stdin");

        var noUser = await CliWithStdinAsync("pw\n", "login", "--password-stdin");
        noUser.Exit.ShouldBe(1, noUser.ToString());
        noUser.Err.ShouldContain("--user");
        api.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refused_login_is_exit_2_and_stores_nothing()
    {
        api.On(HttpMethod.Post, "/v3/auth/tokens", """{"error_code":"common.01010001","error_msg":"wrong user name or password"}""", HttpStatusCode.Unauthorized);
        var r = await CliWithStdinAsync("nope\n", "login", "--user", "alice", "--password-stdin");
        r.Exit.ShouldBe(2, r.ToString());
        File.Exists(CredentialsFile).ShouldBeFalse();
    }

    [Theory]
    [InlineData("LOW", 0)]
    [InlineData("MEDIUM", 5)]
    [InlineData("HIGH", 4)]
    [InlineData("CRITICAL", 4)]
    public async Task Script_risk_exits_by_level_so_CI_can_gate(string level, int exit)
    {
        var file = Path.Combine(configDir, "..", "clean.sh");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "echo hi\nrm -rf /\n");
        api.On(HttpMethod.Post, "/v1/job/analyze-job", $$$"""
            {"data":{"risk_level":"{{{level}}}","blacklist_commands":[{"command_name":"rm command","command_rule":"\\s*rm\\s+.*","example":"rm test.txt",
              "description_en":"rm","description_zh":"rm","level":"HIGH","line":2,"rule_id":"R001","matched":"rm -rf /"}]}}
            """);
        var r = await CliAsync("--token", "t", "script", "risk", file);
        r.Exit.ShouldBe(exit, r.ToString());
        r.Out.ShouldStartWith($"risk_level: {level}\n");
        r.Out.Split('\n').ShouldContain(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(new[] { "2", "HIGH", "R001", "rm", "-rf", "/" }));
        api.Requests.Single().Body!.ToJsonString().ShouldBe("""{"content":"echo hi\nrm -rf /\n","type":"SHELL"}""");
    }

    [Fact]
    public async Task Script_create_names_its_reviewers()
    {
        api.On(HttpMethod.Post, "/v1/job/scripts", """{"data":"SC20261202000000abc"}""");
        var r = await CliAsync("--token", "t", "script", "create", "--name", "rev", "--type", "shell", "--content", "echo",
            "--reviewer", "bob:u-bob", "--reviewer", "carol:u-carol");
        r.Exit.ShouldBe(0, r.ToString());
        r.Out.ShouldBe("SC20261202000000abc\n");
        api.Requests.Single().Body!["properties"]!["reviewers"]!.ToJsonString()
            .ShouldBe("""[{"reviewer_name":"bob","reviewer_id":"u-bob"},{"reviewer_name":"carol","reviewer_id":"u-carol"}]""");
        (await CliAsync("--token", "t", "script", "create", "--name", "rev", "--type", "shell", "--content", "echo", "--reviewer", "bob")).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task Script_review_sends_COCs_AcceptScript_body()
    {
        api.On(HttpMethod.Post, "/v1/job/scripts/SC1/action", """{"data":true}""");
        var r = await CliAsync("--token", "t", "script", "review", "SC1", "--reject", "--comment", "no rm please");
        r.Exit.ShouldBe(0, r.ToString());
        r.Out.ShouldBe("REJECTED: SC1\n");
        api.Requests.Single().Body!.ToJsonString().ShouldBe("""{"status":"REJECTED","comments":"no rm please"}""");
        (await CliAsync("--token", "t", "script", "review", "SC1")).Exit.ShouldBe(1);
        (await CliAsync("--token", "t", "script", "review", "SC1", "--approve", "--reject")).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task Key_create_defaults_to_the_callers_own_user_and_warns_the_secret_is_shown_once()
    {
        await LoginAsync();
        api.On(HttpMethod.Get, "/v3/auth/tokens", TokenBody)
            .On(HttpMethod.Post, "/v1/iam/users/u-alice/access-keys", """{"data":{"access":"AK1","secret":"SK1","user_id":"u-alice","gmt_created":1}}""");
        var r = await CliAsync("key", "create");
        r.Exit.ShouldBe(0, r.ToString());
        r.Out.ShouldBe("access: AK1\nsecret: SK1\n");
        r.Err.ShouldContain("shown only now");
        api.Requests[^1].PathAndQuery.ShouldBe("/v1/iam/users/u-alice/access-keys");
    }

    [Fact]
    public async Task Enrollment_create_sends_seconds_and_the_project_and_prints_the_token_alone()
    {
        api.On(HttpMethod.Post, "/v1/iam/agent-enrollments",
            """{"data":{"id":"e1","token":"ET-secret","project_id":"p1","expires_at":1,"max_uses":3,"uses":0,"resource_id_prefix":"web-"}}""");
        var r = await CliAsync("--token", "t", "--project", "p1", "enrollment", "create", "--expires-in", "30m", "--max-uses", "3", "--resource-id-prefix", "web-");
        r.Exit.ShouldBe(0, r.ToString());
        r.Out.ShouldBe("ET-secret\n");
        r.Err.ShouldContain("--enroll-token-file");
        api.Requests.Single().Body!.ToJsonString()
            .ShouldBe("""{"project_id":"p1","expires_in_seconds":1800,"max_uses":3,"resource_id_prefix":"web-"}""");
        (await CliAsync("--token", "t", "enrollment", "create", "--expires-in", "soon", "--max-uses", "3")).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task User_create_reads_the_password_from_stdin_and_sends_the_project_and_role()
    {
        api.On(HttpMethod.Post, "/v1/iam/users", """{"data":{"id":"u-bob","name":"bob","roles":[{"project_id":"p1","role":"viewer"}],"gmt_created":1}}""");
        var r = await CliWithStdinAsync("bob-password\n", "--token", "t", "--project", "p1", "user", "create", "bob", "--role", "VIEWER", "--password-stdin");
        r.Exit.ShouldBe(0, r.ToString());
        r.Out.ShouldBe("u-bob\n");
        api.Requests.Single().Body!.ToJsonString().ShouldBe("""{"name":"bob","password":"bob-password","project_id":"p1","role":"viewer"}""");
    }

    [Fact]
    public async Task Lists_read_a_bare_array_or_a_page()
    {
        api.On(HttpMethod.Get, "/v1/iam/projects", """{"data":[{"id":"p1","name":"one","gmt_created":1}]}""")
            .On(HttpMethod.Get, "/v1/iam/users", """{"data":{"total":1,"data":[{"id":"u1","name":"bob","roles":[{"project_id":"p1","role":"admin"}]}]}}""");
        var projects = await CliAsync("--token", "t", "project", "list");
        projects.Exit.ShouldBe(0, projects.ToString());
        projects.Out.Split('\n')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..2].ShouldBe(["p1", "one"]);
        var users = await CliAsync("--token", "t", "user", "list");
        users.Exit.ShouldBe(0, users.ToString());
        users.Out.ShouldContain("p1:admin");
    }

    [Fact]
    public async Task Audit_pages_by_marker_and_sends_the_filters_in_milliseconds()
    {
        var calls = 0;
        api.On(HttpMethod.Get, "/v1/audit", _ => StubApi.Json(++calls == 1
            ? """{"data":{"total":3,"data":[{"id":9,"time":1,"user":"alice","action":"script.create","resource":"SC1"},{"id":8,"time":1,"user":"alice","action":"script.delete","resource":"SC1"}]}}"""
            : """{"data":{"total":3,"data":[{"id":7,"time":1,"user":"bob","action":"user.create","resource":"u1"}]}}"""));
        var r = await CliAsync("--token", "t", "audit", "--user", "alice", "--since", "2026-12-01T00:00:00Z", "--limit", "2", "--all");
        r.Exit.ShouldBe(0, r.ToString());
        r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4, r.ToString());
        api.Requests[0].PathAndQuery.ShouldBe("/v1/audit?limit=2&user=alice&start_time=1796083200000");
        api.Requests[1].PathAndQuery.ShouldBe("/v1/audit?limit=2&marker=8&user=alice&start_time=1796083200000");
    }

    private async Task<Run> CliWithoutServerAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["DROVER_CONFIG_DIR"] = configDir, ["DROVER_TOKEN"] = "tok-env", ["DROVER_PROJECT"] = null, ["DROVER_SERVER"] = null };
        var exit = await CliApp.RunAsync(args, stdout, stderr, api, stdin: new StringReader(""), environment: env);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Named_servers_in_the_config_file_give_the_url_and_project_and_the_default_one_is_used_without_server()
    {
        Directory.CreateDirectory(configDir);
        await File.WriteAllTextAsync(Path.Combine(configDir, "config"), $"""
            # servers this operator uses
            default = lab

            [lab]
            server = {Server}
            project = p-lab

            [prod]
            server = {Server}
            project = p-prod
            """);
        api.On(HttpMethod.Get, "/v1/agents", """{"data":{"total":0,"agents":[]}}""");

        (await CliWithoutServerAsync("agent", "list")).Exit.ShouldBe(0);
        api.Requests[^1].Header("x-project-id").ShouldBe("p-lab");
        (await CliWithoutServerAsync("--server", "prod", "agent", "list")).Exit.ShouldBe(0);
        api.Requests[^1].Header("x-project-id").ShouldBe("p-prod");
        (await CliWithoutServerAsync("--server", "prod", "--project", "other", "agent", "list")).Exit.ShouldBe(0);
        api.Requests[^1].Header("x-project-id").ShouldBe("other");

        var unknown = await CliWithoutServerAsync("--server", "staging", "agent", "list");
        unknown.Exit.ShouldBe(1, unknown.ToString());
        unknown.Err.ShouldContain("--server 'staging' is neither an http:// or https:// URL nor a server named in");

        await File.WriteAllTextAsync(Path.Combine(configDir, "config"), "[lab]\nserver = http://x:1\ntoken = secret\n");
        var bad = await CliWithoutServerAsync("agent", "list");
        bad.Exit.ShouldBe(1, bad.ToString());
        bad.Err.ShouldContain("config:3: unknown key 'token'");
    }
}
