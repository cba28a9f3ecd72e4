using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drover.Agent;
using Drover.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// A real Drover: the server in this process on real loopback ports with its own database (a SQLite file, or a fresh
/// PostgreSQL database when <see cref="Postgres.IsDefault"/>), and real agents (in-process AgentHosts) that run real
/// processes. Everything is torn down on dispose.
/// </summary>
public sealed class TestDrover : IAsyncDisposable
{
    public const string Token = "test-admin-token";

    public string DataDir { get; }
    public string ApiUrl { get; }
    public string AgentUrl { get; }
    public HttpClient Api { get; }
    public string Prefix { get; } = "t" + Guid.NewGuid().ToString("N")[..8];

    private readonly WebApplication app;
    private readonly List<(CancellationTokenSource Stop, Task Run)> agents = [];
    private readonly ILoggerFactory agentLogs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole());

    private TestDrover(string dataDir, int apiPort, int agentPort, string[] extraArgs)
    {
        DataDir = dataDir;
        ApiUrl = $"http://127.0.0.1:{apiPort}";
        AgentUrl = $"http://127.0.0.1:{agentPort}";
        string[] args =
        [
            "--listen", ApiUrl, "--agent-listen", AgentUrl, "--data-dir", dataDir, "--admin-token", Token,
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
            .. extraArgs,
        ];
        app = DroverServer.Build(args);
        Api = new HttpClient { BaseAddress = new Uri(ApiUrl), Timeout = TimeSpan.FromSeconds(60) };
        Api.DefaultRequestHeaders.Add("X-Auth-Token", Token);
    }

    /// <summary>The server's own services: tests read its database through them, whichever provider it uses.</summary>
    internal IServiceProvider Services => app.Services;

    public static async Task<TestDrover> StartAsync(params string[] extraArgs)
    {
        if (Postgres.IsDefault && !extraArgs.Contains("--database"))
            extraArgs = [.. extraArgs, "--database", await Postgres.CreateDatabaseAsync()];
        var dir = Directory.CreateTempSubdirectory("drover-it-").FullName;
        var d = new TestDrover(dir, FreePort.Next(), FreePort.Next(), extraArgs);
        await d.app.StartAsync();
        return d;
    }

    /// <summary>
    /// Starts an agent serving one host (or <paramref name="simulate"/> hosts) and waits until the server lists it ONLINE.
    /// <paramref name="server"/>: the address it dials instead of the server's (a proxy standing for the network).
    /// </summary>
    public async Task<IReadOnlyList<string>> StartAgentAsync(string resourceId, int simulate = 0, IReadOnlyList<string>? allowedUsers = null,
        string? journalDir = null, string? server = null)
    {
        var options = new AgentOptions
        {
            Server = server ?? AgentUrl, Token = Token, ResourceId = resourceId, RegionId = "local", Simulate = simulate,
            JournalDirectory = journalDir ?? Path.Combine(DataDir, "agent-journal"),
            AllowedUsers = allowedUsers ?? [],
            KillGracePeriod = TimeSpan.FromSeconds(2),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(100), ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        };
        var host = new AgentHost(options, agentLogs);
        var stop = new CancellationTokenSource();
        agents.Add((stop, Task.Run(() => host.RunAsync(stop.Token))));
        var ids = host.ResourceIds;
        await WaitUntilAsync(async () =>
        {
            var online = await GetDataAsync($"/v1/agents?status=ONLINE&limit=100");
            var have = online["data"]!.AsArray().Select(a => a!["resource_id"]!.GetValue<string>()).ToHashSet();
            return ids.All(have.Contains);
        }, TimeSpan.FromSeconds(20), $"agents {string.Join(",", ids)} to come ONLINE");
        return ids;
    }

    /// <summary>Creates a SHELL script (or another type) and returns its uuid.</summary>
    public async Task<string> CreateScriptAsync(string content, string type = "SHELL", object[]? parameters = null, string? name = null)
    {
        var body = new
        {
            name = name ?? Prefix + "_" + Guid.NewGuid().ToString("N")[..8],
            type,
            content,
            description = "integration test script",
            properties = new { risk_level = "LOW", version = "1.0.0" },
            script_params = parameters ?? [],
        };
        var data = await PostDataAsync("/v1/job/scripts", body);
        return data.GetValue<string>();
    }

    /// <summary>Runs a script over batches of hosts (each inner list one batch) and returns the execute_uuid.</summary>
    public async Task<string> ExecuteAsync(string scriptUuid, IReadOnlyList<IReadOnlyList<string>> batches, string rotation = "CONTINUE",
        int timeout = 60, double successRate = 100, string user = "root", object[]? parameters = null, int? maxConcurrency = null,
        int? waitAgentSeconds = null, IReadOnlyList<string>? rotations = null)
    {
        var body = new JsonObject
        {
            ["execute_param"] = new JsonObject
            {
                ["timeout"] = timeout, ["success_rate"] = successRate, ["execute_user"] = user,
                ["script_params"] = JsonSerializer.SerializeToNode(parameters ?? []),
                ["max_concurrency"] = maxConcurrency, ["wait_agent_seconds"] = waitAgentSeconds,
            },
            ["execute_batches"] = new JsonArray(batches.Select((hosts, i) => (JsonNode)new JsonObject
            {
                ["batch_index"] = i + 1,
                ["rotation_strategy"] = rotations?[i] ?? rotation,
                ["target_instances"] = new JsonArray(hosts.Select(h => (JsonNode)new JsonObject { ["resource_id"] = h, ["region_id"] = "local" }).ToArray()),
            }).ToArray()),
        };
        var data = await PostDataAsync($"/v1/job/scripts/{scriptUuid}", body);
        return data.GetValue<string>();
    }

    public Task<JsonNode> TicketAsync(string uuid) => GetDataAsync($"/v1/job/script/orders/{uuid}");

    public async Task<string> TicketStatusAsync(string uuid) => (await TicketAsync(uuid))["status"]!.GetValue<string>();

    public async Task<JsonArray> InstancesAsync(string uuid, int batch, string? status = null)
    {
        var q = $"/v1/job/script/orders/{uuid}/batches/{batch}?limit=50" + (status is null ? "" : $"&status={status}");
        return (await GetDataAsync(q))["execute_instances"]!.AsArray();
    }

    /// <summary>Polls until the ticket has the status (the engine is event-driven; this only waits for processes to end).</summary>
    public async Task<JsonNode> WaitForStatusAsync(string uuid, string status, TimeSpan? timeout = null)
    {
        JsonNode? last = null;
        await WaitUntilAsync(async () =>
        {
            last = await TicketAsync(uuid);
            return last["status"]!.GetValue<string>() == status;
        }, timeout ?? TimeSpan.FromSeconds(60), () => $"ticket {uuid} to be {status} (last: {last?.ToJsonString()})");
        return last!;
    }

    public async Task<JsonNode> WaitForInstanceAsync(string uuid, int batch, long instanceId, string status, TimeSpan? timeout = null)
    {
        JsonNode? last = null;
        await WaitUntilAsync(async () =>
        {
            last = (await InstancesAsync(uuid, batch)).First(i => i!["id"]!.GetValue<long>() == instanceId);
            return last!["status"]!.GetValue<string>() == status;
        }, timeout ?? TimeSpan.FromSeconds(60), () => $"instance {instanceId} to be {status} (last: {last?.ToJsonString()})");
        return last!;
    }

    public async Task<HttpResponseMessage> OperateAsync(string uuid, object body) =>
        await Api.PutAsJsonAsync($"/v1/job/script/orders/{uuid}/operation", body);

    public async Task OperateOkAsync(string uuid, object body)
    {
        var r = await OperateAsync(uuid, body);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
    }

    public async Task<JsonNode> GetDataAsync(string path)
    {
        var r = await Api.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"GET {path}: {text}");
        return JsonNode.Parse(text)!["data"]!;
    }

    public async Task<JsonNode> PostDataAsync(string path, object body)
    {
        var r = await Api.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"POST {path}: {text}");
        return JsonNode.Parse(text)!["data"]!;
    }

    /// <summary>Sends a request and expects a COC error: returns (status, error_code, error_msg).</summary>
    public async Task<(int Status, string Code, string Message)> ErrorAsync(HttpRequestMessage request)
    {
        var r = await Api.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode >= 400).ShouldBeTrue(text);
        var body = JsonNode.Parse(text)!.AsObject();
        body.Select(p => p.Key).Order().ToArray().ShouldBe(new[] { "error_code", "error_msg" }, customMessage: text);
        return ((int)r.StatusCode, body["error_code"]!.GetValue<string>(), body["error_msg"]!.GetValue<string>());
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        await WaitUntilAsync(condition, timeout, () => what);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition()) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"timed out after {timeout.TotalSeconds} s waiting for {what()}");
            await Task.Delay(100);
        }
    }

    public async Task StopAgentsAsync()
    {
        foreach (var (stop, run) in agents)
        {
            await stop.CancelAsync();
            try { await run.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* already reported by the agent's own log */ }
        }
        agents.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAgentsAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        Api.Dispose();
        agentLogs.Dispose();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
