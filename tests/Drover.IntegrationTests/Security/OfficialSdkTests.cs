using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Security;

/// <summary>
/// Issue 8's last check: the official Huawei Cloud COC SDK for Python (tests/sdk/huaweicloud-python, vendored unchanged),
/// signing with an access key pair Drover issued and nothing else, runs the script and job lifecycles against a real
/// server on https (verifying its certificate against the server's CA file) with a real agent: tests/sdk/coc_lifecycle.py.
/// What the SDK reported is then checked through Drover's own API.
/// </summary>
public sealed class OfficialSdkTests
{
    /// <summary>The driver's steps, in order: each printed as "ok step: ..." when the SDK call and its checks passed.</summary>
    private static readonly string[] Steps =
    [
        "script.list_before", "script.check_risk", "script.create", "script.list", "script.get", "script.update", "script.get_updated",
        "script.execute", "script.ticket_finished", "script.tickets_list", "script.ticket_statistics", "script.ticket_batches",
        "script.ticket_output",
        "script.execute_paused", "script.ticket_paused", "script.continue_order", "script.ticket_continued_finished",
        "script.ticket_batches_both", "script.ticket_output_batch2",
        "script.execute_to_cancel", "script.ticket_to_cancel_paused", "script.cancel_order", "script.ticket_canceled",
        "script.delete", "script.get_deleted", "script.get_slashed_id",
        "job.atomics", "job.atomic_info", "job.script_create", "job.create", "job.get", "job.list", "job.update", "job.get_updated",
        "job.execute", "job.execution_pending", "job.resume", "job.execution_succeeded", "job.executions_list", "job.steps",
        "job.step_output",
        "job.execute_to_terminate", "job.execution_to_terminate_pending", "job.terminate", "job.execution_canceled",
        "job.delete", "job.get_deleted", "job.script_delete",
    ];

