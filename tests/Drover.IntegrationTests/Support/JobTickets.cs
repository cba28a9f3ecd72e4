using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Support;

/// <summary>What the job tests look at: jobs (documents), job tickets (executions), their step runs and step instances.</summary>
public static class JobTickets
{
    /// <summary>Hosts as a job's INSTANCE parameter takes them: a JSON array string of {resource_id, region_id}.</summary>
    public static string HostList(IEnumerable<string> hosts) => new JsonArray(hosts.Select(h => (JsonNode)HostObject(h)).ToArray()).ToJsonString();

    public static JsonObject HostObject(string resourceId) => new() { ["resource_id"] = resourceId, ["region_id"] = "local" };

    /// <summary>A BatchValues target: one batch per inner list, each with its strategy.</summary>
    public static JsonObject BatchValues(IReadOnlyList<IReadOnlyList<string>> batches, string strategy) => new()
    {
        ["key"] = "BatchValues",
        ["values"] = new JsonArray(batches.Select((hosts, i) => (JsonNode)new JsonObject
        {
            ["batch_index"] = i + 1,
            ["strategy"] = strategy,
            ["instances"] = new JsonArray(hosts.Select(h => (JsonNode)HostObject(h)).ToArray()),
        }).ToArray()),
    };

    public static string Str(this JsonNode node, string key) => node[key]!.GetValue<string>();

    public static string Prop(this JsonNode node, string key) => node["properties"]![key]!.GetValue<string>();

    /// <summary>A step run's or an execution's outputs/parameters ({key, value} pairs) as a dictionary.</summary>
    public static Dictionary<string, string> Pairs(this JsonNode node, string field) =>
        node[field]!.AsArray().ToDictionary(p => p!["key"]!.GetValue<string>(), p => p!["value"]!.GetValue<string>());

    public static async Task<string> CreateJobAsync(this DroverClient d, string content, string? name = null) =>
        (await d.PostDataAsync("/v1/documents", new { name = name ?? d.Prefix + "_" + Guid.NewGuid().ToString("N")[..6], content, enterprise_project_id = "0", risk_level = "LOW" }))
        .GetValue<string>();

    public static async Task UpdateJobAsync(this DroverClient d, string documentId, string name, string content)
    {
        var r = await d.Api.PutAsJsonAsync($"/v1/documents/{documentId}", new { name, content });
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        JsonNode.Parse(text)!["data"]!.GetValue<string>().ShouldBe(documentId);
    }

    public static Task<JsonNode> JobAsync(this DroverClient d, string documentId, string? version = null) =>
        d.GetDataAsync($"/v1/documents/{documentId}" + (version is null ? "" : $"?version={version}"));

    /// <summary>Executes a job (POST /v1/documents/{id}) and returns the execution id.</summary>
    public static async Task<string> ExecuteJobAsync(this DroverClient d, string documentId, object body)
    {
        var id = (await d.PostDataAsync($"/v1/documents/{documentId}", body)).GetValue<string>();
        id.ShouldStartWith("EX");
        return id;
    }

    public static Task<JsonNode> ExecutionAsync(this DroverClient d, string executionId) => d.GetDataAsync($"/v1/executions/{executionId}");

    public static async Task<string> ExecutionStatusAsync(this DroverClient d, string executionId) => (await d.ExecutionAsync(executionId)).Status();

    /// <summary>Every step run of the execution (GET /v1/executions/{id}/steps), in batch then step order.</summary>
    public static async Task<List<JsonNode>> ExecutionStepsAsync(this DroverClient d, string executionId)
    {
        var body = (await d.Api.GetFromJsonAsync<JsonObject>($"/v1/executions/{executionId}/steps?limit=1000"))!;
        var steps = body["data"]!.AsArray().Select(s => s!).ToList();
        body["total"]!.GetValue<int>().ShouldBe(steps.Count);
        return steps;
    }

    /// <summary>The run of step <paramref name="name"/> in batch <paramref name="batch"/>: exactly one.</summary>
    public static JsonNode Run(this IEnumerable<JsonNode> steps, int batch, string name) =>
        steps.Single(s => s.Str("name") == name && s.Prop("batch_index") == batch.ToString());

