using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Drover.Cli.Api;

/// <summary>One Server-Sent Event from the server: its id (a version, or a byte offset), type and JSON data.</summary>
internal sealed record ServerEvent(string? Id, string Type, JsonElement Data);

/// <summary>
/// A Server-Sent Events answer read frame by frame (fields, blank-line frames, comment keep-alives), as a browser's
/// EventSource reads it. <see cref="NextAsync"/> answers null when the server closed the stream.
/// </summary>
internal sealed class ServerEventStream(HttpResponseMessage response, Stream body) : IDisposable
{
    private readonly StreamReader reader = new(body, Encoding.UTF8);

    public async Task<ServerEvent?> NextAsync(CancellationToken ct)
    {
        string? id = null, type = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is null && data.Length == 0) continue;
                using var doc = JsonDocument.Parse(data.Length == 0 ? "null" : data.ToString());
                return new ServerEvent(id, type ?? "message", doc.RootElement.Clone());
            }
            if (line[0] == ':') continue;
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "event": type = value; break;
                case "data": data.Append(value); break;
            }
        }
        return null;
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}

internal sealed partial class DroverClient
{
    public Task<ServerEventStream> TicketEventsAsync(string executeUuid, string? lastEventId, CancellationToken ct) =>
        OpenEventsAsync($"v1/job/script/orders/{Segment(executeUuid)}/events", lastEventId, ct);

    public Task<ServerEventStream> ExecutionEventsAsync(string executionId, string? lastEventId, CancellationToken ct) =>
        OpenEventsAsync($"v1/executions/{Segment(executionId)}/events", lastEventId, ct);

    public Task<ServerEventStream> OutputEventsAsync(string executeUuid, long instanceId, int? attempt, string? lastEventId, CancellationToken ct) =>
        OpenEventsAsync(Query($"v1/job/script/orders/{Segment(executeUuid)}/instances/{instanceId}/output/events", ("attempt", attempt?.ToString())),
            lastEventId, ct);

    /// <summary>One attempt's whole output as text (the host's latest attempt unless <paramref name="attempt"/>).</summary>
    public async Task<string> GetOutputAsync(string executeUuid, long instanceId, int? attempt, CancellationToken ct)
    {
        var path = Query($"v1/job/script/orders/{Segment(executeUuid)}/instances/{instanceId}/output", ("attempt", attempt?.ToString()));
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        using var response = await SendStreamingAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    private async Task<ServerEventStream> OpenEventsAsync(string path, string? lastEventId, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId);
        var response = await SendStreamingAsync(request, ct);
        return new ServerEventStream(response, await response.Content.ReadAsStreamAsync(ct));
    }

    /// <summary>Sends a request whose answer is read as it comes (a stream, a download); throws as the other calls do.</summary>
    private async Task<HttpResponseMessage> SendStreamingAsync(HttpRequestMessage request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            throw new ServerUnreachableException(Server, Reason(e), e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new ServerUnreachableException(Server, $"no answer within {http.Timeout.TotalSeconds:0} s", e);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response) throw Failure(response, await response.Content.ReadAsStringAsync(ct));
    }
}