    [Fact]
    public async Task The_official_sdk_unchanged_runs_the_script_and_job_lifecycles_signing_with_a_drover_key_pair()
    {
        var python = await OfficialSdk.PythonAsync();
        await using var d = await TestDrover.StartTlsAsync();
        var ca = Path.Combine(d.DataDir, "tls", "server.crt");
        var project = await NewProjectAsync(d);
        var (userId, userName) = await NewOperatorAsync(d, project);
        var (access, secret) = await AccessKeyAsync(d, project, userId);
        var hosts = await StartAgentAsync(d, project, ca);

        var run = await OfficialSdk.RunAsync(python, DriverEnvironment(d, ca, project, access, secret, hosts));

        run.Exit.ShouldBe(0, run.ToString());
        run.Stderr.ShouldNotContain("Traceback", Case.Sensitive, run.ToString());
        run.StepLines.Select(l => l.Name).ShouldBe(Steps, run.ToString());
        run.Lines.Last().ShouldBe("done", run.ToString());
        run.StepLine("script.list_before").ShouldBe("total 0"); // a fresh project: the key's X-Project-Id was honoured
        run.StepLine("script.get_deleted").ShouldBe("refused 400 COC.00040603");
        run.StepLine("script.get_slashed_id").ShouldBe("refused 400 COC.00040601"); // invalid script uuid, not 401: %2F is signed as a /
        run.StepLine("job.get_deleted").ShouldBe("refused 400 COC.00040901");

        // Through Drover's own API: the tickets and executions the SDK started really ran, on the real host processes.
        var ticket = await GetDataAsync(d, project, $"/v1/job/script/orders/{run.Id("script_ticket")}");
        ticket["status"]!.GetValue<string>().ShouldBe("FINISHED");
        ticket["creator"]!.GetValue<string>().ShouldBe(userName);
        var first = await InstancesAsync(d, project, run.Id("script_ticket"), 1);
        first.Select(i => (Host(i), Status(i), Message(i))).ShouldBe([(hosts[0], "FINISHED", $"bonjour from {hosts[0]}\n")]);

        var continued = await GetDataAsync(d, project, $"/v1/job/script/orders/{run.Id("script_ticket_continued")}");
        continued["status"]!.GetValue<string>().ShouldBe("FINISHED");
        (await InstancesAsync(d, project, run.Id("script_ticket_continued"), 1)).Select(i => (Host(i), Status(i), Message(i)))
            .ShouldBe([(hosts[0], "FINISHED", $"bonjour from {hosts[0]}\n")]);
        (await InstancesAsync(d, project, run.Id("script_ticket_continued"), 2)).Select(i => (Host(i), Status(i), Message(i)))
            .ShouldBe([(hosts[1], "FINISHED", $"bonjour from {hosts[1]}\n")]);

        var canceled = await GetDataAsync(d, project, $"/v1/job/script/orders/{run.Id("script_ticket_canceled")}");
        canceled["status"]!.GetValue<string>().ShouldBe("CANCELED");
        (await InstancesAsync(d, project, run.Id("script_ticket_canceled"), 2)).Select(i => (Host(i), Status(i)))
            .ShouldBe([(hosts[1], "CANCELED")]); // the batch after the pause never ran

        var execution = await GetDataAsync(d, project, $"/v1/executions/{run.Id("job_execution")}");
        execution["status"]!.GetValue<string>().ShouldBe("Succeed");
        execution["document_version"]!.GetValue<string>().ShouldBe("v2");
        execution["creator"]!.GetValue<string>().ShouldBe(userName);
        var steps = (await GetBodyAsync(d, project, $"/v1/executions/{run.Id("job_execution")}/steps?limit=100"))["data"]!.AsArray();
        steps.Select(s => (s!["name"]!.GetValue<string>(), s["status"]!.GetValue<string>()))
            .ShouldBe([("greet", "Succeed"), ("hold", "Succeed"), ("again", "Succeed")]);
        foreach (var (step, word) in new[] { (steps[0]!, "first"), (steps[2]!, "second") })
        {
            var instances = (await GetBodyAsync(d, project,
                $"/v1/executions/instances?execution_step_id={step["execution_step_id"]!.GetValue<string>()}&limit=50"))["data"]!.AsArray();
            instances.Select(i => (i!["properties"]!["resource_id"]!.GetValue<string>(), i["status"]!.GetValue<string>(), i["message"]!.GetValue<string>()))
                .OrderBy(x => x.Item1, StringComparer.Ordinal)
                .ShouldBe(hosts.Order(StringComparer.Ordinal).Select(h => (h, "Succeed", $"{word} on {h}\n")));
        }
        (await GetDataAsync(d, project, $"/v1/executions/{run.Id("job_execution_canceled")}"))["status"]!.GetValue<string>().ShouldBe("Canceled");

        // Every write the SDK made is the key's user, authenticated by the key: nothing else was used. (The job steps'
        // script tickets are the engine's, on the user's behalf: "system".)
        var audit = (await GetDataAsync(d, project, "/v1/audit?limit=1000"))["data"]!.AsArray()
            .Where(e => e!["actor"]!.GetValue<string>() == userName).Select(e => e!).ToList();
        audit.Where(e => e["actor_kind"]!.GetValue<string>() == "access_key")
            .ShouldAllBe(e => e["actor_id"]!.GetValue<string>() == $"{userId} {access}" && e["outcome"]!.GetValue<string>() == "ok");
        audit.GroupBy(e => $"{e["actor_kind"]!.GetValue<string>()} {e["action"]!.GetValue<string>()}").Select(g => $"{g.Key} {g.Count()}")
            .Order(StringComparer.Ordinal).ShouldBe(
            [
                "access_key document.create 1", "access_key document.delete 1", "access_key document.update 1",
                "access_key execution.create 2", "access_key execution.operation 2", "access_key script.create 2", "access_key script.delete 2",
                "access_key script.update 1", "access_key ticket.create 3", "access_key ticket.operation 2", "system ticket.create 3",
            ]);
    }

