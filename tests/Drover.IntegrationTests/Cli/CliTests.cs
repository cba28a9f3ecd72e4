using System.Text.Json.Nodes;
using Drover.Cli;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Cli;

/// <summary>
/// The <c>drover</c> CLI run in process (<see cref="CliApp.RunAsync"/>) against a real server with real agents:
/// what it prints and the exit codes of src/Drover.Cli/README.md.
/// </summary>
public sealed class CliTests(CliTests.Fixture fixture) : IClassFixture<CliTests.Fixture>
{
    public sealed class Fixture : DroverFixture
    {
        public IReadOnlyList<string> Hosts { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Hosts = await D.StartAgentAsync(D.Prefix + "-cli", simulate: 3);
        }
    }

    private sealed record Run(int Exit, string Out, string Err)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    private TestDrover D => fixture.D;

    private async Task<Run> CliAsync(params string[] args) => await CliAsAsync(TestDrover.Token, args);

    private async Task<Run> CliAsAsync(string token, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        // The token through the environment: --token would add its warning to stderr (and to /proc/PID/cmdline).
        var exit = await CliApp.RunAsync(["--server", D.ApiUrl, .. args], stdout, stderr, ct: timeout.Token, environment: TokenEnvironment(token));
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Only this token: no stored login or project from the machine running the tests leaks in.</summary>
    internal static Dictionary<string, string?> TokenEnvironment(string token) => new()
    {
        ["DROVER_TOKEN"] = token,
        ["DROVER_PROJECT"] = null,
        ["DROVER_SERVER"] = null,
        ["DROVER_CONFIG_DIR"] = Path.Combine(Path.GetTempPath(), "drover-no-config"),
    };

    private static Run ShouldSucceed(Run r)
    {
        r.Exit.ShouldBe(0, r.ToString());
        r.Err.ShouldBeEmpty(r.ToString());
        return r;
    }

    /// <summary>With <c>--output json</c>, stdout is one JSON document and nothing else.</summary>
    private static JsonNode Json(Run r)
    {
        r.Exit.ShouldBeOneOf(0, 1);
        JsonNode? node = null;
        Should.NotThrow(() => node = JsonNode.Parse(r.Out), r.ToString());
        node.ShouldNotBeNull(r.ToString());
        return node;
    }

    private string TempFile(string name, string content)
    {
        var dir = Path.Combine(D.DataDir, "cli-files");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Script_create_from_a_file_then_list_show_and_delete()
    {
        var content = "#!/bin/bash\necho \"hello ${who}\"\n";
        var file = TempFile("hello.sh", content);
        var created = ShouldSucceed(await CliAsync("script", "create", "--name", "cli_hello", "--file", file, "--description", "from the CLI",
            "--risk-level", "medium", "--version", "2.0.1", "--param", "who=world", "--sensitive-param", "pw=s3cret"));
        var uuid = created.Out.Trim();
        ScriptUuidPattern().IsMatch(uuid).ShouldBeTrue(created.ToString());

        // What the server stored: the type from the suffix, the file's content, both parameters.
        var detail = (await D.GetAsync($"/v1/job/scripts/{uuid}")).Ok();
        detail["type"].Str().ShouldBe("SHELL");
        detail["content"].Str().ShouldBe(content);
        detail["description"].Str().ShouldBe("from the CLI");
        detail["properties"]!["risk_level"].Str().ShouldBe("MEDIUM");
        detail["properties"]!["version"].Str().ShouldBe("2.0.1");
        detail["script_params"]!.AsArray().Select(p => $"{p!["param_name"].Str()}={p["param_value"].Str()}").ShouldBe(["who=world", $"pw={Masked}"]);

        var list = ShouldSucceed(await CliAsync("script", "list"));
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["ID", "SCRIPT_UUID", "NAME", "TYPE", "STATUS", "RISK", "VERSION", "CREATED"]);
        var row = lines.Single(l => l.Contains(uuid)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        row[2..7].ShouldBe(["cli_hello", "SHELL", "APPROVED", "MEDIUM", "2.0.1"]);

        var filtered = ShouldSucceed(await CliAsync("script", "list", "--name-like", "cli_hel", "--type", "shell"));
        filtered.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, filtered.ToString());

        var show = ShouldSucceed(await CliAsync("script", "show", uuid));
        show.Out.ShouldContain($"script_uuid: {uuid}\n");
        show.Out.ShouldContain("name: cli_hello\n");
        show.Out.ShouldContain("type: SHELL\n");
        show.Out.ShouldContain("status: APPROVED\n");
        show.Out.ShouldContain("params: 2\n");
        show.Out.ShouldContain(Masked);
        show.Out.ShouldNotContain("s3cret");
        show.Out.ShouldEndWith("content:\n" + content);

        var json = Json(ShouldSucceed(await CliAsync("script", "show", uuid, "--output", "json")));
        json.ToJsonString().ShouldBe(detail.ToJsonString());

        var deleted = ShouldSucceed(await CliAsync("script", "delete", uuid));
        deleted.Out.Trim().ShouldBe(uuid);
        (await D.GetAsync($"/v1/job/scripts/{uuid}")).ShouldBe400("COC.00040603");
    }

    [Fact]
    public async Task Run_in_batches_of_one_with_PAUSE_stops_paused_then_continue_and_watch_finish_it()
    {
        var script = await D.CreateScriptAsync(ScriptBody("cli_paused", "echo run-${who}", parameters: [Param("who", "default")]));
        var hosts = fixture.Hosts;

        var run = await CliAsync("script", "run", script, "--hosts", $"{hosts[0]},{hosts[1]}", "--batch-size", "1", "--rotation", "PAUSE",
            "--param", "who=cli", "--timeout", "30", "--watch");
        run.Exit.ShouldBe(0, run.ToString());
        var uuid = run.Out.Split('\n')[0].Trim();
        TicketUuidPattern().IsMatch(uuid).ShouldBeTrue(run.ToString());
        run.Out.ShouldContain("status: PAUSED\n");
        run.Out.ShouldContain($"drover ticket continue {uuid}");
        run.Out.ShouldContain($"host {hosts[0]} [");

        // What the CLI asked for: two batches of one host, PAUSE, the parameter and the timeout.
        var info = (await D.GetAsync($"/v1/job/script/orders/{uuid}")).Ok();
        info["status"].Str().ShouldBe("PAUSED");
        info["properties"]!["execute_param"]!["timeout"].Int().ShouldBe(30);
        var batches = (await D.GetAsync($"/v1/job/script/orders/{uuid}/batches")).Ok().AsArray();
        batches.Select(b => $"{b!["batch_index"].Int()}:{b["total_instances"].Int()}:{b["rotation_strategy"].Str()}").ShouldBe(["1:1:PAUSE", "2:1:PAUSE"]);

        var cont = ShouldSucceed(await CliAsync("ticket", "continue", uuid));
        cont.Out.ShouldBe($"CONTINUE_ORDER accepted: {uuid}\n");

        var watch = ShouldSucceed(await CliAsync("ticket", "watch", uuid));
        watch.Out.ShouldContain("status: FINISHED\n");

        var show = ShouldSucceed(await CliAsync("ticket", "show", uuid));
        show.Out.ShouldContain($"execute_uuid: {uuid}\n");
        show.Out.ShouldContain("status: FINISHED\n");
        show.Out.ShouldContain("script_name: cli_paused\n");
        show.Out.ShouldContain("total_batches: 2\n");
        show.Out.ShouldContain("params: who=cli\n");
        show.Out.ShouldContain("batch 1/2: rotation PAUSE, 1 host(s)");
        show.Out.ShouldContain("batch 2/2: rotation PAUSE, 1 host(s)");
        show.Out.ShouldContain("run-cli");

        var full = ShouldSucceed(await CliAsync("ticket", "show", uuid, "--output-full"));
        full.Out.ShouldContain($"--- host {hosts[1]} [");
        full.Out.ShouldContain("run-cli\n");

        var list = ShouldSucceed(await CliAsync("ticket", "list", "--status", "finished"));
        list.Out.ShouldContain(uuid);
        ShouldSucceed(await CliAsync("ticket", "list", "--status", "PAUSED")).Out.ShouldNotContain(uuid);
    }

    [Fact]
    public async Task Watch_exits_1_on_ABNORMAL_and_retry_runs_the_failed_host_again_until_watch_exits_0_on_FINISHED()
    {
        // Fails the first time on each host, succeeds the second.
        var marker = Path.Combine(D.DataDir, "cli-retry-" + Guid.NewGuid().ToString("N"));
        var script = await D.CreateScriptAsync(ScriptBody("cli_retry",
            $"m={marker}; if [ -e \"$m\" ]; then echo second-time; else touch \"$m\"; echo first-time; exit 3; fi"));
        var host = fixture.Hosts[2];

        var run = await CliAsync("script", "run", script, "--host", host, "--watch");
        run.Exit.ShouldBe(1, run.ToString());
        var uuid = run.Out.Split('\n')[0].Trim();
        run.Out.ShouldContain("status: ABNORMAL\n");
        run.Out.ShouldContain("exit 3");
        run.Out.ShouldContain($"drover ticket retry {uuid}");

        var watchFailed = await CliAsync("ticket", "watch", uuid);
        watchFailed.Exit.ShouldBe(1, watchFailed.ToString());
        watchFailed.Out.ShouldContain("status: ABNORMAL\n");

        var retry = ShouldSucceed(await CliAsync("ticket", "retry", uuid));
        retry.Out.ShouldBe($"RETRY_FAILED accepted: {uuid}\n");
        var watch = ShouldSucceed(await CliAsync("ticket", "watch", uuid));
        watch.Out.ShouldContain("status: FINISHED\n");

        var show = ShouldSucceed(await CliAsync("ticket", "show", uuid, "--output-full"));
        show.Out.ShouldContain("status: FINISHED\n");
        show.Out.ShouldContain("second-time");
        var instance = (await D.InstancesAsync(uuid, 1))[0]!;
        instance["attempt"].Int().ShouldBe(2);
        instance["status"].Str().ShouldBe("FINISHED");

        // Retry of one host by its id: refused now that it finished, with the server's reason.
        var again = await CliAsync("ticket", "retry", uuid, "--instance", instance["id"].Long().ToString());
        again.Exit.ShouldBe(2, again.ToString());
        again.Err.ShouldStartWith("error: COC.00040712: ");
    }

    [Fact]
    public async Task Pause_skip_batch_cancel_host_and_cancel_steer_a_running_ticket_and_watch_exits_1_on_CANCELED()
    {
        var script = await D.CreateScriptAsync(ScriptBody("cli_steer", "echo started; sleep 30"));
        var hosts = fixture.Hosts;
        var run = ShouldSucceed(await CliAsync("script", "run", script, "--host", hosts[0], "--host", hosts[1], "--batch-size", "1"));
        var uuid = run.Out.Trim();
        var first = (await D.InstancesAsync(uuid, 1))[0]!["id"].Long();
        await D.WaitForInstanceAsync(uuid, 1, first, "PROCESSING");

        ShouldSucceed(await CliAsync("ticket", "pause", uuid)).Out.ShouldBe($"PAUSE_ORDER accepted: {uuid}\n");
        ShouldSucceed(await CliAsync("ticket", "skip-batch", uuid, "--batch", "2")).Out.ShouldBe($"SKIP_BATCH accepted: {uuid}\n");
        ShouldSucceed(await CliAsync("ticket", "cancel-host", uuid, "--instance", first.ToString())).Out.ShouldBe($"CANCEL_INSTANCE accepted: {uuid}\n");
        await D.WaitForInstanceAsync(uuid, 1, first, "CANCELED");
        (await D.InstancesAsync(uuid, 2))[0]!["status"].Str().ShouldBe("CANCELED");
        ShouldSucceed(await CliAsync("ticket", "cancel", uuid)).Out.ShouldBe($"CANCEL_ORDER accepted: {uuid}\n");

        var watch = await CliAsync("ticket", "watch", uuid);
        watch.Exit.ShouldBe(1, watch.ToString());
        watch.Out.ShouldContain("status: CANCELED\n");
        var again = await CliAsync("ticket", "cancel", uuid);
        again.Exit.ShouldBe(2, again.ToString());
        again.Err.ShouldStartWith("error: COC.00040710: ");
    }

    [Fact]
    public async Task Hosts_files_cut_batches_at_blank_lines_and_dashes_or_take_COCs_execute_batches()
    {
        var script = await D.CreateScriptAsync(ScriptBody("cli_hostsfile", "true"));
        var text = TempFile("hosts.txt", "# web tier\nweb-1\nweb-2 eu-1\n---\ndb-1\n\ndb-2\ndb-3\n");
        var uuid = ShouldSucceed(await CliAsync("script", "run", script, "--hosts-file", text, "--batch-size", "1", "--region", "r0")).Out.Trim();
        var batches = (await D.GetAsync($"/v1/job/script/orders/{uuid}/batches")).Ok().AsArray();
        batches.Select(b => b!["total_instances"].Int()).ShouldBe([1, 1, 1, 1, 1]);
        var hosts = new List<string>();
        foreach (var b in batches)
        {
            var t = (await D.GetAsync($"/v1/job/script/orders/{uuid}/batches/{b!["batch_index"].Int()}?limit=10")).Ok()["execute_instances"]![0]!["target_instance"]!;
            hosts.Add($"{t["resource_id"].Str()}@{t["region_id"].Str()}");
        }
        hosts.ShouldBe(["web-1@r0", "web-2@eu-1", "db-1@r0", "db-2@r0", "db-3@r0"]);

        var json = TempFile("hosts.json", "{\"execute_batches\":[{\"target_instances\":[\"j-1\",{\"resource_id\":\"j-2\",\"region_id\":\"x\"}]},{\"rotation_strategy\":\"PAUSE\",\"target_instances\":[\"j-3\"]}]}");
        var second = ShouldSucceed(await CliAsync("script", "run", script, "--hosts-file", json)).Out.Trim();
        (await D.GetAsync($"/v1/job/script/orders/{second}/batches")).Ok().AsArray()
            .Select(b => $"{b!["batch_index"].Int()}:{b["total_instances"].Int()}:{b["rotation_strategy"].Str()}").ShouldBe(["1:2:CONTINUE", "2:1:PAUSE"]);
    }

    [Fact]
    public async Task Agent_list_shows_every_host_and_filters()
    {
        var list = ShouldSucceed(await CliAsync("agent", "list"));
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..5].ShouldBe(["ID", "RESOURCE_ID", "REGION", "HOST_NAME", "STATUS"]);
        foreach (var h in fixture.Hosts)
        {
            var row = lines.Single(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] == h).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            row[2].ShouldBe("local");
            row[4].ShouldBe("ONLINE");
        }
        ShouldSucceed(await CliAsync("agent", "list", "--status", "offline")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        var one = Json(ShouldSucceed(await CliAsync("agent", "list", "--resource-id", fixture.Hosts[1], "--output", "json")));
        one["total"].Long().ShouldBe(1);
        one["data"]![0]!["resource_id"].Str().ShouldBe(fixture.Hosts[1]);
        var paged = Json(ShouldSucceed(await CliAsync("agent", "list", "--limit", "1", "--all", "--output", "json")));
        paged["data"]!.AsArray().Select(a => a!["resource_id"].Str()).Order().ShouldBe(fixture.Hosts.Order());
    }

