using System.Collections.Concurrent;
using Drover.Domain.Tickets;
using Drover.Protocol;
using Drover.Server.Agents;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Tickets.Engine;

/// <summary>
/// What agents tell the engine: a task started, a task ended, an agent (re)connected. Each report is routed to the
/// grain of the ticket its dispatch id names, and accepted only from the host that instance targets.
/// </summary>
public sealed class HostReports(TicketEngine engine, IDbContextFactory<DroverDb> dbs, AgentSessions agents, ILogger<HostReports> log) : IAgentReports
{
    private readonly ConcurrentDictionary<string, long> ticketIds = new(StringComparer.Ordinal);

    public async Task<HostAttempt?> AttemptOfAsync(HostKey host, string dispatchId, CancellationToken ct)
    {
        if (!DispatchRef.TryParse(dispatchId, out var d)) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var mine = await db.Instances.AsNoTracking()
            .Where(i => i.Id == d.InstanceId && i.ResourceId == host.ResourceId && i.RegionId == host.RegionId)
            .Join(db.Tickets.Where(t => t.ExecuteUuid == d.ExecuteUuid && t.ProjectId == host.ProjectId), i => i.TicketId, t => t.Id, (i, t) => i.Id)
            .AnyAsync(ct);
        return mine ? new HostAttempt(d.InstanceId, d.Attempt) : null;
    }

    public async Task StartedAsync(HostKey from, TaskAccepted accepted, CancellationToken ct)
    {
        if (!DispatchRef.TryParse(accepted.DispatchId, out var d)) return;
        if (await TicketIdAsync(from.ProjectId, d.ExecuteUuid, ct) is not { } ticketId) return;
        await Report(from, ticketId, new TicketEvent.HostStarted(d.InstanceId, accepted.DispatchId, accepted.StartedAtMs));
    }

    /// <summary>
    /// Applies a result; true once it is durably handled: applied, recognised as late (and audited), or written for the
    /// replica that advances its ticket.
    /// </summary>
    public async Task<bool> EndedAsync(HostKey from, TaskResult result, CancellationToken ct)
    {
        if (!DispatchRef.TryParse(result.DispatchId, out var d))
        {
            log.LogWarning("Host {Host} reported a result for malformed dispatch id {DispatchId}", from, result.DispatchId);
            return true;
        }
        if (await TicketIdAsync(from.ProjectId, d.ExecuteUuid, ct) is not { } ticketId) return true;
        var (succeeded, note) = Outcome(result);
        await Report(from, ticketId, new TicketEvent.HostEnded(d.InstanceId, result.DispatchId, succeeded, ExitCodeOf(result), note));
        return true;
    }

