using System.Text;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Support;

/// <summary>One Server-Sent Event as a client receives it.</summary>
public sealed record ServerEvent(string? Id, string Type, JsonNode Data)
{
    public long Version => long.Parse(Id!, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads a <c>text/event-stream</c> answer as a browser's EventSource does (fields, blank-line frames, comments), from a
/// real HTTP connection to the server.
/// </summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStreamReader(HttpResponseMessage response, Stream body)
    {
        this.response = response;
        reader = new StreamReader(body, Encoding.UTF8);
    }

    /// <summary>Keep-alive comments seen so far.</summary>
    public int Comments { get; private set; }

    public static async Task<EventStreamReader> OpenAsync(HttpClient http, string path, string? lastEventId = null, string? project = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        if (project is not null) request.Headers.Add("x-project-id", project);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if ((int)response.StatusCode != 200)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event, or null when the server closed the stream.</summary>
    public async Task<ServerEvent?> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        string? id = null, type = null;
        var data = new StringBuilder();
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no event within {timeout}");
            }
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (type is null && data.Length == 0) continue; // a frame of only a retry field or comments
                return new ServerEvent(id, type ?? "message", JsonNode.Parse(data.ToString())!);
            }
            if (line.StartsWith(':'))
            {
                Comments++;
                continue;
            }
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
    }

    /// <summary>Every event up to the server closing the stream.</summary>
    public async Task<List<ServerEvent>> ToEndAsync(TimeSpan timeout)
    {
        var all = new List<ServerEvent>();
        var deadline = DateTime.UtcNow + timeout;
        while (await NextAsync(deadline - DateTime.UtcNow) is { } e) all.Add(e);
        return all;
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