    [Fact]
    public async Task Output_json_prints_only_the_servers_data_as_JSON()
    {
        var file = TempFile("json.sh", "echo json-${who}\n");
        var created = Json(ShouldSucceed(await CliAsync("--output", "json", "script", "create", "--name", "cli_json", "--file", file, "--param", "who=x")));
        var uuid = created.Str();
        ScriptUuidPattern().IsMatch(uuid).ShouldBeTrue();

        var list = Json(ShouldSucceed(await CliAsync("script", "list", "--name-like", "cli_json", "--output", "json")));
        list.ShouldHaveKeys("total", "data");
        list["total"].Long().ShouldBe(1);
        list["data"]![0]!["script_uuid"].Str().ShouldBe(uuid);

        var ticket = Json(ShouldSucceed(await CliAsync("script", "run", uuid, "--host", fixture.Hosts[0], "--output", "json"))).Str();
        TicketUuidPattern().IsMatch(ticket).ShouldBeTrue();
        var watched = Json(ShouldSucceed(await CliAsync("ticket", "watch", ticket, "--output", "json")));
        watched["execute_uuid"].Str().ShouldBe(ticket);
        watched["status"].Str().ShouldBe("FINISHED");

        var runWatched = Json(ShouldSucceed(await CliAsync("script", "run", uuid, "--host", fixture.Hosts[1], "--param", "who=y", "--watch", "--output", "json")));
        runWatched["status"].Str().ShouldBe("FINISHED");
        var second = runWatched["execute_uuid"].Str();

        var show = Json(ShouldSucceed(await CliAsync("ticket", "show", second, "--output", "json")));
        show.ShouldHaveKeys("info", "statistics", "batches");
        show["info"]!["status"].Str().ShouldBe("FINISHED");
        show["statistics"]!["total_instance"].Int().ShouldBe(1);
        show["batches"]![0]!["execute_instances"]![0]!["message"].Str().ShouldBe("json-y\n");

        var tickets = Json(ShouldSucceed(await CliAsync("ticket", "list", "--name-like", "cli_json", "--output", "json")));
        tickets["data"]!.AsArray().Select(t => t!["execute_uuid"].Str()).ShouldBe([second, ticket]);

        // A refusal in JSON mode: nothing on stdout, the error on stderr.
        var pause = await CliAsync("ticket", "pause", second, "--output", "json");
        pause.Exit.ShouldBe(2, pause.ToString());
        pause.Out.ShouldBeEmpty();
        pause.Err.ShouldStartWith("error: COC.00040710: ");
    }

