using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// Drover's REST API as the tests use it, wherever the server runs: in this process (<see cref="TestDrover"/>) or as a
/// process of its own that a test kills and restarts (<see cref="CrashRig"/>).
/// </summary>
public abstract class DroverClient
{
    public const string Token = "test-admin-token";

    protected DroverClient(string apiUrl)
    {
        ApiUrl = apiUrl;
        // The tests' own admin client trusts whatever an https server presents: the TLS tests check the agent and the CLI.
        var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } };
        Api = new HttpClient(handler) { BaseAddress = new Uri(apiUrl), Timeout = TimeSpan.FromSeconds(60) };
        Api.DefaultRequestHeaders.Add("X-Auth-Token", Token);
    }

    public string ApiUrl { get; }
    public HttpClient Api { get; }
    public string Prefix { get; } = "t" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A fresh enrollment token for up to <paramref name="hosts"/> hosts of <paramref name="project"/> (created if missing).</summary>
    public async Task<string> EnrollmentTokenAsync(int hosts, string project = "default", string? prefix = null)
    {
        await EnsureProjectAsync(project);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/iam/agent-enrollments")
        {
            Content = JsonContent.Create(new { project_id = project, expires_in_seconds = 3600, max_uses = hosts, resource_id_prefix = prefix }),
        };
        request.Headers.Add("x-project-id", project);
        var r = await Api.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"POST /v1/iam/agent-enrollments: {text}");
        return JsonNode.Parse(text)!["data"]!["token"]!.GetValue<string>();
    }

    /// <summary>Creates the project with this id (as the bootstrap admin) unless it exists.</summary>
    public async Task EnsureProjectAsync(string id)
    {
        if (id == "default") return;
        var r = await Api.PostAsJsonAsync("/v1/iam/projects", new { name = id, id });
        var text = await r.Content.ReadAsStringAsync();
        if ((int)r.StatusCode != 200 && !text.Contains("exists", StringComparison.Ordinal))
            throw new InvalidOperationException($"POST /v1/iam/projects {id}: {(int)r.StatusCode} {text}");
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
    public async Task<(int Status, string Code, string Message)> ErrorAsync(HttpRequestMessage request) =>
        await ErrorOf(await Api.SendAsync(request));

    /// <summary>Expects a COC error answer: returns (status, error_code, error_msg).</summary>
    public static async Task<(int Status, string Code, string Message)> ErrorOf(HttpResponseMessage r)
    {
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
}
