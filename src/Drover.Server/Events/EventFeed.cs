using Drover.Server.Storage;
using Microsoft.Extensions.Options;

namespace Drover.Server.Events;

/// <summary>
/// Follows a ticket's or an execution's change events as they commit: reads those after the last sent, sends them in
/// version order, and waits a poll interval when there are none. Reading the database, not a replica's memory, is what
/// lets any replica serve any stream, and a reconnect resume at the exact version it left.
/// </summary>
public sealed class EventFeed(IOptions<EventStreamOptions> options, TimeProvider clock, Monitoring.DroverMetrics metrics)
{
    private const int Page = 500;

    public TimeProvider Clock => clock;

    /// <summary>Counts a stream as open (<c>drover_event_streams_open</c>) until disposed.</summary>
    public IDisposable Track()
    {
        metrics.EventStreams.Inc();
        return new Open(metrics);
    }

    private sealed class Open(Monitoring.DroverMetrics metrics) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) metrics.EventStreams.Dec();
        }
    }

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    public TimeSpan KeepAlive => TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);

    /// <summary>
    /// Where a stream starts: after the version the client sent (<c>Last-Event-ID</c>), or null for a snapshot first.
    /// A version past <paramref name="writeVersion"/> is refused; one from before events were kept (a database upgraded
    /// from an older Drover has none for its earlier versions) starts over with a snapshot.
    /// </summary>
    public static async Task<long?> ResumeAfterAsync(HttpRequest request, DroverDb db, ChangeSubject subject, long subjectId, long writeVersion,
        string what, CancellationToken ct)
    {
        var resume = ServerSentEvents.LastEventId(request, $"a version of the {what}");
        if (resume > writeVersion)
            throw Http.CocError.Invalid("Last-Event-ID", $"{resume} is past the last event of this {what} ({writeVersion})");
        if (resume is { } r && r < writeVersion && !await ChangeEvents.ExistsAsync(db, subject, subjectId, r + 1, ct)) return null;
        return resume;
    }

    /// <summary>Sends each event after <paramref name="version"/> until <paramref name="ended"/> is true once caught up.</summary>
    public async Task FollowAsync(ServerSentEvents sse, DroverDb db, ChangeSubject subject, long subjectId, long version,
        Func<ChangeEventRow, CancellationToken, Task> send, Func<bool> ended, CancellationToken ct)
    {
        while (true)
        {
            var page = await ChangeEvents.AfterAsync(db, subject, subjectId, version, Page, ct);
            foreach (var e in page)
            {
                await send(e, ct);
                version = e.Version;
            }
            if (page.Count == Page) continue;
            if (ended()) return;
            await sse.KeepAliveAsync(KeepAlive, ct);
            await Task.Delay(PollInterval, clock, ct);
        }
    }
}