    [Fact]
    public async Task A_refusal_prints_error_code_and_message_on_stderr_and_exits_2()
    {
        var missing = await CliAsync("script", "show", MissingScript);
        missing.Exit.ShouldBe(2, missing.ToString());
        missing.Out.ShouldBeEmpty();
        missing.Err.ShouldBe($"error: COC.00040603: script_uuid: script {MissingScript} does not exist\n");

        var json = await CliAsync("script", "show", MissingScript, "--output", "json");
        json.Exit.ShouldBe(2);
        json.Out.ShouldBeEmpty();
        json.Err.ShouldStartWith("error: COC.00040603: ");

        var badName = await CliAsync("script", "create", "--name", "bad-name", "--content", "echo", "--type", "SHELL");
        badName.Exit.ShouldBe(2, badName.ToString());
        badName.Err.ShouldStartWith("error: COC.00010002: name: ");

        var ticket = await CliAsync("ticket", "show", MissingTicket);
        ticket.Exit.ShouldBe(2);
        ticket.Err.ShouldStartWith("error: COC.00040709: ");

        var badParam = await CliAsync("script", "run", MissingScript, "--host", "h");
        badParam.Exit.ShouldBe(2);
        badParam.Err.ShouldStartWith("error: COC.00040603: ");

        var noToken = await CliAsAsync("wrong", "script", "list");
        noToken.Exit.ShouldBe(2, noToken.ToString());
        noToken.Err.ShouldBe("error: common.01010001: Token missing or invalid.\n");
    }

    [Fact]
    public async Task Usage_errors_exit_1_and_an_unreachable_server_exits_3()
    {
        var usage = await CliAsync("script", "create", "--content", "echo");
        usage.Exit.ShouldBe(1, usage.ToString());
        usage.Out.ShouldBeEmpty();
        usage.Err.ShouldStartWith("error: ");

        var both = await CliAsync("script", "create", "--name", "x", "--type", "SHELL");
        both.Exit.ShouldBe(1, both.ToString());
        both.Err.ShouldContain("--file or --content");

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["--server", $"http://127.0.0.1:{FreePort.Next()}", "script", "list"], stdout, stderr, environment: TokenEnvironment("t"));
        exit.ShouldBe(3, stderr.ToString());
        stderr.ToString().ShouldStartWith("error: cannot reach the Drover server at http://127.0.0.1:");
    }
}
