using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Drover.Server.Tickets.Engine;
using Drover.Server.Jobs.Engine;
using Drover.Server.Hosting;
using Drover.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.Runtime;

namespace Drover.EngineTests.Support;

/// <summary>
/// The whole server in this process (<see cref="DroverServer.Build"/>: its silo, its engine, its SQLite storage with its
/// migrations, its API) on a <see cref="FakeTimeProvider"/>: the tickets' and executions' clock and their grains' timers
/// move only when a test advances <see cref="Clock"/>. Orleans' own machinery (messaging, membership, the directory,
/// activation collection) keeps real time, so advancing hours does not expire a call or a silo.
/// </summary>
public sealed class EngineDrover : IAsyncDisposable
{
    private const string Token = "engine-test-admin-token";

    /// <summary>Orleans' areas that keep real time (every other one, the grains' timers among them, uses the fake clock).</summary>
    private static readonly string[] RealTimeAreas =
    [
        TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
    ];

    /// <summary>How long a test waits for the engine to act on what it was told (an async hand-off, never a timer).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WebApplication app;
    private readonly string dataDir;

    public FakeTimeProvider Clock { get; }
    public HttpClient Api { get; }
    public IServiceProvider Services => app.Services;

    private EngineDrover(string dataDir, FakeTimeProvider clock, string[] settings)
    {
        (this.dataDir, Clock) = (dataDir, clock);
        var apiUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var tokenFile = Path.Combine(dataDir, "test-admin-token");
        File.WriteAllText(tokenFile, Token);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string[] args =
        [
            "--listen", apiUrl, "--agent-listen", $"http://127.0.0.1:{FreePort.Next()}", "--data-dir", dataDir,
            "--admin-token-file", tokenFile, "--cluster-port", FreePort.Next().ToString(CultureInfo.InvariantCulture),
            // The agents here are in-process stand-ins that send no heartbeats: their lease is not what these tests are
            // about (the integration tests' real agents are), so it is longer than any test's fake time.
            "--Drover:AgentOfflineAfterSeconds=864000",
            // The sweep wakes open tickets; the tests wake them themselves, when they mean to.
            "--Drover:Cluster:SweepSeconds=3600",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
            .. settings,
        ];
        app = DroverServer.Build(args, b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            foreach (var area in RealTimeAreas) b.Services.AddKeyedSingleton(area, TimeProvider.System);
        });
        Api = new HttpClient { BaseAddress = new Uri(apiUrl), Timeout = TimeSpan.FromSeconds(60) };
        Api.DefaultRequestHeaders.Add("X-Auth-Token", Token);
    }

    /// <param name="settings">Server arguments, e.g. <c>--Drover:ResultGraceSeconds=5</c>.</param>
    public static async Task<EngineDrover> StartAsync(params string[] settings)
    {
        // Starts at a real date (ids and times look like real ones) and moves only when told.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var d = new EngineDrover(Directory.CreateTempSubdirectory("drover-engine-").FullName, clock, settings);
        await d.app.StartAsync();
        return d;
    }

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        try { Directory.Delete(dataDir, true); } catch (IOException) { }
    }

    // ---- script tickets, through the API ----

    public async Task<string> CreateScriptAsync(string content) =>
        (await PostDataAsync("/v1/job/scripts", new
        {
            name = "engine_" + Guid.NewGuid().ToString("N")[..8], type = "SHELL", content, description = "engine test script",
            properties = new { risk_level = "LOW", version = "1.0.0" }, script_params = Array.Empty<object>(),
        })).GetValue<string>();

    /// <summary>Runs a script over batches of hosts (each inner list one batch, region <c>local</c>); returns the execute_uuid.</summary>
    public async Task<string> ExecuteAsync(string scriptUuid, IReadOnlyList<IReadOnlyList<string>> batches, int timeout,
        int? waitAgentSeconds = null, IReadOnlyList<string>? rotations = null)
    {
        var body = new JsonObject
        {
            ["execute_param"] = new JsonObject
            {
                ["timeout"] = timeout, ["success_rate"] = 100, ["execute_user"] = "root", ["script_params"] = new JsonArray(),
                ["wait_agent_seconds"] = waitAgentSeconds,
            },
            ["execute_batches"] = new JsonArray(batches.Select((hosts, i) => (JsonNode)new JsonObject
            {
                ["batch_index"] = i + 1,
                ["rotation_strategy"] = rotations?[i] ?? "CONTINUE",
                ["target_instances"] = new JsonArray(hosts.Select(h => (JsonNode)new JsonObject { ["resource_id"] = h, ["region_id"] = "local" }).ToArray()),
            }).ToArray()),
        };
        return (await PostDataAsync($"/v1/job/scripts/{scriptUuid}", body)).GetValue<string>();
    }

    /// <summary>A token that enrolls one host of the default project.</summary>
    public async Task<string> EnrollmentTokenAsync() =>
        (await PostDataAsync("/v1/iam/agent-enrollments", new { project_id = "default", expires_in_seconds = 3600, max_uses = 1 }))["token"]!.GetValue<string>();

    public Task<JsonNode> TicketAsync(string uuid) => GetDataAsync($"/v1/job/script/orders/{uuid}");

    /// <summary>The host <paramref name="resourceId"/> of batch <paramref name="batch"/>, as the batch detail lists it.</summary>
    public async Task<JsonNode> HostAsync(string uuid, int batch, string resourceId) =>
        (await GetDataAsync($"/v1/job/script/orders/{uuid}/batches/{batch}?limit=50"))["execute_instances"]!.AsArray()
        .Single(i => i!["target_instance"]!["resource_id"]!.GetValue<string>() == resourceId)!;

    public async Task OperateAsync(string uuid, string operation)
    {
        var r = await Api.PutAsJsonAsync($"/v1/job/script/orders/{uuid}/operation", new { operation_type = operation });
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"{operation} on {uuid}: {text}");
    }

    public async Task<JsonNode> WaitForHostAsync(string uuid, int batch, string resourceId, string status)
    {
        JsonNode? last = null;
        await WaitUntilAsync(async () => (last = await HostAsync(uuid, batch, resourceId)).Str("status") == status,
            () => $"host {resourceId} of {uuid} to be {status} (last: {last?.ToJsonString()})");
        return last!;
    }

    public async Task<JsonNode> WaitForTicketAsync(string uuid, string status)
    {
        JsonNode? last = null;
        await WaitUntilAsync(async () => (last = await TicketAsync(uuid)).Str("status") == status,
            () => $"ticket {uuid} to be {status} (last: {last?.ToJsonString()})");
        return last!;
    }

    public async Task<long> TicketIdAsync(string uuid)
    {
        await using var db = await Service<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        return await db.Tickets.Where(t => t.ExecuteUuid == uuid).Select(t => t.Id).SingleAsync();
    }

    public async Task<ITicketGrain> TicketGrainAsync(string uuid) => Service<IGrainFactory>().GetGrain<ITicketGrain>(await TicketIdAsync(uuid));

    /// <summary>
    /// Returns once the ticket's writer has done whatever was handed to it before (a timer's tick among them): a call
    /// queues behind them, as one grain takes one call at a time. What the test then reads is what the engine decided.
    /// </summary>
    public async Task SettledAsync(string uuid) => await (await TicketGrainAsync(uuid)).Wake();

    // ---- jobs, through the API ----

    public async Task<string> CreateJobAsync(string content) =>
        (await PostDataAsync("/v1/documents", new { name = "engine_" + Guid.NewGuid().ToString("N")[..6], content, enterprise_project_id = "0", risk_level = "LOW" }))
        .GetValue<string>();

    public async Task<string> ExecuteJobAsync(string documentId) => (await PostDataAsync($"/v1/documents/{documentId}", new { })).GetValue<string>();

    public Task<JsonNode> ExecutionAsync(string executionId) => GetDataAsync($"/v1/executions/{executionId}");

    public async Task<List<JsonNode>> ExecutionStepsAsync(string executionId)
    {
        var body = (await Api.GetFromJsonAsync<JsonObject>($"/v1/executions/{executionId}/steps?limit=1000"))!;
        return body["data"]!.AsArray().Select(s => s!).ToList();
    }

    public async Task<IExecutionGrain> ExecutionGrainAsync(string executionId)
    {
        await using var db = await Service<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        var rowId = await db.Executions.Where(e => e.ExecutionId == executionId).Select(e => e.Id).SingleAsync();
        return Service<IGrainFactory>().GetGrain<IExecutionGrain>(rowId);
    }

    /// <summary>As <see cref="SettledAsync"/>, for an execution's writer.</summary>
    public async Task ExecutionSettledAsync(string executionId) => await (await ExecutionGrainAsync(executionId)).Wake();

    // ---- plumbing ----

    public async Task<JsonNode> GetDataAsync(string path)
    {
        var r = await Api.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"GET {path}: {text}");
        return JsonNode.Parse(text)!["data"]!;
    }

    private async Task<JsonNode> PostDataAsync(string path, object body)
    {
        var r = await Api.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"POST {path}: {text}");
        return JsonNode.Parse(text)!["data"]!;
    }

    /// <summary>Waits (in real time, within <see cref="Patience"/>) for the engine to have acted: never for time to pass.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var until = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what()}");
            await Task.Delay(20);
        }
    }
}

public static class JsonFields
{
    public static string? Str(this JsonNode node, string name) => node[name]?.GetValue<string>();

    /// <summary>A ticket's batch running (or next, when paused between batches).</summary>
    public static int CurrentBatch(this JsonNode ticket) => ticket["properties"]!["current_execute_batch_index"]!.GetValue<int>();
}
