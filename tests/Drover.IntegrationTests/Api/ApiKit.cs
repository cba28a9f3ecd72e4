using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Drover.Agent;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Api;

/// <summary>One HTTP answer as the wire carried it: status, raw text and the parsed body (null when not JSON).</summary>
public sealed record Reply(int Status, string Text, JsonNode? Body)
{
    public JsonNode Data => Body?["data"] ?? throw new InvalidOperationException($"no data in {Status} {Text}");

    public override string ToString() => $"{Status} {Text}";
}

/// <summary>Raw requests and wire-shape assertions for the API-contract tests.</summary>
public static partial class ApiKit
{
    public const string Masked = "*****************";

    /// <summary>An id shaped like a real one that no server ever issued (year 2099).</summary>
    public const string MissingScript = "SC20990101000000abcdef012";
    public const string MissingTicket = "SCT20990101000000abcdef012";

    [GeneratedRegex(@"^SC\d{14}[0-9a-z]{9}\z")]
    public static partial Regex ScriptUuidPattern();

    [GeneratedRegex(@"^SCT\d{14}[0-9a-z]{9}\z")]
    public static partial Regex TicketUuidPattern();

    /// <summary>Sends a request with the admin token unless <paramref name="token"/> says otherwise ("" = none).</summary>
    public static async Task<Reply> SendAsync(this TestDrover d, HttpMethod method, string path, string? body = null,
        string? project = null, string? token = TestDrover.Token, string contentType = "application/json", byte[]? rawBody = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(method, path);
        if (!string.IsNullOrEmpty(token)) request.Headers.Add("X-Auth-Token", token);
        if (project is not null) request.Headers.Add("x-project-id", project);
        if (rawBody is not null)
        {
            request.Content = new ByteArrayContent(rawBody);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        else if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? parsed = null;
        try { parsed = text.Length == 0 ? null : JsonNode.Parse(text); } catch (System.Text.Json.JsonException) { }
        return new Reply((int)response.StatusCode, text, parsed);
    }

    public static Task<Reply> GetAsync(this TestDrover d, string path, string? project = null) => d.SendAsync(HttpMethod.Get, path, project: project);

    public static Task<Reply> PostAsync(this TestDrover d, string path, JsonNode? body, string? project = null) =>
        d.SendAsync(HttpMethod.Post, path, body?.ToJsonString() ?? "", project: project);

    public static Task<Reply> PutAsync(this TestDrover d, string path, JsonNode? body, string? project = null) =>
        d.SendAsync(HttpMethod.Put, path, body?.ToJsonString() ?? "", project: project);

    public static Task<Reply> DeleteAsync(this TestDrover d, string path, string? project = null) => d.SendAsync(HttpMethod.Delete, path, project: project);

    /// <summary>Asserts a 200 in the script family's envelope (<c>{"data": x}</c>, nothing else) and answers x.</summary>
    public static JsonNode Ok(this Reply r)
    {
        r.Status.ShouldBe(200, r.Text);
        r.Body.ShouldNotBeNull(r.Text);
        r.Body.ShouldHaveKeys("data");
        return r.Body["data"]!;
    }

    /// <summary>Asserts COC's error shape (exactly <c>error_code</c> and <c>error_msg</c>, within COC's lengths) with this status and code.</summary>
    public static string ShouldBeError(this Reply r, int status, string code)
    {
        r.ShouldBeCocError();
        r.Status.ShouldBe(status, r.Text);
        r.Body!["error_code"]!.GetValue<string>().ShouldBe(code, r.Text);
        return r.Body["error_msg"]!.GetValue<string>();
    }

    /// <summary>400 in COC's shape; answers error_msg.</summary>
    public static string ShouldBe400(this Reply r, string code) => r.ShouldBeError(400, code);

    /// <summary>A 4xx in COC's error shape, whatever the code.</summary>
    public static void ShouldBeCocError(this Reply r)
    {
        r.Status.ShouldBeInRange(400, 499, r.Text);
        r.Body.ShouldNotBeNull($"not JSON: {r.Text}");
        r.Body.ShouldHaveKeys("error_code", "error_msg");
        var code = r.Body["error_code"]!.GetValue<string>();
        var msg = r.Body["error_msg"]!.GetValue<string>();
        // COC's ErrorRsp: error_code 8-36 characters, error_msg 2-512.
        code.Length.ShouldBeInRange(8, 36, r.Text);
        msg.Length.ShouldBeInRange(2, 512, r.Text);
    }

    public static string[] Keys(JsonNode? node) =>
        node.ShouldBeOfType<JsonObject>().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The object has exactly these keys (any order).</summary>
    public static void ShouldHaveKeys(this JsonNode? node, params string[] keys) =>
        Keys(node).ShouldBe(keys.Order(StringComparer.Ordinal).ToArray(), $"keys of {node?.ToJsonString()}");

    /// <summary>An epoch-milliseconds time within the last hour (not seconds, not a string).</summary>
    public static void ShouldBeRecentEpochMs(this JsonNode? node, string what)
    {
        node.ShouldNotBeNull(what);
        var v = node.GetValue<long>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        v.ShouldBeInRange(now - 3_600_000, now + 60_000, $"{what} = {v} is not a recent epoch-ms time");
    }

    public static string Str(this JsonNode? n) => n!.GetValue<string>();

    public static long Long(this JsonNode? n) => n!.GetValue<long>();

    public static int Int(this JsonNode? n) => n!.GetValue<int>();

    /// <summary>Sets a value at a dotted path ("execute_param.timeout", "execute_batches[0].batch_index"); null removes it.</summary>
    public static JsonObject With(this JsonObject body, string path, JsonNode? value, bool remove = false)
    {
        var copy = body.DeepClone().AsObject();
        var parts = path.Split('.');
        JsonNode parent = copy;
        for (var i = 0; i < parts.Length - 1; i++) parent = Step(parent, parts[i]);
        var last = parts[^1];
        var m = Regex.Match(last, @"^(\w+)\[(\d+)\]$");
        if (m.Success)
        {
            var arr = parent[m.Groups[1].Value]!.AsArray();
            var at = int.Parse(m.Groups[2].Value);
            if (remove) arr.RemoveAt(at);
            else arr[at] = value;
        }
        else if (remove) parent.AsObject().Remove(last);
        else parent[last] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string path) => body.With(path, null, remove: true);

    private static JsonNode Step(JsonNode node, string part)
    {
        var m = Regex.Match(part, @"^(\w+)\[(\d+)\]$");
        return m.Success ? node[m.Groups[1].Value]![int.Parse(m.Groups[2].Value)]! : node[part]!;
    }

    // ---- request bodies ----

    public static JsonObject ScriptBody(string name, string content = "echo hello", string type = "SHELL", JsonArray? parameters = null,
        JsonArray? reviewers = null, string risk = "LOW") => new()
    {
        ["name"] = name,
        ["type"] = type,
        ["content"] = content,
        ["description"] = "api contract test",
        ["properties"] = new JsonObject
        {
            ["risk_level"] = risk,
            ["version"] = "1.0.0",
            ["reviewers"] = reviewers ?? new JsonArray(),
        },
        ["script_params"] = parameters ?? new JsonArray(),
    };

    public static JsonObject Param(string name, string value, bool sensitive = false, int order = 1) => new()
    {
        ["param_name"] = name,
        ["param_value"] = value,
        ["param_description"] = "d",
        ["param_order"] = order,
        ["sensitive"] = sensitive,
    };

    public static JsonObject Target(string resourceId, string region = "local", string? provider = null)
    {
        var t = new JsonObject { ["resource_id"] = resourceId, ["region_id"] = region };
        if (provider is not null) t["provider"] = provider;
        return t;
    }

    public static JsonObject Batch(int index, string rotation, params string[] hosts) => new()
    {
        ["batch_index"] = index,
        ["rotation_strategy"] = rotation,
        ["target_instances"] = new JsonArray(hosts.Select(h => (JsonNode)Target(h)).ToArray()),
    };

    /// <summary>A COC ExecuteScript body: each inner list is one batch.</summary>
    public static JsonObject ExecuteBody(IReadOnlyList<IReadOnlyList<string>> batches, string rotation = "CONTINUE", int timeout = 60,
        double successRate = 100, string user = "root", JsonArray? parameters = null) => new()
    {
        ["execute_param"] = new JsonObject
        {
            ["timeout"] = timeout,
            ["success_rate"] = successRate,
            ["execute_user"] = user,
            ["resourceful"] = true,
            ["script_params"] = parameters ?? new JsonArray(),
        },
        ["execute_batches"] = new JsonArray(batches.Select((hosts, i) => (JsonNode)Batch(i + 1, rotation, hosts.ToArray())).ToArray()),
    };

    public static JsonObject ValueOf(string name, string value) => new() { ["param_name"] = name, ["param_value"] = value };

    public static async Task<string> CreateScriptAsync(this TestDrover d, JsonObject body, string? project = null) =>
        (await d.PostAsync("/v1/job/scripts", body, project)).Ok().Str();

    public static async Task<string> ExecuteAsync(this TestDrover d, string scriptUuid, JsonObject body, string? project = null) =>
        (await d.PostAsync($"/v1/job/scripts/{scriptUuid}", body, project)).Ok().Str();

    public static async Task<long> ScriptTotalAsync(this TestDrover d, string? project = null) =>
        (await d.GetAsync("/v1/job/scripts?limit=1", project)).Ok()["total"].Long();

    public static async Task<long> TicketTotalAsync(this TestDrover d, string? project = null) =>
        (await d.GetAsync("/v1/job/script/orders?limit=1", project)).Ok()["total"].Long();

    /// <summary>Everything a client can read about a ticket, for "nothing changed" comparisons (host rows without their live timing).</summary>
    public static async Task<string> TicketSnapshotAsync(this TestDrover d, string uuid)
    {
        var info = (await d.GetAsync($"/v1/job/script/orders/{uuid}")).Ok();
        var stats = (await d.GetAsync($"/v1/job/script/orders/{uuid}/statistics")).Ok();
        var batches = (await d.GetAsync($"/v1/job/script/orders/{uuid}/batches")).Ok();
        var hosts = new JsonArray();
        foreach (var b in batches.AsArray())
        {
            var detail = (await d.GetAsync($"/v1/job/script/orders/{uuid}/batches/{b!["batch_index"].Int()}?limit=100")).Ok();
            foreach (var i in detail["execute_instances"]!.AsArray())
                hosts.Add(new JsonObject { ["id"] = i!["id"]!.DeepClone(), ["status"] = i["status"]!.DeepClone(), ["attempt"] = i["attempt"]!.DeepClone() });
        }
        return new JsonObject
        {
            ["status"] = info["status"]!.DeepClone(),
            ["current"] = info["properties"]!["current_execute_batch_index"]!.DeepClone(),
            ["gmt_finished"] = info["gmt_finished"]?.DeepClone(),
            ["stats"] = stats.DeepClone(),
            ["batches"] = batches.DeepClone(),
            ["hosts"] = hosts,
        }.ToJsonString();
    }

    /// <summary>
    /// Starts an agent with a region or project the harness does not offer; stopped when the returned handle is disposed.
    /// Waits until the server lists its hosts ONLINE (in <paramref name="project"/>).
    /// </summary>
    public static async Task<AgentHandle> StartAgentAsync(this TestDrover d, string resourceId, int simulate, string region, string project = "default")
    {
        var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole());
        var host = new AgentHost(new AgentOptions
        {
            Server = d.AgentUrl, EnrollToken = await d.EnrollmentTokenAsync(Math.Max(simulate, 1), project), ResourceId = resourceId, RegionId = region, ProjectId = project,
            Simulate = simulate, JournalDirectory = Path.Combine(d.DataDir, "agent-journal-" + resourceId),
            KillGracePeriod = TimeSpan.FromSeconds(2), ReconnectBaseDelay = TimeSpan.FromMilliseconds(100),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1), OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        }, logs);
        var stop = new CancellationTokenSource();
        var run = Task.Run(() => host.RunAsync(stop.Token));
        var handle = new AgentHandle(host.ResourceIds, stop, run, logs);
        await TestDrover.WaitUntilAsync(async () =>
        {
            var online = (await d.GetAsync("/v1/agents?status=ONLINE&limit=100", project)).Ok()["data"]!.AsArray();
            var have = online.Select(a => a!["resource_id"].Str()).ToHashSet();
            return handle.ResourceIds.All(have.Contains);
        }, TimeSpan.FromSeconds(20), $"agents {resourceId} ({region}, {project}) to come ONLINE");
        return handle;
    }
}

public sealed class AgentHandle(IReadOnlyList<string> resourceIds, CancellationTokenSource stop, Task run, ILoggerFactory logs) : IAsyncDisposable
{
    public IReadOnlyList<string> ResourceIds { get; } = resourceIds;

    private int disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        await stop.CancelAsync();
        try { await run.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* reported by the agent's own log */ }
        stop.Dispose();
        logs.Dispose();
    }
}

/// <summary>One server shared by the tests of a class that only read, or whose writes are refused.</summary>
public class DroverFixture : IAsyncLifetime
{
    private TestDrover? drover;

    public TestDrover D => drover ?? throw new InvalidOperationException("fixture not started");

    protected virtual string[] ServerArgs => [];

    public virtual async Task InitializeAsync() => drover = await TestDrover.StartAsync(ServerArgs);

    public async Task DisposeAsync()
    {
        if (drover is not null) await drover.DisposeAsync();
    }
}
