using System.Collections.ObjectModel;
using System.Net;
using System.Text;
using System.Text.Json;
using Drover.Domain.Jobs;
using Microsoft.Extensions.Options;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>
/// Runs one <c>executeAPI</c> step: checks the request against <see cref="ApiStepOptions"/>, sends it, and picks
/// the declared outputs from the JSON answer. Header values are never logged nor put in the result.
/// </summary>
public sealed class ApiCaller(IHttpClientFactory clients, IOptionsMonitor<ApiStepOptions> options, ILogger<ApiCaller> log)
{
    /// <summary>The named HttpClient; registered by <see cref="ApiStepRegistration.AddApiStep"/> with redirects off.</summary>
    public const string ClientName = "drover-api-step";

    public static readonly IReadOnlyList<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

    /// <summary>How much of an error answer goes into the message: enough to read the server's complaint.</summary>
    private const int ErrorPreviewChars = 1000;

    private static readonly IReadOnlyDictionary<string, string> NoOutputs = ReadOnlyDictionary<string, string>.Empty;

    public async Task<ApiCallResult> CallAsync(ApiCallRequest r, CancellationToken ct)
    {
        var result = await RunAsync(r, ct);
        // The target without query or user part, and the outcome: never headers, never the body.
        var target = Uri.TryCreate((r.Url ?? "").Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? $"{u.Scheme}://{u.Authority}{u.AbsolutePath}"
            : "(no valid url)";
        if (result.Outcome == ApiCallOutcome.Refused)
            log.LogWarning("executeAPI {Method} {Target} refused: {Reason}", r.Method, target, result.Message);
        else
            log.LogInformation("executeAPI {Method} {Target}: {Outcome} {Status}", r.Method, target, result.Outcome, result.StatusCode);
        return result;
    }

    private async Task<ApiCallResult> RunAsync(ApiCallRequest r, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var method = (r.Method ?? "").Trim().ToUpperInvariant();
        if (!Methods.Contains(method))
            return Refused($"method '{r.Method}' is not supported: use one of {string.Join(", ", Methods)}");
        var absolute = Uri.TryCreate((r.Url ?? "").Trim(), UriKind.Absolute, out var uri);
        // Checked first and never echoed: the user part is a credential.
        if (absolute && uri!.UserInfo.Length > 0)
            return Refused("the url carries credentials before the host: send them in a header instead");
        if (!absolute || uri!.Scheme is not ("http" or "https"))
            return Refused($"url '{r.Url}' is not an absolute http:// or https:// URL");
        if (HostProblem(o, uri) is { } hostProblem)
            return Refused(hostProblem);
        if (ApiHeaders.Parse(r.HeadersJson, out var headers) is { } headerProblem)
            return Refused(headerProblem);
        if (r.TimeoutSeconds < 1 || r.TimeoutSeconds > o.MaxTimeoutSeconds)
            return Refused($"timeout {r.TimeoutSeconds} s is outside 1..{o.MaxTimeoutSeconds} s ({ApiStepOptions.Section}:MaxTimeoutSeconds)");

        var call = $"{method} {uri}";
        // One deadline for the whole call: connecting, every redirect, and reading the body.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(r.TimeoutSeconds));
        try
        {
            return await SendAsync(call, method, uri, headers, r, o, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ApiCallResult(ApiCallOutcome.TimedOut, null, $"{call} timed out after {r.TimeoutSeconds} s", NoOutputs);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // Connection refused, DNS failure, connection dropped mid-body: the message names the cause, not the request.
            return new ApiCallResult(ApiCallOutcome.Failed, null, $"{call} failed: {e.Message}", NoOutputs);
        }
    }

    private async Task<ApiCallResult> SendAsync(
        string call, string method, Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers,
        ApiCallRequest r, ApiStepOptions o, CancellationToken ct)
    {
        var client = clients.CreateClient(ClientName);
        var (hopMethod, hopUri, hopBody) = (method, uri, string.IsNullOrEmpty(r.Body) ? null : r.Body);
        for (var redirects = 0; ; redirects++)
        {
            using var request = BuildRequest(hopMethod, hopUri, ApiRedirect.HeadersFor(headers, uri, hopUri), hopBody);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = response.StatusCode;
            var statusLine = StatusLine(call, hopMethod, hopUri, uri, response);

            if (ApiRedirect.IsRedirect(status) && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(hopUri, location);
                if (redirects == ApiRedirect.MaxRedirects)
                    return Failed(status, $"{statusLine}: more than {ApiRedirect.MaxRedirects} redirects");
                if (next.Scheme is not ("http" or "https") || (hopUri.Scheme == "https" && next.Scheme == "http"))
                    return Refused($"{statusLine}: redirect to {next} not followed (only http/https, never from https to http)", (int)status);
                if (HostProblem(o, next) is { } problem)
                    return Refused($"{statusLine}: redirect to {next} not followed: {problem}", (int)status);
                if (ApiRedirect.DropsBody(status, hopMethod))
                    (hopMethod, hopBody) = ("GET", null);
                hopUri = next;
                continue;
            }

            var body = await ResponseBody.ReadAsync(response.Content, o.MaxResponseBytes, ct);
            if (!response.IsSuccessStatusCode)
                return Failed(status, body.Text.Length == 0 ? statusLine : $"{statusLine}: {Preview(body.Text)}");
            return PickOutputs(statusLine, status, body, r.Outputs, o);
        }
    }

    private static ApiCallResult PickOutputs(
        string statusLine, HttpStatusCode status, ResponseBody body, IReadOnlyList<StepOutput> outputs, ApiStepOptions o)
    {
        var shown = body.Truncated
            ? $"{body.Text}\n… [cut at {o.MaxResponseBytes} bytes: {ApiStepOptions.Section}:MaxResponseBytes]"
            : body.Text;
        var message = shown.Length == 0 ? statusLine : $"{statusLine}\n{shown}";
        if (outputs.Count == 0)
            return new ApiCallResult(ApiCallOutcome.Succeeded, (int)status, message, NoOutputs);

        var first = outputs[0].Name;
        if (body.Truncated)
            return Failed(status, $"{statusLine}: output '{first}' cannot be selected: the response is larger than {o.MaxResponseBytes} bytes ({ApiStepOptions.Section}:MaxResponseBytes)");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.Text);
        }
        catch (JsonException)
        {
            return Failed(status, $"{statusLine}: output '{first}' cannot be selected: the response is not JSON: {Preview(body.Text)}");
        }

        using (doc)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var output in outputs)
            {
                if (!JsonSelector.TrySelect(doc.RootElement, output.Selector, out var value, out var error))
                    return Failed(status, $"{statusLine}: output '{output.Name}' ({output.Selector}) not found: {error}\n{Preview(body.Text)}");
                values[output.Name] = value;
            }
            return new ApiCallResult(ApiCallOutcome.Succeeded, (int)status, message, values);
        }
    }

    private static HttpRequestMessage BuildRequest(string method, Uri uri, IReadOnlyList<KeyValuePair<string, string>> headers, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (!headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }
        foreach (var (name, value) in headers)
        {
            // Request headers first; Content-* headers only fit the content, and are dropped when there is no body.
            if (!request.Headers.TryAddWithoutValidation(name, value))
                request.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    private static string? HostProblem(ApiStepOptions o, Uri uri) => AllowedHost.AnyAllows(o.AllowedHosts, uri)
        ? null
        : $"host {AllowedHost.Describe(uri)} is not allowed: add it to {ApiStepOptions.AllowedHostsKey}";

    /// <summary><c>GET http://h/x → 200 OK</c>; after redirects the final request is named too.</summary>
    private static string StatusLine(string call, string method, Uri uri, Uri first, HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var reason = string.IsNullOrEmpty(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;
        var via = uri == first ? "" : $" (redirected: {method} {uri})";
        return $"{call}{via} → {code} {reason}";
    }

    private static string Preview(string text) =>
        text.Length <= ErrorPreviewChars ? text : text[..ErrorPreviewChars] + "…";

    private static ApiCallResult Failed(HttpStatusCode status, string message) =>
        new(ApiCallOutcome.Failed, (int)status, message, NoOutputs);

    private static ApiCallResult Refused(string message, int? status = null) =>
        new(ApiCallOutcome.Refused, status, message, NoOutputs);
}
