using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Drover.Protocol.Tls;

namespace Drover.Cli.Api;

/// <summary>
/// Typed client for Drover's COC-compatible REST API. Every method returns the decoded payload of the
/// <c>{"data": ...}</c> envelope plus the raw element, and throws <see cref="DroverApiException"/> for error
/// answers and <see cref="ServerUnreachableException"/> when no answer came.
/// </summary>
internal sealed partial class DroverClient : IDisposable
{
    /// <summary>COC's batch detail answers at most 50 instance rows per page.</summary>
    public const int MaxHostPage = 50;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Reading opsflow answers: numbers may come as strings and text fields as numbers (COC's own declarations
    /// disagree, reference §9), so both are accepted.
    /// </summary>
    public static readonly JsonSerializerOptions OpsJson = new(Json)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new LooseStringConverter() },
    };

    /// <summary>Page size for steps and step instances read in full (show, watch).</summary>
    public const int OpsPage = 100;

    private readonly HttpClient http;

    /// <summary>Why the last server certificate was refused, to say so instead of the TLS stack's generic text.</summary>
    private volatile string? certificateRefusal;

    /// <param name="trust">Which server certificate to accept (https); null: plain http. Unused with a caller's handler.</param>
    public DroverClient(Uri server, string? token, string project, HttpMessageHandler? handler = null, ServerCertificateTrust? trust = null)
    {
        Server = server;
        // A caller-supplied handler (an in-process test server) belongs to the caller: do not dispose it.
        http = handler is null
            ? new HttpClient(new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(10),
                SslOptions = { RemoteCertificateValidationCallback = trust?.Callback(refusal => certificateRefusal = refusal) },
            }, disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = server;
        http.Timeout = TimeSpan.FromSeconds(60);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("drover-cli", "1.0"));
        if (!string.IsNullOrEmpty(token)) http.DefaultRequestHeaders.Add("X-Auth-Token", token);
        http.DefaultRequestHeaders.Add("x-project-id", project);
    }

    public Uri Server { get; }

    public void Dispose() => http.Dispose();

    // ---- scripts ----

    public Task<Reply<string>> CreateScriptAsync(NewScript script, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Post, "v1/job/scripts", script, ct);

    public Task<Reply<Page<ScriptSummary>>> ListScriptsAsync(ScriptFilter filter, int limit, long? marker, CancellationToken ct) =>
        SendAsync<Page<ScriptSummary>>(HttpMethod.Get, Query("v1/job/scripts",
            ("limit", limit.ToString()), ("marker", marker?.ToString()), ("name_like", filter.NameLike), ("type", filter.Type)), null, ct);

    public Task<Reply<ScriptDetail>> GetScriptAsync(string scriptUuid, CancellationToken ct) =>
        SendAsync<ScriptDetail>(HttpMethod.Get, $"v1/job/scripts/{Segment(scriptUuid)}", null, ct);

    public Task<Reply<string>> DeleteScriptAsync(string scriptUuid, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Delete, $"v1/job/scripts/{Segment(scriptUuid)}", null, ct);

    /// <summary>COC overloads the verb: POST on a script's own path runs it and answers the new execute_uuid.</summary>
    public Task<Reply<string>> ExecuteScriptAsync(string scriptUuid, ExecuteRequest request, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Post, $"v1/job/scripts/{Segment(scriptUuid)}", request, ct);

    // ---- script tickets ----

    public Task<Reply<Page<TicketSummary>>> ListTicketsAsync(TicketFilter filter, int limit, long? marker, CancellationToken ct) =>
        SendAsync<Page<TicketSummary>>(HttpMethod.Get, Query("v1/job/script/orders",
            ("limit", limit.ToString()), ("marker", marker?.ToString()), ("status", filter.Status), ("name_like", filter.NameLike)), null, ct);

    public Task<Reply<TicketInfo>> GetTicketAsync(string executeUuid, CancellationToken ct) =>
        SendAsync<TicketInfo>(HttpMethod.Get, $"v1/job/script/orders/{Segment(executeUuid)}", null, ct);

    public Task<Reply<TicketStatistics>> GetTicketStatisticsAsync(string executeUuid, CancellationToken ct) =>
        SendAsync<TicketStatistics>(HttpMethod.Get, $"v1/job/script/orders/{Segment(executeUuid)}/statistics", null, ct);

    public Task<Reply<IReadOnlyList<BatchSummary>>> ListBatchesAsync(string executeUuid, CancellationToken ct) =>
        SendAsync<IReadOnlyList<BatchSummary>>(HttpMethod.Get, $"v1/job/script/orders/{Segment(executeUuid)}/batches", null, ct);

    public Task<Reply<BatchDetail>> GetBatchAsync(string executeUuid, int batchIndex, int limit, long? marker, string? status, CancellationToken ct) =>
        SendAsync<BatchDetail>(HttpMethod.Get, Query($"v1/job/script/orders/{Segment(executeUuid)}/batches/{batchIndex}",
            ("limit", limit.ToString()), ("marker", marker?.ToString()), ("status", status)), null, ct);

    public Task<Reply<string>> OperateTicketAsync(string executeUuid, TicketOperation operation, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Put, $"v1/job/script/orders/{Segment(executeUuid)}/operation", operation, ct);

    // ---- agents ----

    public Task<Reply<Page<Agent>>> ListAgentsAsync(AgentFilter filter, int limit, long? marker, CancellationToken ct) =>
        SendAsync<Page<Agent>>(HttpMethod.Get, Query("v1/agents",
            ("limit", limit.ToString()), ("marker", marker?.ToString()), ("status", filter.Status),
            ("region_id", filter.RegionId), ("resource_id", filter.ResourceId)), null, ct);

    // ---- jobs (documents): COC's opsflow family, offset paging and flat list pages ----

    public Task<Reply<string>> CreateDocumentAsync(NewDocument document, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Post, "v1/documents", document, ct, OpsJson);

    public Task<Reply<Page<DocumentSummary>>> ListDocumentsAsync(DocumentFilter filter, int limit, long offset, CancellationToken ct) =>
        SendFlatPageAsync<DocumentSummary>(HttpMethod.Get, Query("v1/documents",
            ("limit", limit.ToString()), ("offset", offset.ToString()), ("name_like", filter.NameLike), ("creator", filter.Creator)), ct);

    public Task<Reply<DocumentDetail>> GetDocumentAsync(string documentId, string? version, CancellationToken ct) =>
        SendAsync<DocumentDetail>(HttpMethod.Get, Query($"v1/documents/{Segment(documentId)}", ("version", version)), null, ct, OpsJson);

    public Task<Reply<string>> UpdateDocumentAsync(string documentId, DocumentUpdate update, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Put, $"v1/documents/{Segment(documentId)}", update, ct, OpsJson);

    /// <summary>The whole answer: COC answers <c>{"data": "DM..."}</c>, but the CLI does not depend on it.</summary>
    public Task<JsonElement> DeleteDocumentAsync(string documentId, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Delete, $"v1/documents/{Segment(documentId)}", null, ct);

    /// <summary>POST on a document's own path runs it and answers the new execution_id.</summary>
    public Task<Reply<string>> ExecuteDocumentAsync(string documentId, ExecuteDocumentRequest request, CancellationToken ct) =>
        SendAsync<string>(HttpMethod.Post, $"v1/documents/{Segment(documentId)}", request, ct, OpsJson);

    // ---- job tickets (executions) ----

    public Task<Reply<Page<Execution>>> ListExecutionsAsync(ExecutionFilter filter, int limit, long offset, CancellationToken ct) =>
        SendFlatPageAsync<Execution>(HttpMethod.Get, Query("v1/executions",
            ("limit", limit.ToString()), ("offset", offset.ToString()), ("document_id", filter.DocumentId),
            ("document_name", filter.DocumentName), ("creator", filter.Creator)), ct);

    public async Task<Reply<Execution>> GetExecutionAsync(string executionId, CancellationToken ct)
    {
        var path = $"v1/executions/{Segment(executionId)}";
        var root = await SendRawAsync(HttpMethod.Get, path, null, ct);
        var data = Envelope(root, HttpMethod.Get, path);
        // COC may answer an unknown id with 200 and data: null (reference §6.3).
        if (data.ValueKind == JsonValueKind.Null) throw new UnexpectedAnswerException($"execution {executionId} not found (the server answered data: null)");
        return Decode<Execution>(data, HttpMethod.Get, path, OpsJson);
    }

    public Task<Reply<Page<ExecutionStep>>> ListExecutionStepsAsync(string executionId, int limit, long offset, CancellationToken ct) =>
        SendFlatPageAsync<ExecutionStep>(HttpMethod.Get, Query($"v1/executions/{Segment(executionId)}/steps",
            ("limit", limit.ToString()), ("offset", offset.ToString())), ct);

    /// <summary>Not nested under the execution: COC lists a step's instances by execution_step_id alone.</summary>
    public Task<Reply<Page<StepInstance>>> ListStepInstancesAsync(string executionStepId, int limit, long offset, CancellationToken ct) =>
        SendFlatPageAsync<StepInstance>(HttpMethod.Get, Query("v1/executions/instances",
            ("execution_step_id", executionStepId), ("limit", limit.ToString()), ("offset", offset.ToString())), ct);

    /// <summary>COC answers <c>{}</c>; the whole answer is returned as is.</summary>
    public Task<JsonElement> OperateExecutionAsync(ExecutionOperation operation, CancellationToken ct) =>
        SendRawAsync(HttpMethod.Post, "v1/executions", operation, ct);

    // ---- plumbing ----

    private async Task<Reply<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct, JsonSerializerOptions? options = null)
    {
        var root = await SendRawAsync(method, path, body, ct);
        return Decode<T>(Envelope(root, method, path), method, path, options ?? Json);
    }

    /// <summary>Opsflow lists are flat (<c>{"total": N, "data": [...]}</c>): the whole body is the page, and <see cref="Reply{T}.Data"/> is the body.</summary>
    private async Task<Reply<Page<T>>> SendFlatPageAsync<T>(HttpMethod method, string path, CancellationToken ct)
    {
        var root = await SendRawAsync(method, path, null, ct);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            throw new UnexpectedAnswerException($"{method} /{path}: the answer is not a list page {{\"total\", \"data\": [...]}}");
        return Decode<Page<T>>(root, method, path, OpsJson);
    }

    private static Reply<T> Decode<T>(JsonElement data, HttpMethod method, string path, JsonSerializerOptions options)
    {
        T? value;
        try { value = data.Deserialize<T>(options); }
        catch (JsonException e) { throw new UnexpectedAnswerException($"{method} /{path}: unreadable data: {e.Message}", e); }
        if (value is null) throw new UnexpectedAnswerException($"{method} /{path}: the answer's data is null");
        return new Reply<T>(value, data);
    }

    /// <summary>Sends one request; answers the parsed body of a 2xx answer, throws for anything else.</summary>
    /// <param name="headers">Extra headers for this request only (Keystone's <c>X-Subject-Token</c>).</param>
    /// <param name="answered">Sees a 2xx answer before it is disposed (to read a response header).</param>
    private async Task<JsonElement> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken ct,
        IEnumerable<(string Name, string Value)>? headers = null, Action<HttpResponseMessage>? answered = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);

        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, ct);
            text = await response.Content.ReadAsStringAsync(ct);
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            throw new ServerUnreachableException(Server, Reason(e), e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; the caller did not cancel, so the server is silent.
            throw new ServerUnreachableException(Server, $"no answer within {http.Timeout.TotalSeconds:0} s", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode) throw Failure(response, text);
            answered?.Invoke(response);
            try
            {
                // An empty 2xx body (an operation acknowledged without {}) reads as an empty object.
                using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
                return doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new UnexpectedAnswerException($"{method} /{path}: the answer is not JSON: {e.Message}", e);
            }
        }
    }

    private static JsonElement Envelope(JsonElement root, HttpMethod method, string path)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data)) return data;
        throw new UnexpectedAnswerException($"{method} /{path}: the answer has no \"data\" field");
    }

    private static DroverApiException Failure(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("error_code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                var msg = root.TryGetProperty("error_msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return new DroverApiException(status, code.GetString()!, msg ?? response.ReasonPhrase ?? "");
            }
        }
        catch (JsonException)
        {
            // Not COC's error shape (a proxy page, an empty 404): fall through and report the status itself.
        }
        var snippet = text.Trim();
        if (snippet.Length > 200) snippet = snippet[..200] + "...";
        var reason = snippet.Length > 0 ? snippet : response.ReasonPhrase ?? "no body";
        return new DroverApiException(status, $"HTTP.{status}", reason);
    }

    private string Reason(HttpRequestException e)
    {
        // The innermost socket error ("Connection refused") says more than HttpClient's wrapper text, and
        // the certificate check's own reason more than "the remote certificate was rejected".
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is SocketException s) return s.Message;
            if (x is AuthenticationException && certificateRefusal is { } refusal) return $"TLS: {refusal}";
        }
        return e.Message;
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);

    private static string Query(string path, params (string Name, string? Value)[] args)
    {
        var parts = args.Where(a => !string.IsNullOrEmpty(a.Value))
            .Select(a => $"{a.Name}={Uri.EscapeDataString(a.Value!)}");
        var query = string.Join('&', parts);
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