    /// <summary>GET /v1/executions/instances?execution_step_id=: a scripts step's hosts, or the step as its single instance.</summary>
    public static async Task<List<JsonNode>> StepInstancesAsync(this DroverClient d, string executionStepId)
    {
        var r = await d.Api.GetAsync($"/v1/executions/instances?execution_step_id={executionStepId}&limit=1000");
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        var body = JsonNode.Parse(text)!;
        var rows = body["data"]!.AsArray().Select(i => i!).ToList();
        body["total"]!.GetValue<int>().ShouldBe(rows.Count);
        return rows;
    }

    /// <summary>The hosts of a scripts step run, by resource id.</summary>
    public static async Task<Dictionary<string, JsonNode>> StepHostsAsync(this DroverClient d, JsonNode stepRun) =>
        (await d.StepInstancesAsync(stepRun.Str("execution_step_id"))).ToDictionary(i => i.Prop("resource_id"));

    public static async Task<JsonNode> WaitForExecutionAsync(this DroverClient d, string executionId, Func<JsonNode, bool> condition, string what,
        TimeSpan? timeout = null)
    {
        JsonNode? last = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            last = await d.ExecutionAsync(executionId);
            return condition(last);
        }, timeout ?? TimeSpan.FromSeconds(30), () => $"execution {executionId} {what} (last: {last?.ToJsonString()})");
        return last!;
    }

    public static Task<JsonNode> WaitForExecutionAsync(this DroverClient d, string executionId, string status, TimeSpan? timeout = null) =>
        d.WaitForExecutionAsync(executionId, e => e.Status() == status, $"to be {status}", timeout);

    /// <summary>Waits until the execution is Pending with <paramref name="step"/> of batch <paramref name="batch"/> next.</summary>
    public static Task<JsonNode> WaitForPendingAsync(this DroverClient d, string executionId, int batch, string step) =>
        d.WaitForExecutionAsync(executionId,
            e => e.Status() == "Pending" && e["current_batch_index"]!.GetValue<int>() == batch && e["current_step"]?.GetValue<string>() == step,
            $"to be Pending at batch {batch} step {step}");

    /// <summary>POST /v1/executions with an operation that must be accepted: 200 and <c>{}</c>.</summary>
    public static async Task OperateExecutionAsync(this DroverClient d, string executionId, string operateType)
    {
        var r = await d.Api.PostAsJsonAsync("/v1/executions", new { execution_id = executionId, operate_type = operateType });
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, $"{operateType} on {executionId}: {text}");
        JsonNode.Parse(text)!.AsObject().Count.ShouldBe(0, text);
    }

    public static Task<(int Status, string Code, string Message)> OperateExecutionErrorAsync(this DroverClient d, object body) =>
        d.ErrorAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/executions") { Content = JsonContent.Create(body) });

    /// <summary>
    /// Everything the API says about an execution, as raw response text: the execution, its step runs and every step run's
    /// instances. Two equal snapshots mean nothing observable changed.
    /// </summary>
    public static async Task<string> ExecutionSnapshotAsync(this DroverClient d, string executionId)
    {
        var sb = new StringBuilder();
        async Task<string> Add(string path)
        {
            var r = await d.Api.GetAsync(path);
            var text = await r.Content.ReadAsStringAsync();
            ((int)r.StatusCode).ShouldBe(200, $"GET {path}: {text}");
            sb.Append(path).Append('\n').Append(text).Append('\n');
            return text;
        }
        await Add($"/v1/executions/{executionId}");
        var steps = JsonNode.Parse(await Add($"/v1/executions/{executionId}/steps?limit=1000"))!["data"]!.AsArray();
        foreach (var s in steps)
            await Add($"/v1/executions/instances?execution_step_id={s!.Str("execution_step_id")}&limit=1000");
        return sb.ToString();
    }

    /// <summary>An operation that must be refused with HTTP 400 and <paramref name="code"/>, changing nothing the API shows.</summary>
    public static async Task<string> ExecutionRefusedAsync(this DroverClient d, string executionId, object body, string code)
    {
        var before = await d.ExecutionSnapshotAsync(executionId);
        var (status, actual, message) = await d.OperateExecutionErrorAsync(body);
        status.ShouldBe(400, message);
        actual.ShouldBe(code, message);
        message.ShouldNotBeNullOrWhiteSpace();
        var after = await d.ExecutionSnapshotAsync(executionId);
        after.ShouldBe(before, $"refused operation {JsonSerializer.Serialize(body)} changed the execution");
        return message;
    }

    public static Task<string> ExecutionRefusedAsync(this DroverClient d, string executionId, string operateType, string code) =>
        d.ExecutionRefusedAsync(executionId, new { execution_id = executionId, operate_type = operateType }, code);
}
