namespace Drover.Server.Agents;

/// <summary>
/// This server's own pauses: times it could not run for seconds (starved of CPU, a long GC, its VM frozen). While paused
/// it reads no stream, so every agent looks silent, and the first lease check after it would close them all. The silence
/// is the server's, as after a restart (<see cref="AgentRegistry.ReconnectGraceAsync"/>): leases count from a pause's end.
/// Seen on a 2-core machine running a thousand tasks of simulated hosts at once: the server's timers ran 16 s late, it
/// closed healthy streams by the thousand, and a ticket found two of their hosts OFFLINE.
/// </summary>
public sealed class ServerPauses(TimeProvider clock, ILogger<ServerPauses> log) : BackgroundService
{
    /// <summary>How often the pulse ticks.</summary>
    public static readonly TimeSpan Pulse = TimeSpan.FromSeconds(1);

    /// <summary>A tick this much later than due is a pause; shorter delays are a busy thread pool's ordinary jitter.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(5);

    private long lastEndedMs = long.MinValue;
    private long lastTickMs = clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>When the pulse last ticked: the server was running then.</summary>
    public DateTimeOffset LastPulse => DateTimeOffset.FromUnixTimeMilliseconds(Volatile.Read(ref lastTickMs));

    /// <summary>When the latest pause ended; null if there was none since the server started.</summary>
    public DateTimeOffset? LastEnded => Volatile.Read(ref lastEndedMs) is var ms && ms == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>
    /// When a silence that ends now began to count: the latest of <paramref name="heard"/> and the end of this server's
    /// latest pause. A pulse overdue now is a pause ending now: after a pause, whichever timer runs first must see it.
    /// </summary>
    public DateTimeOffset SilentSince(DateTimeOffset heard)
    {
        var now = clock.GetUtcNow();
        if (now - LastPulse > Pulse + Threshold) Ended(now);
        return LastEnded is { } ended && ended > heard ? ended : heard;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Pulse, clock);
        Volatile.Write(ref lastTickMs, clock.GetUtcNow().ToUnixTimeMilliseconds());
        while (await timer.WaitForNextTickAsync(ct))
        {
            var now = clock.GetUtcNow();
            var late = now - LastPulse - Pulse;
            if (late >= Threshold)
            {
                Ended(now);
                log.LogWarning("The server did not run for {Late:0.0} s (starved of CPU, or paused): agents' silence counts from now, not from their last message",
                    late.TotalSeconds);
            }
            Volatile.Write(ref lastTickMs, now.ToUnixTimeMilliseconds());
        }
    }

    private void Ended(DateTimeOffset at)
    {
        var ms = at.ToUnixTimeMilliseconds();
        long seen;
        while ((seen = Volatile.Read(ref lastEndedMs)) < ms && Interlocked.CompareExchange(ref lastEndedMs, ms, seen) != seen)
        {
        }
    }
}
