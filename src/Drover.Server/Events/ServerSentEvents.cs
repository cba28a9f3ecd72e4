using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Drover.Server.Events;

/// <summary>
/// Writes a <c>text/event-stream</c> answer (the WHATWG Server-Sent Events format): one frame per event, flushed at
/// once, and a comment line as a keep-alive so proxies and load balancers do not close a quiet stream.
/// </summary>
public sealed class ServerSentEvents
{
    private static readonly JsonSerializerOptions Json = Http.CocJson.Options;
    private readonly HttpResponse response;
    private DateTimeOffset lastWrite;
    private readonly TimeProvider clock;

    private ServerSentEvents(HttpResponse response, TimeProvider clock)
    {
        this.response = response;
        this.clock = clock;
        lastWrite = clock.GetUtcNow();
    }

    /// <summary>Starts the answer: 200, the event-stream type, no caching, no buffering by a proxy.</summary>
    public static async Task<ServerSentEvents> StartAsync(HttpContext ctx, TimeProvider clock)
    {
        var r = ctx.Response;
        r.StatusCode = StatusCodes.Status200OK;
        r.ContentType = "text/event-stream; charset=utf-8";
        r.Headers.CacheControl = "no-cache, no-store";
        r.Headers["X-Accel-Buffering"] = "no";
        // A client that reconnects waits this long first (the EventSource default is 3 s).
        await r.WriteAsync("retry: 1000\n\n", ctx.RequestAborted);
        await r.Body.FlushAsync(ctx.RequestAborted);
        return new ServerSentEvents(r, clock);
    }

    public async Task SendAsync<T>(string type, string? id, T data, CancellationToken ct)
    {
        var frame = new StringBuilder();
        if (id is not null) frame.Append("id: ").Append(id).Append('\n');
        frame.Append("event: ").Append(type).Append('\n');
        // Serialized JSON has no raw newline, so the data is one line.
        frame.Append("data: ").Append(JsonSerializer.Serialize(data, Json)).Append("\n\n");
        await WriteAsync(frame.ToString(), ct);
    }

    /// <summary>A comment line when nothing was sent for <paramref name="every"/>.</summary>
    public async Task KeepAliveAsync(TimeSpan every, CancellationToken ct)
    {
        if (clock.GetUtcNow() - lastWrite >= every) await WriteAsync(": keep-alive\n\n", ct);
    }

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await response.WriteAsync(text, ct);
        await response.Body.FlushAsync(ct);
        lastWrite = clock.GetUtcNow();
    }

    /// <summary>The position a reconnecting client sent (<c>Last-Event-ID</c>, or <c>last_event_id</c> in the query for
    /// clients that cannot set headers); null when it sent none.</summary>
    public static long? LastEventId(HttpRequest r, string what)
    {
        var raw = r.Headers["Last-Event-ID"].ToString();
        var field = "Last-Event-ID";
        if (raw.Length == 0 && r.Query.TryGetValue("last_event_id", out var q))
        {
            raw = q.ToString();
            field = "last_event_id";
        }
        if (raw.Length == 0) return null;
        return long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Http.CocError.Invalid(field, $"must be the id of an event of this stream ({what}): a non-negative integer");
    }
}
