using System.Collections.Concurrent;
using System.Globalization;
using Drover.Server.Hosting;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Replicas;

/// <summary>
/// Work for a ticket or execution advanced by another replica goes through the database: it is written to
/// <c>forwarded_work</c> (durable before anyone acts on it), the replicas are woken, and the lease holder (or anyone,
/// if no replica holds the lease any more) takes it, applies it through its runner and writes the reply for the replica
/// that waits. A replica that dies holding a row leaves it to be taken again; the domain treats repeats as no-ops.
/// </summary>
public sealed class Forwarding(
    IDbContextFactory<DroverDb> dbs, ReplicaBus bus, Replica me, TimeProvider clock, IOptions<ServerOptions> options, ILogger<Forwarding> log)
    : BackgroundService
{
    /// <summary>How long a caller waits for the lease holder's answer.</summary>
    private readonly TimeSpan replyTimeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.ForwardReplySeconds));
    private static readonly TimeSpan RetakeAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Func<long, string, Task<string?>>> handlers = [];
    private readonly ConcurrentDictionary<long, TaskCompletionSource<string?>> waiting = new();
    private readonly SemaphoreSlim pumping = new(1, 1);
    private int pumpAgain;

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Says how this replica applies forwarded work of a kind; the handler answers the reply (null: none).</summary>
    public void Handle(string kind, Func<long, string, Task<string?>> apply)
    {
        lock (handlers) handlers[kind] = apply;
    }

    /// <summary>Hands work to whichever replica advances the target; with <paramref name="awaitReply"/>, returns its answer.</summary>
    public async Task<string?> SendAsync(string kind, long targetId, string payload, bool awaitReply, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = new ForwardedWorkRow { Kind = kind, TargetId = targetId, Payload = payload, CreatedAt = Now };
        db.ForwardedWork.Add(row);
        await db.SaveChangesAsync(ct);
        TaskCompletionSource<string?>? reply = null;
        if (awaitReply)
        {
            reply = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting[row.Id] = reply;
        }
        await bus.NotifyAsync(ReplicaBus.Work, $"{kind}:{targetId}", ct);
        if (reply is null) return null;
        try
        {
            return Answer(await reply.Task.WaitAsync(replyTimeout, clock, ct));
        }
        catch (TimeoutException)
        {
            log.LogWarning("Forwarded {Kind} work for {Target} (row {Id}) got no answer within {Seconds} s; it stays queued",
                kind, targetId, row.Id, replyTimeout.TotalSeconds);
            throw new ForwardedWorkUnanswered(kind, replyTimeout);
        }
        finally
        {
            waiting.TryRemove(row.Id, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bus.Notified += OnNotified;
        bus.Listening += OnListening;
        try
        {
            using var timer = new PeriodicTimer(Sweep, clock);
            var rounds = 0;
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CollectRepliesAsync(stoppingToken);
                    await PumpAsync(stoppingToken);
                    if (++rounds % 600 == 0) await ForgetOldAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning("Forwarded work sweep failed: {Error}", e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            bus.Notified -= OnNotified;
            bus.Listening -= OnListening;
        }
    }

    private void OnListening() => _ = PumpSafelyAsync();

    private void OnNotified(string channel, string payload)
    {
        if (channel == ReplicaBus.Work) _ = PumpSafelyAsync();
        else if (channel == ReplicaBus.Reply && long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                 && waiting.ContainsKey(id))
            _ = CollectRepliesAsync(CancellationToken.None, id);
    }

    private async Task PumpSafelyAsync()
    {
        try
        {
            await PumpAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogWarning("Could not take forwarded work: {Error}", e.Message);
        }
    }

    /// <summary>Takes the forwarded work this replica may apply, in order, and starts applying it.</summary>
    private async Task PumpAsync(CancellationToken ct)
    {
        Interlocked.Exchange(ref pumpAgain, 1);
        if (!await pumping.WaitAsync(0, ct)) return;
        try
        {
            while (Interlocked.Exchange(ref pumpAgain, 0) == 1)
            {
                await using var db = await dbs.CreateDbContextAsync(ct);
                var now = Now;
                var retake = now - (long)RetakeAfter.TotalMilliseconds;
                var rows = await db.ForwardedWork.AsNoTracking()
                    .Where(w => !w.Done && (w.TakenBy == null || w.TakenAt < retake)).OrderBy(w => w.Id).Take(200).ToListAsync(ct);
                if (rows.Count == 0) continue;
                var targets = rows.Select(r => r.TargetId).Distinct().ToList();
                var holders = await db.Leases.AsNoTracking().Where(l => targets.Contains(l.TargetId) && l.ExpiresAt >= now)
                    .ToListAsync(ct);
                foreach (var row in rows)
                {
                    var holder = holders.FirstOrDefault(l => l.Kind == row.Kind && l.TargetId == row.TargetId)?.Owner;
                    if (holder is not null && holder != me.Name) continue;
                    Func<long, string, Task<string?>>? apply;
                    lock (handlers) handlers.TryGetValue(row.Kind, out apply);
                    if (apply is null) continue;
                    var taken = await db.ForwardedWork.Where(w => w.Id == row.Id && !w.Done && (w.TakenBy == null || w.TakenAt < retake))
                        .ExecuteUpdateAsync(s => s.SetProperty(w => w.TakenBy, me.Name).SetProperty(w => w.TakenAt, now), ct);
                    if (taken == 1) _ = ApplyAsync(row, apply);
                }
            }
        }
        finally
        {
            pumping.Release();
        }
    }

    private async Task ApplyAsync(ForwardedWorkRow row, Func<long, string, Task<string?>> apply)
    {
        string? reply;
        try
        {
            reply = await apply(row.TargetId, row.Payload);
        }
        catch (Exception e)
        {
            log.LogError(e, "Forwarded {Kind} work for {Target} failed", row.Kind, row.TargetId);
            reply = Failure + e.Message;
        }
        try
        {
            await using var db = await dbs.CreateDbContextAsync();
            await db.ForwardedWork.Where(w => w.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Done, true).SetProperty(w => w.Reply, reply));
            await bus.NotifyAsync(ReplicaBus.Reply, row.Id.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not record the reply to forwarded work {Id}", row.Id);
        }
    }

    private const string Failure = "!failed: ";

    private static string? Answer(string? reply) =>
        reply is not null && reply.StartsWith(Failure, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"the replica advancing it failed: {reply[Failure.Length..]}")
            : reply;

    private async Task CollectRepliesAsync(CancellationToken ct, long? only = null)
    {
        var ids = only is { } one ? [one] : waiting.Keys.ToList();
        if (ids.Count == 0) return;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var done = await db.ForwardedWork.AsNoTracking().Where(w => ids.Contains(w.Id) && w.Done).Select(w => new { w.Id, w.Reply }).ToListAsync(ct);
        foreach (var d in done)
            if (waiting.TryGetValue(d.Id, out var tcs)) tcs.TrySetResult(d.Reply);
    }

    private async Task ForgetOldAsync(CancellationToken ct)
    {
        var before = Now - (long)TimeSpan.FromHours(1).TotalMilliseconds;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.ForwardedWork.Where(w => w.Done && w.CreatedAt < before).ExecuteDeleteAsync(ct);
    }
}