    /// <summary>
    /// An agent connected: send what it should be running and does not have (a dispatch committed while it was away),
    /// and tell it to stop what the server no longer wants. What it already has open it runs or reports on its own, so a
    /// reconnection storm after a restart loads no ticket.
    /// </summary>
    /// <param name="openDispatchIds">What the agent says it has open; null when unknown (the host's grain was loaded again
    /// while its stream lived on): then every live dispatch is sent (the agent's journal drops those it has) and nothing
    /// is killed.</param>
    public async Task ConnectedAsync(HostKey host, IReadOnlyCollection<string>? openDispatchIds, CancellationToken ct)
    {
        var processing = InstanceStatus.Processing;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var live = await db.Instances.AsNoTracking()
            .Where(i => i.ResourceId == host.ResourceId && i.RegionId == host.RegionId && i.Status == processing && i.DispatchId != null)
            .Join(db.Tickets.AsNoTracking().Where(t => t.ProjectId == host.ProjectId), i => i.TicketId, t => t.Id, (i, t) => new { i.DispatchId, t.Id })
            .ToListAsync(ct);
        var open = (openDispatchIds ?? []).ToHashSet(StringComparer.Ordinal);
        // Whether each is still the host's live attempt is for its ticket's writer to say, and the writer sends it.
        foreach (var l in live.Where(l => !open.Contains(l.DispatchId!)))
        {
            try
            {
                await engine.RedeliverAsync(l.Id, host, l.DispatchId!);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not reachable now: the writer sends it when it is loaded again (its load redelivers what never started).
                log.LogInformation("Ticket {Ticket}: dispatch {DispatchId} not redelivered to {Host} now ({Error})", l.Id, l.DispatchId, host, e.Message);
            }
        }
        if (openDispatchIds is null) return;
        var liveIds = live.Select(l => l.DispatchId!).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in open.Where(id => !liveIds.Contains(id)))
            agents.TrySend(host, new ServerMessage { Kill = new KillTask { DispatchId = stale, Reason = "the server no longer runs this task" } });
    }

    /// <summary>
    /// The host's agent is lost: every attempt still running there ends ABNORMAL ("agent lost"), and kills awaiting its
    /// confirmation are released. Hosts waiting for it within their <c>wait_agent_seconds</c> are left to that wait. Reported as if from the host, so each ticket's grain applies it like a result.
    /// </summary>
    public async Task<int> LostAsync(HostKey host, CancellationToken ct)
    {
        var processing = InstanceStatus.Processing;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var open = await db.Instances.AsNoTracking()
            .Where(i => i.ResourceId == host.ResourceId && i.RegionId == host.RegionId && i.DispatchId != null && (i.Status == processing || i.AwaitingKill))
            .Join(db.Tickets.AsNoTracking().Where(t => t.ProjectId == host.ProjectId), i => i.TicketId, t => t.Id, (i, t) => new { i, t })
            // A host still waiting for its agent to take its dispatch (never reported started) with wait_agent_seconds
            // is not running there: its own wait decides ("agent offline"), kept by its ticket's writer across restarts.
            .Where(x => x.i.StartedAt != null || x.i.AwaitingKill || x.t.WaitAgentSeconds == 0)
            .Select(x => new { TicketId = x.t.Id, x.i.Id, x.i.DispatchId })
            .ToListAsync(ct);
        foreach (var i in open)
            await Report(host, i.TicketId, new TicketEvent.HostEnded(i.Id, i.DispatchId!, false, null, "agent lost"));
        return open.Count;
    }

    /// <summary>
    /// Hands the report to the ticket's writer. While the server that held the writer is dying (not yet declared dead,
    /// within <c>DeathSeconds</c>) the writer cannot be reached: the report is tried again until it can, so the agent's
    /// stream (and every other report on it) waits rather than fails.
    /// </summary>
    private async Task<bool> Report(HostKey from, long ticketId, TicketEvent e)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await engine.ReportAsync(ticketId, from, e);
            }
            catch (Exception x) when (attempt < 30 && x is TimeoutException or Orleans.Runtime.SiloUnavailableException
                                          or Orleans.Runtime.OrleansMessageRejectionException)
            {
                log.LogInformation("Ticket {Ticket}: its writer is not reachable yet ({Error}); the report from {Host} waits", ticketId, x.Message, from);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private async Task<long?> TicketIdAsync(string projectId, string executeUuid, CancellationToken ct)
    {
        var key = projectId + "/" + executeUuid;
        if (ticketIds.TryGetValue(key, out var id)) return id;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var found = await db.Tickets.AsNoTracking().Where(t => t.ExecuteUuid == executeUuid && t.ProjectId == projectId)
            .Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
        if (found is { } f) ticketIds[key] = f;
        return found;
    }

    private static int? ExitCodeOf(TaskResult r) => r.Outcome is TaskOutcome.Exited or TaskOutcome.TimedOut or TaskOutcome.Killed ? r.ExitCode : null;

    private static (bool Succeeded, string? Note) Outcome(TaskResult r) => r.Outcome switch
    {
        TaskOutcome.Exited when r.ExitCode == 0 => (true, NonEmpty(r.Message)),
        TaskOutcome.Exited => (false, NonEmpty(r.Message) ?? $"exited with code {r.ExitCode}"),
        TaskOutcome.TimedOut => (false, NonEmpty(r.Message) ?? "timed out"),
        TaskOutcome.Killed => (false, NonEmpty(r.Message) ?? "killed"),
        TaskOutcome.Refused => (false, NonEmpty(r.Message) ?? "refused by the agent"),
        TaskOutcome.Lost => (false, NonEmpty(r.Message) ?? "the agent lost this task"),
        _ => (false, $"unknown outcome {r.Outcome}"),
    };

    private static string? NonEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