    [Fact]
    public async Task The_official_sdk_with_an_altered_secret_is_refused_401_on_its_first_call()
    {
        var python = await OfficialSdk.PythonAsync();
        await using var d = await TestDrover.StartTlsAsync();
        var ca = Path.Combine(d.DataDir, "tls", "server.crt");
        var project = await NewProjectAsync(d);
        var (userId, _) = await NewOperatorAsync(d, project);
        var (access, secret) = await AccessKeyAsync(d, project, userId);
        // One character changed: the same length and alphabet, so only the signature can tell.
        var altered = secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A');

        var run = await OfficialSdk.RunAsync(python, DriverEnvironment(d, ca, project, access, altered, ["nowhere-1", "nowhere-2"]));

        run.Exit.ShouldBe(1, run.ToString());
        run.StepLines.ShouldBeEmpty(run.ToString());
        run.Lines.ShouldBe(["FAILED script.list_before: 401 common.01010001 Signature refused: unknown access key or wrong signature. (ClientRequestException)"],
            run.ToString());
        (await GetDataAsync(d, project, "/v1/job/scripts?limit=10"))["total"]!.GetValue<long>().ShouldBe(0);
    }

    /// <summary>What the driver reads: the key pair, the project, the server and its CA file, through the environment only.</summary>
    private static Dictionary<string, string> DriverEnvironment(TestDrover d, string ca, string project, string access, string secret, IReadOnlyList<string> hosts) =>
        new()
        {
            ["DROVER_SDK_AK"] = access, ["DROVER_SDK_SK"] = secret, ["DROVER_SDK_PROJECT_ID"] = project,
            ["DROVER_SDK_ENDPOINT"] = d.ApiUrl, ["DROVER_SDK_CA_FILE"] = ca,
            ["DROVER_SDK_HOSTS"] = string.Join(",", hosts), ["DROVER_SDK_REGION"] = "local", ["DROVER_SDK_NAME"] = d.Prefix,
            ["DROVER_SDK_WAIT_SECONDS"] = "180",
        };

    private static string Host(JsonNode? i) => i!["target_instance"]!["resource_id"]!.GetValue<string>();
    private static string Status(JsonNode? i) => i!["status"]!.GetValue<string>();
    private static string Message(JsonNode? i) => i!["message"]!.GetValue<string>();

    private static async Task<string> NewProjectAsync(TestDrover d) =>
        (await SendAsync(d, null, HttpMethod.Post, "/v1/iam/projects", new JsonObject { ["name"] = d.Prefix + "-sdk" }))["data"]!["id"]!.GetValue<string>();

    private static async Task<(string Id, string Name)> NewOperatorAsync(TestDrover d, string project)
    {
        var name = d.Prefix + "-sdk-operator";
        var user = (await SendAsync(d, project, HttpMethod.Post, "/v1/iam/users", new JsonObject
        {
            ["name"] = name, ["password"] = "correct-horse-battery-9", ["project_id"] = project, ["role"] = "operator",
        }))["data"]!;
        return (user["id"]!.GetValue<string>(), name);
    }

    private static async Task<(string Access, string Secret)> AccessKeyAsync(TestDrover d, string project, string userId)
    {
        var key = (await SendAsync(d, project, HttpMethod.Post, $"/v1/iam/users/{userId}/access-keys", new JsonObject()))["data"]!;
        return (key["access"]!.GetValue<string>(), key["secret"]!.GetValue<string>());
    }

    /// <summary>An agent enrolled into the project, serving two hosts, that trusts the server by its CA file.</summary>
    private static async Task<IReadOnlyList<string>> StartAgentAsync(TestDrover d, string project, string ca)
    {
        var token = await d.EnrollmentTokenAsync(2, project);
        var hosts = await d.StartAgentAsync(d.Prefix + "-sdk", simulate: 2, waitOnline: false, configure: o =>
        {
            o.EnrollToken = token;
            o.ProjectId = project;
            o.ServerCaFile = ca;
        });
        await TestDrover.WaitUntilAsync(async () =>
        {
            var online = (await GetDataAsync(d, project, "/v1/agents?status=ONLINE&limit=100"))["data"]!.AsArray();
            var have = online.Select(a => a!["resource_id"]!.GetValue<string>()).ToHashSet();
            return hosts.All(have.Contains);
        }, TimeSpan.FromSeconds(60), $"agents {string.Join(",", hosts)} to come ONLINE in {project}");
        return hosts;
    }

    /// <summary>The hosts of one batch of a script ticket, with their status and output.</summary>
    private static async Task<JsonArray> InstancesAsync(TestDrover d, string project, string ticket, int batch) =>
        (await GetDataAsync(d, project, $"/v1/job/script/orders/{ticket}/batches/{batch}?limit=50"))["execute_instances"]!.AsArray();

