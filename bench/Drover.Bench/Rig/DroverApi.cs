using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Drover.Bench.Rig;

/// <summary>The few REST calls the benchmarks make, as the bootstrap admin of the server they started.</summary>
internal sealed class DroverApi(string apiUrl, string token) : IDisposable
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
    {
        BaseAddress = new Uri(apiUrl),
        Timeout = TimeSpan.FromSeconds(120),
        DefaultRequestHeaders = { { "X-Auth-Token", token } },
    };

    public async Task<string> EnrollmentTokenAsync(int hosts) =>
        (await PostAsync("/v1/iam/agent-enrollments", new { project_id = "default", expires_in_seconds = 3600, max_uses = hosts }))
            ["token"]!.GetValue<string>();

    public async Task<string> CreateScriptAsync(string name, string content) =>
        (await PostAsync("/v1/job/scripts", new
        {
            name, type = "SHELL", content, description = "drover-bench",
            properties = new { risk_level = "LOW", version = "1.0.0" }, script_params = Array.Empty<object>(),
        }))!.GetValue<string>();

    /// <summary>Starts a ticket: <paramref name="hosts"/> in batches of <paramref name="batchSize"/>, CONTINUE between them.</summary>
    public async Task<string> ExecuteAsync(string script, IReadOnlyList<string> hosts, int batchSize, int timeoutSeconds = 600)
    {
        var batches = hosts.Chunk(batchSize).Select((chunk, i) => (JsonNode)new JsonObject
        {
            ["batch_index"] = i + 1,
            ["rotation_strategy"] = "CONTINUE",
            ["target_instances"] = new JsonArray(chunk.Select(h => (JsonNode)new JsonObject { ["resource_id"] = h, ["region_id"] = "local" }).ToArray()),
        }).ToArray();
        var body = new JsonObject
        {
            ["execute_param"] = new JsonObject { ["timeout"] = timeoutSeconds, ["success_rate"] = 100, ["execute_user"] = Environment.UserName },
            ["execute_batches"] = new JsonArray(batches),
        };
        return (await PostAsync($"/v1/job/scripts/{script}", body))!.GetValue<string>();
    }

    public async Task<string> TicketStatusAsync(string ticket) =>
        (await GetAsync($"/v1/job/script/orders/{ticket}"))["status"]!.GetValue<string>();

    /// <summary>Polls the ticket every <paramref name="every"/> until it has ended; returns its last status.</summary>
    public async Task<string> WaitEndedAsync(string ticket, TimeSpan every, TimeSpan limit)
    {
        var giveUp = DateTime.UtcNow + limit;
        while (true)
        {
            var status = await TicketStatusAsync(ticket);
            if (status is "FINISHED" or "ABNORMAL" or "CANCELED") return status;
            if (DateTime.UtcNow > giveUp) throw new TimeoutException($"ticket {ticket} still {status} after {limit.TotalSeconds} s");
            await Task.Delay(every);
        }
    }

    /// <summary>The hosts of batch <paramref name="batch"/> (first page of up to 100), as the API lists them.</summary>
    public async Task<JsonArray> HostsAsync(string ticket, int batch) =>
        (await GetAsync($"/v1/job/script/orders/{ticket}/batches/{batch}?limit=100"))["execute_instances"]!.AsArray();

    public async Task<int> AgentsOnlineAsync() =>
        (await GetAsync("/v1/agents?status=ONLINE&limit=1"))["total"]!.GetValue<int>();

    public async Task<JsonNode> GetAsync(string path)
    {
        using var r = await Http.GetAsync(path);
        return await DataAsync(r, "GET", path);
    }

    public async Task<JsonNode> PostAsync(string path, object body)
    {
        using var r = await Http.PostAsJsonAsync(path, body);
        return await DataAsync(r, "POST", path);
    }

    private static async Task<JsonNode> DataAsync(HttpResponseMessage r, string method, string path)
    {
        var text = await r.Content.ReadAsStringAsync();
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)r.StatusCode} {text}");
        return JsonNode.Parse(text)!["data"]!;
    }

    public void Dispose() => Http.Dispose();
}
