using Drover.Domain.Tickets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Agents;

/// <summary>
/// Gives up on agents that stay away: <c>agent_lost_seconds</c> after a host's agent disconnects (or after the server
/// starts, for hosts with work and no agent), its running hosts end ABNORMAL with "agent lost" and the kills it was asked
/// for stop being awaited. An agent that comes back in time keeps its work; one that comes back later is told to stop it.
/// A host waiting within its <c>wait_agent_seconds</c> for its agent to take a dispatch is left to that wait
/// (<see cref="HostReports.LostAsync"/>): its ticket's writer ends it, from the stored dispatch time.
/// </summary>
public sealed class LostAgents(
    AgentSessions sessions,
    AgentRegistry registry,
    IAgentReports reports,
    IDbContextFactory<DroverDb> dbs,
    IOptions<AgentOptions> options,
    TimeProvider clock,
    ILogger<LostAgents> log) : IHostedService
{
    private readonly CancellationTokenSource stopping = new();
    private readonly HashSet<ITimer> timers = [];
    // Which disconnect of each host is the latest: only its timer may give up on the host.
    private readonly Dictionary<HostKey, long> latestDisconnect = [];
    private long disconnects;

    private TimeSpan Grace => TimeSpan.FromSeconds(options.Value.AgentLostSeconds);

    /// <summary>At start no agent is connected yet: every host with work gets the same grace to come back.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        var processing = InstanceStatus.Processing;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var hosts = await db.Instances.AsNoTracking()
            .Where(i => i.Status == processing || i.AwaitingKill)
            .Join(db.Tickets.AsNoTracking(), i => i.TicketId, t => t.Id, (i, t) => new { t.ProjectId, i.ResourceId, i.RegionId })
            .Distinct().ToListAsync(ct);
        foreach (var h in hosts) Disconnected(new HostKey(h.ProjectId, h.ResourceId, h.RegionId));
    }

    public Task StopAsync(CancellationToken ct)
    {
        stopping.Cancel();
        lock (timers)
        {
            foreach (var t in timers) t.Dispose();
            timers.Clear();
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Tickets taken over from a dead replica: hosts running there whose agent is not ONLINE anywhere were never seen
    /// leaving by this replica, so their grace starts now.
    /// </summary>
    public async Task WatchAsync(IReadOnlyCollection<long> ticketIds, CancellationToken ct)
    {
        if (ticketIds.Count == 0) return;
        var processing = InstanceStatus.Processing;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var hosts = await db.Instances.AsNoTracking()
            .Where(i => ticketIds.Contains(i.TicketId) && (i.Status == processing || i.AwaitingKill))
            .Join(db.Tickets.AsNoTracking(), i => i.TicketId, t => t.Id, (i, t) => new { t.ProjectId, i.ResourceId, i.RegionId })
            .Distinct().ToListAsync(ct);
        foreach (var h in hosts)
        {
            var host = new HostKey(h.ProjectId, h.ResourceId, h.RegionId);
            if (!sessions.IsConnected(host) && !await registry.IsOnlineElsewhereAsync(host, TimeSpan.FromSeconds(options.Value.AgentOfflineAfterSeconds), ct))
                Disconnected(host);
        }
    }

    /// <summary>The host's agent is gone: check again once the grace has passed.</summary>
    public void Disconnected(HostKey host)
    {
        long disconnect;
        lock (timers) latestDisconnect[host] = disconnect = ++disconnects;
        ITimer? timer = null;
        timer = clock.CreateTimer(_ =>
        {
            lock (timers)
            {
                if (timer is not null && timers.Remove(timer)) timer.Dispose();
            }
            _ = GiveUpAsync(host, disconnect);
        }, null, Grace, Timeout.InfiniteTimeSpan);
        lock (timers) timers.Add(timer);
    }

    private async Task GiveUpAsync(HostKey host, long disconnect)
    {
        if (sessions.IsConnected(host) || stopping.IsCancellationRequested) return;
        lock (timers)
        {
            // Away again since this timer was set: the timer of the latest disconnect decides. Told apart by number, not
            // by the clock: a timer fires by a coarse monotonic clock, often a few ms before GetUtcNow() says Grace has
            // passed, and a host whose only timer saw that was never given up.
            if (latestDisconnect.TryGetValue(host, out var latest) && latest != disconnect) return;
            latestDisconnect.Remove(host);
        }
        try
        {
            // Came back to another replica: it is not lost.
            if (await registry.IsOnlineElsewhereAsync(host, TimeSpan.FromSeconds(options.Value.AgentOfflineAfterSeconds), stopping.Token)) return;
            var n = await reports.LostAsync(host, stopping.Token);
            if (n > 0) log.LogWarning("Agent {Host} did not come back within {Grace}: {Count} of its tasks given up (agent lost)", host, Grace, n);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not give up on the tasks of lost agent {Host}", host);
        }
    }
}