    private static async Task<JsonNode> GetDataAsync(TestDrover d, string project, string path) => (await GetBodyAsync(d, project, path))["data"]!;

    private static Task<JsonNode> GetBodyAsync(TestDrover d, string project, string path) => SendAsync(d, project, HttpMethod.Get, path, null);

    /// <summary>As the bootstrap admin (the rig's client), in <paramref name="project"/>; the answer must be 200.</summary>
    private static async Task<JsonNode> SendAsync(TestDrover d, string? project, HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (project is not null) request.Headers.Add("x-project-id", project);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var r = await d.Api.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"{method} {path}: {text}");
        return JsonNode.Parse(text)!;
    }
}

/// <summary>tests/sdk: the vendored official SDK and the driver that runs it, with a python3 that can load it.</summary>
internal static class OfficialSdk
{
    /// <summary>The Debian packages the SDK's imports need (.ci/run installs them).</summary>
    public const string Packages = "python3-requests python3-requests-toolbelt python3-urllib3 python3-six python3-simplejson python3-yaml " +
                                   "python3-dateutil python3-pyasn1 python3-defusedxml python3-bson python3-certifi";

    /// <summary>tests/sdk of this checkout: found from the tests' folder upwards (the tests always run from a build of it).</summary>
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "sdk");
                if (File.Exists(Path.Combine(candidate, "coc_lifecycle.py"))) return candidate;
            }
            throw new InvalidOperationException($"tests/sdk/coc_lifecycle.py not found above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>
    /// A python3 that imports the vendored SDK: each python3 on PATH, then /usr/bin/python3 (where Debian's python3-*
    /// packages are). None is a failure, not a skip: CI installs them.
    /// </summary>
    public static async Task<string> PythonAsync()
    {
        var sdk = Path.Combine(Directory, "huaweicloud-python");
        var candidates = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "python3")).Append("/usr/bin/python3").Where(File.Exists).Distinct().ToList();
        var tried = new List<string>();
        foreach (var python in candidates)
        {
            var probe = await RunAsync(python, ["-B", "-c", $"import sys; sys.path.insert(0, {Quoted(sdk)}); from huaweicloudsdkcoc.v1 import CocClient"],
                new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
            if (probe.Exit == 0) return python;
            tried.Add($"{python}: {probe.Stderr.Trim().Split('\n').LastOrDefault()}");
        }
        throw new ShouldAssertException(
            $"no python3 can load the official SDK in {sdk} (install: apt-get install {Packages}); tried:\n" +
            (tried.Count == 0 ? "no python3 on PATH nor /usr/bin/python3" : string.Join("\n", tried)));
    }

    /// <summary>Runs tests/sdk/coc_lifecycle.py; its settings (the secret among them) only through the environment.</summary>
    public static Task<Run> RunAsync(string python, IReadOnlyDictionary<string, string> environment) =>
        RunAsync(python, ["-B", Path.Combine(Directory, "coc_lifecycle.py")], environment, TimeSpan.FromMinutes(15));

    private static string Quoted(string path) => "'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    private static async Task<Run> RunAsync(string python, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Directory,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        // Loopback only, whatever proxy the machine is configured with.
        start.Environment["NO_PROXY"] = start.Environment["no_proxy"] = "127.0.0.1,localhost";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{python} {string.Join(" ", args)} ran over {timeout}:\n{await stdout}\n{await stderr}");
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>What the driver printed: "ok step: seen" lines, "name id" lines for the ids it made, "FAILED step: error".</summary>
    public sealed record Run(int Exit, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public IReadOnlyList<(string Name, string Seen)> StepLines => Lines.Where(l => l.StartsWith("ok ", StringComparison.Ordinal))
            .Select(l => (l[3..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 2)..])).ToList();

        public string StepLine(string name) => StepLines.Single(s => s.Name == name).Seen;

        /// <summary>The id on the line "<paramref name="name"/> id".</summary>
        public string Id(string name) => Lines.Single(l => l.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..];

        public override string ToString() => $"exit {Exit}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }
}
