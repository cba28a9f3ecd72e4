using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Drover.Cli;
using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Cli;

/// <summary>
/// <c>drover job ...</c> and <c>drover execution ...</c> run in process (<see cref="CliApp.RunAsync"/>) against a real
/// server with real agents: what they send, what they print, and the exit codes of src/Drover.Cli/README.md.
/// </summary>
public sealed partial class JobCliTests(JobCliTests.Fixture fixture) : IClassFixture<JobCliTests.Fixture>
{
    public sealed class Fixture : DroverFixture
    {
        public IReadOnlyList<string> Hosts { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Hosts = await D.StartAgentAsync(D.Prefix + "-jobcli", simulate: 3);
        }
    }

    private sealed record Run(int Exit, string Out, string Err)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";

        /// <summary>The id a create/run printed on its first line.</summary>
        public string FirstLine => Out.Split('\n')[0].Trim();
    }

    private const string MissingDocument = "DM20990101000000abcdef012";
    private const string MissingExecution = "EX20990101000000abcdef012";

    [GeneratedRegex(@"^DM\d{14}\S+\z")]
    private static partial Regex DocumentIdPattern();

    [GeneratedRegex(@"^EX\d{14}\S+\z")]
    private static partial Regex ExecutionIdPattern();

    private TestDrover D => fixture.D;

    private IReadOnlyList<string> Hosts => fixture.Hosts;

    private async Task<Run> CliAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var exit = await CliApp.RunAsync(["--server", D.ApiUrl, .. args], stdout, stderr, ct: timeout.Token, environment: CliTests.TokenEnvironment(TestDrover.Token));
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    private static Run ShouldSucceed(Run r)
    {
        r.Exit.ShouldBe(0, r.ToString());
        r.Err.ShouldBeEmpty(r.ToString());
        return r;
    }

    /// <summary>With <c>--output json</c>, stdout is one JSON document and nothing else.</summary>
    private static JsonNode Json(Run r)
    {
        JsonNode? node = null;
        Should.NotThrow(() => node = JsonNode.Parse(r.Out), r.ToString());
        node.ShouldNotBeNull(r.ToString());
        return node;
    }

    /// <summary>A 200 in the opsflow family: the body's <c>data</c> (success bodies may also carry null error fields).</summary>
    private static JsonNode OpsData(Reply r)
    {
        r.Status.ShouldBe(200, r.Text);
        r.Body.ShouldNotBeNull(r.Text);
        return r.Body["data"] ?? throw new ShouldAssertException($"no data in {r.Text}");
    }

    private async Task<JsonNode> ExecutionAsync(string id) => OpsData(await D.GetAsync($"/v1/executions/{id}"));

    private async Task<JsonArray> StepsAsync(string id) => OpsData(await D.GetAsync($"/v1/executions/{id}/steps?limit=100&offset=0")).AsArray();

    private async Task<JsonArray> StepInstancesAsync(string stepId) =>
        OpsData(await D.GetAsync($"/v1/executions/instances?execution_step_id={Uri.EscapeDataString(stepId)}&limit=100&offset=0")).AsArray();

    private string TempFile(string name, string content)
    {
        var dir = Path.Combine(D.DataDir, "job-cli-files");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string HostsJson(params string[] hosts) =>
        new JsonArray(hosts.Select(h => (JsonNode)new JsonObject { ["resource_id"] = h, ["region_id"] = "local" }).ToArray()).ToJsonString();

    /// <summary>
    /// A job of one scripts step on the hosts of the global <c>hosts</c>, passing the global <c>who</c> to the script;
    /// with <paramref name="suspendFirst"/> a suspend step comes first.
    /// </summary>
    private static string ScriptsJob(string name, string scriptUuid, bool suspendFirst = false)
    {
        const string Hold = """
              - name: hold
                description: wait for RESUME
                task: hwc:runbook:suspend@1.0.0
                inputs: {}
                outputs: []

            """;
        return $$$"""
            meta:
              name: {{{name}}}
              schemaVersion: 3
              description: from the CLI tests
            inputs:
              who:
                type: string
                default: world
                paramSource: CUSTOM
                description: who to greet
              hosts:
                type: string
                default: '[]'
                paramSource: INSTANCE
                description: target hosts
            steps:
            {{{(suspendFirst ? Hold : "")}}}  - name: greet
                description: run the script
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{scriptUuid}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 60
                  script_params: '[{"param_name":"who","param_value":"{{$globals.who}}"}]'
                outputs: []

            """;
    }

    private async Task<string> CreateJobAsync(string name, string content)
    {
        var created = ShouldSucceed(await CliAsync("job", "create", "--name", name, "--file", TempFile(name + ".yaml", content)));
        DocumentIdPattern().IsMatch(created.FirstLine).ShouldBeTrue(created.ToString());
        return created.FirstLine;
    }

    private async Task<string> GreetScriptAsync(string name, string content = "echo \"hello ${who}\"") =>
        await D.CreateScriptAsync(ScriptBody(name, content, parameters: [Param("who", "default")]));

    [Fact]
    public async Task Job_create_list_show_update_and_delete()
    {
        var script = await GreetScriptAsync("jobcli_crud");
        var v1 = ScriptsJob("jobcli_crud", script);
        var file = TempFile("crud.yaml", v1);
        var created = ShouldSucceed(await CliAsync("job", "create", "--name", "jobcli crud", "--file", file, "--risk-level", "medium",
            "--description", "from the CLI"));
        var id = created.Out.Trim();
        DocumentIdPattern().IsMatch(id).ShouldBeTrue(created.ToString());

        var stored = OpsData(await D.GetAsync($"/v1/documents/{id}"));
        stored["name"].Str().ShouldBe("jobcli crud");
        stored["content"].Str().ShouldBe(v1);
        stored["risk_level"].Str().ShouldBe("MEDIUM");
        stored["description"].Str().ShouldBe("from the CLI");
        stored["version"].Str().ShouldBe("v1");

        var list = ShouldSucceed(await CliAsync("job", "list", "--name-like", "jobcli crud"));
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["DOCUMENT_ID", "VERSION", "CREATOR", "CREATED", "UPDATED", "NAME"]);
        var row = lines.Single(l => l.StartsWith(id)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        row[1].ShouldBe("v1");
        row[^2..].ShouldBe(["jobcli", "crud"]);

        var show = ShouldSucceed(await CliAsync("job", "show", id));
        show.Out.ShouldContain($"document_id: {id}\n");
        show.Out.ShouldContain("name: jobcli crud\n");
        show.Out.ShouldContain("version: v1\n");
        show.Out.ShouldContain("risk_level: MEDIUM\n");
        show.Out.ShouldContain("description: from the CLI\n");
        show.Out.ShouldContain("versions: 1\n");
        show.Out.ShouldEndWith("content:\n" + v1);

        var json = Json(ShouldSucceed(await CliAsync("job", "show", id, "--output", "json")));
        json.ToJsonString().ShouldBe(stored.ToJsonString());

        // Update without --name, --risk-level or --description keeps them; the content becomes v2.
        var v2 = v1.Replace("timeout: 60", "timeout: 90");
        var updated = ShouldSucceed(await CliAsync("job", "update", id, "--file", TempFile("crud-v2.yaml", v2)));
        updated.Out.Trim().ShouldBe(id);
        var after = OpsData(await D.GetAsync($"/v1/documents/{id}"));
        after["name"].Str().ShouldBe("jobcli crud");
        after["risk_level"].Str().ShouldBe("MEDIUM");
        after["description"].Str().ShouldBe("from the CLI");
        after["version"].Str().ShouldBe("v2");
        after["content"].Str().ShouldBe(v2);

        var showV2 = ShouldSucceed(await CliAsync("job", "show", id));
        showV2.Out.ShouldContain("version: v2\n");
        showV2.Out.ShouldContain("versions: 2\n");
        showV2.Out.ShouldEndWith("content:\n" + v2);
        var showV1 = ShouldSucceed(await CliAsync("job", "show", id, "--version", "v1"));
        showV1.Out.ShouldContain("version: v1\n");
        showV1.Out.ShouldEndWith("content:\n" + v1);

        ShouldSucceed(await CliAsync("job", "update", id, "--file", file, "--name", "jobcli renamed", "--risk-level", "HIGH", "--description", "new"));
        var renamed = OpsData(await D.GetAsync($"/v1/documents/{id}"));
        renamed["name"].Str().ShouldBe("jobcli renamed");
        renamed["risk_level"].Str().ShouldBe("HIGH");
        renamed["description"].Str().ShouldBe("new");
        renamed["version"].Str().ShouldBe("v3");

        var deleted = ShouldSucceed(await CliAsync("job", "delete", id));
        deleted.Out.Trim().ShouldBe(id);
        var gone = await CliAsync("job", "show", id);
        gone.Exit.ShouldBe(2, gone.ToString());
        gone.Out.ShouldBeEmpty();
        gone.Err.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Run_a_NORMAL_execution_with_params_watch_it_Succeed_then_show_list_its_steps_and_hosts()
    {
        var script = await GreetScriptAsync("jobcli_normal");
        var job = await CreateJobAsync("jobcli_normal", ScriptsJob("jobcli_normal", script));
        var host = Hosts[0];

        var run = await CliAsync("job", "run", job, "--param", "who=cli", "--param", $"hosts={HostsJson(host)}", "--description", "normal run", "--watch");
        run.Exit.ShouldBe(0, run.ToString());
        var id = run.FirstLine;
        ExecutionIdPattern().IsMatch(id).ShouldBeTrue(run.ToString());
        run.Out.ShouldContain("status: Succeed\n");
        run.Out.ShouldContain("step greet");
        run.Out.ShouldContain($"host {host} [step greet");

        // What the CLI asked for.
        var execution = await ExecutionAsync(id);
        execution["type"].Str().ShouldBe("NORMAL");
        execution["status"].Str().ShouldBe("Succeed");
        execution["document_id"].Str().ShouldBe(job);
        execution["description"].Str().ShouldBe("normal run");
        execution["parameters"]!.AsArray().Single(p => p!["key"].Str() == "who")!["value"].Str().ShouldBe("cli");

        var show = ShouldSucceed(await CliAsync("execution", "show", id));
        show.Out.ShouldContain($"execution_id: {id}\n");
        show.Out.ShouldContain($"document_id: {job}\n");
        show.Out.ShouldContain("document_version: v1\n");
        show.Out.ShouldContain("type: NORMAL\n");
        show.Out.ShouldContain("status: Succeed\n");
        show.Out.ShouldContain("steps: 1\n");
        var lines = show.Out.Split('\n');
        lines.ShouldContain(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(
            new[] { "NAME", "ACTION", "STATUS", "BATCH", "ATTEMPT", "DURATION", "MESSAGE" }));
        var stepRow = lines.Single(l => l.StartsWith("greet ")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        stepRow[1].ShouldBe("hwc:runbook:scripts@1.0.0");
        stepRow[2].ShouldBe("Succeed");
        show.Out.ShouldContain("step greet");
        var hostRow = lines.Single(l => l.StartsWith(host + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        hostRow[..4].ShouldBe([host, "local", "Succeed", "0"]);
        hostRow[^2..].ShouldBe(["hello", "cli"]);

        var full = ShouldSucceed(await CliAsync("execution", "show", id, "--output-full"));
        full.Out.ShouldContain($"--- host {host} [");
        full.Out.ShouldContain("hello cli\n");

        var list = ShouldSucceed(await CliAsync("execution", "list", "--document-id", job));
        var listLines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        listLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..5].ShouldBe(["EXECUTION_ID", "STATUS", "TYPE", "DOCUMENT_ID", "VERSION"]);
        listLines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..5].ShouldBe([id, "Succeed", "NORMAL", job, "v1"]);

        var listJson = Json(ShouldSucceed(await CliAsync("execution", "list", "--document-id", job, "--all", "--limit", "1", "--output", "json")));
        listJson.ShouldHaveKeys("total", "data");
        listJson["total"].Long().ShouldBe(1);
        listJson["data"]![0]!["execution_id"].Str().ShouldBe(id);

        var showJson = Json(ShouldSucceed(await CliAsync("execution", "show", id, "--output", "json")));
        showJson.ShouldHaveKeys("execution", "steps");
        showJson["execution"]!["execution_id"].Str().ShouldBe(id);
        var step = showJson["steps"]![0]!;
        step["name"].Str().ShouldBe("greet");
        step["instances"]![0]!["message"].Str().ShouldContain("hello cli");

        var watched = Json(ShouldSucceed(await CliAsync("execution", "watch", id, "--output", "json")));
        watched["execution_id"].Str().ShouldBe(id);
        watched["status"].Str().ShouldBe("Succeed");
    }

    [Fact]
    public async Task Run_a_BATCH_execution_with_PAUSE_stops_Pending_and_resume_and_watch_finish_it()
    {
        var script = await GreetScriptAsync("jobcli_batch");
        var job = await CreateJobAsync("jobcli_batch", ScriptsJob("jobcli_batch", script));

        var run = await CliAsync("job", "run", job, "--batch", Hosts[0], "--batch", $"{Hosts[1]},{Hosts[2]}", "--strategy", "pause",
            "--target-param", "hosts", "--param", "who=batch", "--watch");
        run.Exit.ShouldBe(0, run.ToString());
        var id = run.FirstLine;
        ExecutionIdPattern().IsMatch(id).ShouldBeTrue(run.ToString());
        run.Out.ShouldContain("status: Pending\n");
        run.Out.ShouldContain($"drover execution resume {id}");
        run.Out.ShouldContain($"host {Hosts[0]} [step greet batch 1]: Succeed");

        // What the CLI asked for: two batches, in order, both PAUSE, bound to the global 'hosts'.
        var execution = await ExecutionAsync(id);
        execution["type"].Str().ShouldBe("BATCH");
        execution["status"].Str().ShouldBe("Pending");
        execution["target_parameter_name"].Str().ShouldBe("hosts");
        var target = execution["targets"]!.AsArray().Single()!;
        target["key"].Str().ShouldBe("BatchValues");
        var batches = target["values"]!.AsArray();
        batches.Select(b => $"{b!["batch_index"]}:{b["strategy"].Str()}:{string.Join(',', b["instances"]!.AsArray().Select(i => i!["resource_id"].Str()))}")
            .ShouldBe([$"1:PAUSE:{Hosts[0]}", $"2:PAUSE:{Hosts[1]},{Hosts[2]}"]);

        // PAUSE may also hold the execution after its last batch: resume until it ends.
        Run watch = run;
        for (var i = 0; i < 3 && !watch.Out.Contains("status: Succeed\n"); i++)
        {
            ShouldSucceed(await CliAsync("execution", "resume", id)).Out.ShouldBe($"RESUME accepted: {id}\n");
            watch = await CliAsync("execution", "watch", id);
            watch.Exit.ShouldBe(0, watch.ToString());
        }
        watch.Out.ShouldContain("status: Succeed\n");

        var show = ShouldSucceed(await CliAsync("execution", "show", id));
        show.Out.ShouldContain("type: BATCH\n");
        show.Out.ShouldContain("total_batches: 2\n");
        show.Out.ShouldContain("target_parameter: hosts\n");
        show.Out.ShouldContain("targets: BatchValues: 2 batch(es), 3 host(s)\n");
        show.Out.ShouldContain("step greet (batch 1");
        show.Out.ShouldContain("step greet (batch 2");
        foreach (var h in Hosts)
            show.Out.Split('\n').Single(l => l.StartsWith(h + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].ShouldBe("Succeed");
        show.Out.ShouldContain("hello batch");

        // Resuming an execution that ended is refused by the server: exit 2, its reason on stderr.
        var again = await CliAsync("execution", "resume", id);
        again.Exit.ShouldBe(2, again.ToString());
        again.Out.ShouldBeEmpty();
        again.Err.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Run_a_RATE_CONTROL_execution_over_instances_with_concurrency_and_error_threshold()
    {
        var script = await GreetScriptAsync("jobcli_rate");
        var job = await CreateJobAsync("jobcli_rate", ScriptsJob("jobcli_rate", script));

        var run = await CliAsync("job", "run", job, "--instance", Hosts[0], "--instance", $"{Hosts[1]},{Hosts[2]}", "--concurrency", "1",
            "--error-threshold", "50", "--target-param", "hosts", "--watch");
        run.Exit.ShouldBe(0, run.ToString());
        var id = run.FirstLine;
        run.Out.ShouldContain("status: Succeed\n");

        var execution = await ExecutionAsync(id);
        execution["type"].Str().ShouldBe("RATE_CONTROL");
        execution["target_parameter_name"].Str().ShouldBe("hosts");
        var target = execution["targets"]!.AsArray().Single()!;
        target["key"].Str().ShouldBe("InstanceValues");
        target["values"]!.AsArray().Select(v => v!["resource_id"].Str()).ShouldBe(Hosts);
        target["concurrency"]!.GetValue<double>().ShouldBe(1);
        target["error_threshold"]!.GetValue<double>().ShouldBe(50);

        var show = ShouldSucceed(await CliAsync("execution", "show", id));
        show.Out.ShouldContain("type: RATE_CONTROL\n");
        show.Out.ShouldContain("targets: InstanceValues: 3 host(s), concurrency 1, error_threshold 50\n");
    }

    [Fact]
    public async Task Watch_exits_1_on_Failed_and_retry_runs_the_failed_host_again_until_watch_exits_0_on_Succeed()
    {
        // Fails the first time, succeeds the second.
        var marker = Path.Combine(D.DataDir, "jobcli-retry-" + Guid.NewGuid().ToString("N"));
        var script = await GreetScriptAsync("jobcli_retry",
            $"m={marker}; if [ -e \"$m\" ]; then echo second-time; else touch \"$m\"; echo first-time; exit 3; fi");
        var job = await CreateJobAsync("jobcli_retry", ScriptsJob("jobcli_retry", script));
        var host = Hosts[1];

        var run = await CliAsync("job", "run", job, "--param", $"hosts={HostsJson(host)}", "--watch");
        run.Exit.ShouldBe(1, run.ToString());
        var id = run.FirstLine;
        run.Out.ShouldContain("status: Failed\n");
        run.Out.ShouldContain($"host {host} [step greet");
        run.Out.ShouldContain("exit 3");
        run.Out.ShouldContain($"drover execution retry {id}");

        var watchFailed = await CliAsync("execution", "watch", id);
        watchFailed.Exit.ShouldBe(1, watchFailed.ToString());
        watchFailed.Out.ShouldContain("status: Failed\n");

        var failedShow = ShouldSucceed(await CliAsync("execution", "show", id));
        failedShow.Out.Split('\n').Single(l => l.StartsWith(host + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..4].ShouldBe(["Failed", "3"]);

        ShouldSucceed(await CliAsync("execution", "retry", id)).Out.ShouldBe($"RETRY accepted: {id}\n");
        var watch = ShouldSucceed(await CliAsync("execution", "watch", id));
        watch.Out.ShouldContain("status: Succeed\n");

        var show = ShouldSucceed(await CliAsync("execution", "show", id, "--output-full"));
        show.Out.ShouldContain("status: Succeed\n");
        show.Out.ShouldContain("second-time");

        // The host ran twice: its last step instance is attempt 2.
        var steps = await StepsAsync(id);
        var last = steps.Last(s => s!["name"].Str() == "greet")!;
        var instance = (await StepInstancesAsync(last["execution_step_id"].Str())).Last(i => i!["properties"]!["resource_id"].Str() == host)!;
        instance["status"].Str().ShouldBe("Succeed");
        instance["properties"]!["attempt"]!.ToString().ShouldBe("2");
    }

    [Fact]
    public async Task A_suspend_step_leaves_the_execution_Pending_and_terminate_cancels_it_so_watch_exits_1()
    {
        var script = await GreetScriptAsync("jobcli_hold");
        var job = await CreateJobAsync("jobcli_hold", ScriptsJob("jobcli_hold", script, suspendFirst: true));

        var run = await CliAsync("job", "run", job, "--param", $"hosts={HostsJson(Hosts[0])}", "--watch");
        run.Exit.ShouldBe(0, run.ToString());
        var id = run.FirstLine;
        run.Out.ShouldContain("status: Pending\n");
        run.Out.ShouldContain($"drover execution resume {id}");

        var show = ShouldSucceed(await CliAsync("execution", "show", id));
        show.Out.Split('\n').Single(l => l.StartsWith("hold ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].ShouldBe("hwc:runbook:suspend@1.0.0");

        ShouldSucceed(await CliAsync("execution", "terminate", id)).Out.ShouldBe($"TERMINATE accepted: {id}\n");
        var watch = await CliAsync("execution", "watch", id);
        watch.Exit.ShouldBe(1, watch.ToString());
        watch.Out.ShouldContain("status: Canceled\n");
        (await ExecutionAsync(id))["status"].Str().ShouldBe("Canceled");

        var again = await CliAsync("execution", "terminate", id);
        again.Exit.ShouldBe(2, again.ToString());
        again.Err.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Skip_batch_cancels_the_running_batch_and_the_next_batch_runs()
    {
        // The first run sleeps (batch 1), any later one is quick (batch 2).
        var marker = Path.Combine(D.DataDir, "jobcli-skip-" + Guid.NewGuid().ToString("N"));
        var script = await GreetScriptAsync("jobcli_skip",
            $"m={marker}; if [ -e \"$m\" ]; then echo quick; else touch \"$m\"; echo slow; sleep 60; fi");
        var job = await CreateJobAsync("jobcli_skip", ScriptsJob("jobcli_skip", script));

        var id = ShouldSucceed(await CliAsync("job", "run", job, "--batch", Hosts[0], "--batch", Hosts[1], "--target-param", "hosts")).Out.Trim();
        ExecutionIdPattern().IsMatch(id).ShouldBeTrue();
        await TestDrover.WaitUntilAsync(async () =>
        {
            foreach (var step in await StepsAsync(id))
                if (step!["status"].Str() == "Running" && (await StepInstancesAsync(step["execution_step_id"].Str())).Any(i => i!["status"].Str() == "Running"))
                    return true;
            return false;
        }, TimeSpan.FromSeconds(30), "batch 1's host to run");
        // "Running" also covers a host dispatched but not yet started: wait for the script itself, or batch 2's run
        // would be the first and take the slow path.
        await TestDrover.WaitUntilAsync(() => Task.FromResult(File.Exists(marker)), TimeSpan.FromSeconds(30), "batch 1's script to start");

        ShouldSucceed(await CliAsync("execution", "skip-batch", id)).Out.ShouldBe($"SKIP_BATCH accepted: {id}\n");
        var watch = await CliAsync("execution", "watch", id);
        watch.Exit.ShouldBeOneOf(new[] { 0, 1 }, watch.ToString());
        watch.Out.ShouldContain($"host {Hosts[1]} [step greet batch 2]: Succeed");

        var show = ShouldSucceed(await CliAsync("execution", "show", id));
        show.Out.Split('\n').Single(l => l.StartsWith(Hosts[0] + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].ShouldBe("Canceled");
        show.Out.Split('\n').Single(l => l.StartsWith(Hosts[1] + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].ShouldBe("Succeed");
    }

    [Fact]
    public async Task Output_json_prints_only_the_servers_data()
    {
        var script = await GreetScriptAsync("jobcli_json");
        var file = TempFile("json.yaml", ScriptsJob("jobcli_json", script));
        var id = Json(ShouldSucceed(await CliAsync("--output", "json", "job", "create", "--name", "jobcli_json", "--file", file))).Str();
        DocumentIdPattern().IsMatch(id).ShouldBeTrue();

        var list = Json(ShouldSucceed(await CliAsync("job", "list", "--name-like", "jobcli_json", "--output", "json")));
        list.ShouldHaveKeys("total", "data");
        list["total"].Long().ShouldBe(1);
        list["data"]![0]!["document_id"].Str().ShouldBe(id);
        list["data"]![0]!["version"].Str().ShouldBe("v1");

        var run = Json(ShouldSucceed(await CliAsync("job", "run", id, "--param", $"hosts={HostsJson(Hosts[2])}", "--watch", "--output", "json")));
        run["status"].Str().ShouldBe("Succeed");
        ExecutionIdPattern().IsMatch(run["execution_id"].Str()).ShouldBeTrue();

        var plain = Json(ShouldSucceed(await CliAsync("job", "run", id, "--param", $"hosts={HostsJson(Hosts[2])}", "--output", "json"))).Str();
        ExecutionIdPattern().IsMatch(plain).ShouldBeTrue();
        ShouldSucceed(await CliAsync("execution", "watch", plain));

        // A refusal in JSON mode: nothing on stdout, the error on stderr.
        var refused = await CliAsync("execution", "resume", plain, "--output", "json");
        refused.Exit.ShouldBe(2, refused.ToString());
        refused.Out.ShouldBeEmpty();
        refused.Err.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Refusals_exit_2_and_usage_errors_exit_1_before_any_request()
    {
        var missing = await CliAsync("job", "show", MissingDocument);
        missing.Exit.ShouldBe(2, missing.ToString());
        missing.Out.ShouldBeEmpty();
        missing.Err.ShouldStartWith("error: ");

        var run = await CliAsync("job", "run", MissingDocument);
        run.Exit.ShouldBe(2, run.ToString());
        run.Err.ShouldStartWith("error: ");

        var execution = await CliAsync("execution", "show", MissingExecution);
        execution.Exit.ShouldBe(2, execution.ToString());
        execution.Out.ShouldBeEmpty();
        execution.Err.ShouldStartWith("error: ");

        var badRisk = await CliAsync("job", "create", "--name", "x", "--file", TempFile("x.yaml", "x"), "--risk-level", "EXTREME");
        badRisk.Exit.ShouldBe(1, badRisk.ToString());
        badRisk.Out.ShouldBeEmpty();

        var noFile = await CliAsync("job", "create", "--name", "x", "--file", Path.Combine(D.DataDir, "no-such-file.yaml"));
        noFile.Exit.ShouldBe(1, noFile.ToString());
        noFile.Err.ShouldStartWith("error: ");

        // Target options that do not fit together are refused by the CLI itself (exit 1), so no execution starts.
        var total = (await D.GetAsync("/v1/executions?limit=1&offset=0")).Body!["total"].Long();
        foreach (var args in new[]
                 {
                     new[] { "--batch", "h1" },
                     new[] { "--instance", "h1" },
                     new[] { "--batch", "h1", "--instance", "h2", "--target-param", "hosts" },
                     new[] { "--instance", "h1", "--strategy", "PAUSE", "--target-param", "hosts" },
                     new[] { "--batch", "h1", "--concurrency", "2", "--target-param", "hosts" },
                     new[] { "--target-param", "hosts" },
                 })
        {
            var r = await CliAsync(["job", "run", MissingDocument, .. args]);
            r.Exit.ShouldBe(1, r.ToString());
            r.Out.ShouldBeEmpty();
            r.Err.ShouldStartWith("error: ");
        }
        (await D.GetAsync("/v1/executions?limit=1&offset=0")).Body!["total"].Long().ShouldBe(total);
    }
}
