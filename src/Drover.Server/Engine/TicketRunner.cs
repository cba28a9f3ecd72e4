using Drover.Domain.Tickets;
using Drover.Protocol;
using Drover.Server.Engine.Serial;
using Drover.Server.Replicas;
using Drover.Server.Storage;

namespace Drover.Server.Engine;

/// <summary>
/// The single writer of one ticket: loads it, then for each piece of work applies the domain transition, commits it,
/// and only then carries out its effects (dispatch, kill). A crash between commit and effect leaves a state that
/// recovery completes: PROCESSING hosts are re-dispatched and the agent's journal drops duplicates.
/// </summary>
internal sealed class TicketRunner(long ticketId, TicketEngine engine)
    : SerialRunner<TicketWork>(ticketId, Lease.Ticket, engine.Leases, engine.Runners, engine.Log, engine.Stopping)
{
    private TicketContext? context;
    private Ticket? ticket;
    /// <summary>The result deadline of each started host's live dispatch (<see cref="TicketWork.ResultDeadline"/>).</summary>
    private readonly Dictionary<string, ITimer> resultDeadlines = new(StringComparer.Ordinal);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await engine.Store.LoadAsync(Id, ct);
        if (loaded is null) return false;
        (context, ticket) = loaded.Value;
        foreach (var inst in ticket.Instances)
            if (inst is { Status: InstanceStatus.Processing, StartedAtMs: null, DispatchId: { } dispatchId })
                Enqueue(new TicketWork.Redeliver(inst.Id, dispatchId));
        // Deadlines live in timers, rebuilt from the state: a restart (or a takeover) loses none. The start time is the
        // agent's clock: the grace is given in full from now at least (a server that was down could hear no result), and
        // no more than a start now would get (an agent clock far ahead must not put the deadline out of reach).
        var now = engine.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var inst in ticket.Instances)
            if (inst is { Status: InstanceStatus.Processing, StartedAtMs: { } started, DispatchId: { } dispatchId })
            {
                var left = Math.Clamp(started - now + (long)ResultWait.TotalMilliseconds, (long)engine.ResultGrace.TotalMilliseconds,
                    (long)ResultWait.TotalMilliseconds);
                SetResultDeadline(inst.Id, dispatchId, TimeSpan.FromMilliseconds(left));
            }
        return true;
    }

    /// <summary>Nothing in flight: no host running, nothing about to start, no kill awaiting its confirmation.</summary>
    protected override bool IsQuiet() =>
        ticket is not null && ticket.Status is not (TicketStatus.Processing or TicketStatus.Ready)
        && !ticket.Instances.Any(i => i.Status == InstanceStatus.Processing || i.AwaitingKill) && !HasTimers;

    protected override void Fail(TicketWork work, Exception why)
    {
        switch (work)
        {
            case TicketWork.Apply a: a.Reply?.TrySetException(why); break;
            case TicketWork.HostReport r: r.Reply?.TrySetException(why); break;
            case TicketWork.DeliveryDeadline or TicketWork.Redeliver or TicketWork.ResultDeadline: break;
        }
    }

    protected override void HandOff(TicketWork work) => engine.HandOff(Id, work);

    protected override async Task ProcessAsync(TicketWork work)
    {
        switch (work)
        {
            case TicketWork.Apply a:
                try
                {
                    var decision = await ApplyAsync(a.Event, a.Audit);
                    a.Reply?.TrySetResult(decision is TicketDecision.Refused refused ? refused.Refusal : null);
                }
                catch (Exception e) when (e is not LeaseLostException)
                {
                    if (a.Reply is null) throw;
                    a.Reply.TrySetException(e);
                }
                break;
            case TicketWork.HostReport r:
                try
                {
                    var applied = await ApplyHostReportAsync(r);
                    r.Reply?.TrySetResult(applied);
                }
                catch (Exception e) when (e is not LeaseLostException)
                {
                    if (r.Reply is null) throw;
                    r.Reply.TrySetException(e);
                }
                break;
            case TicketWork.Redeliver r:
                if (ticket!.FindInstance(r.InstanceId) is { Status: InstanceStatus.Processing, StartedAtMs: null } i && i.DispatchId == r.DispatchId)
                    await CarryOutAsync(new TicketEffect.Dispatch(r.InstanceId, r.DispatchId));
                break;
            case TicketWork.DeliveryDeadline d:
                var inst = ticket!.FindInstance(d.InstanceId);
                if (inst is { Status: InstanceStatus.Processing, StartedAtMs: null } && inst.DispatchId == d.DispatchId)
                    await ApplyAsync(new TicketEvent.HostEnded(d.InstanceId, d.DispatchId, false, null, "agent offline"), null);
                break;
            case TicketWork.ResultDeadline r:
                await ResultDeadlineAsync(r);
                break;
        }
    }

    private async Task<bool> ApplyHostReportAsync(TicketWork.HostReport r)
    {
        var instanceId = r.Event switch
        {
            TicketEvent.HostStarted s => s.InstanceId,
            TicketEvent.HostEnded h => h.InstanceId,
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Event, "not a host report"),
        };
        // An agent reports only for its own host.
        if (!context!.Hosts.TryGetValue(instanceId, out var host) || host != r.From)
        {
            engine.Log.LogWarning("Host {Host} reported on instance {InstanceId} of ticket {Ticket}, which it does not run; ignored",
                r.From, instanceId, context.ExecuteUuid);
            return false;
        }
        // Applied means it moved a running host; a kill confirmation or a stale result is late news, recorded and ignored.
        var wasRunning = ticket!.FindInstance(instanceId)?.Status == InstanceStatus.Processing;
        var decision = await ApplyAsync(r.Event, null);
        var applied = wasRunning && decision is TicketDecision.Accepted { Changed: true };
        if (!applied && r.Event is TicketEvent.HostEnded e)
        {
            // semantics §2: a result for an instance already closed is recorded in the audit log, and changes nothing.
            var outcome = e.Succeeded ? "succeeded" : e.Note ?? "failed";
            await engine.Store.AppendAuditAsync([engine.Audit.Entry(r.From.ProjectId, Audit.AuditActor.Agent(r.From.ResourceId, null), "instance.late_result",
                e.DispatchId, null, $"{outcome} (exit {e.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): " +
                "result for an attempt that was no longer running; ignored")], CancellationToken.None);
        }
        return applied;
    }

    private async Task<TicketDecision> ApplyAsync(TicketEvent e, AuditRow? audit)
    {
        var before = ticket!;
        var decision = TicketMachine.Apply(before, e, engine.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (decision is not TicketDecision.Accepted accepted) return decision;
        IReadOnlyList<AuditRow> entries = audit is null ? [] : [audit];
        if (accepted.Changed)
        {
            await engine.Store.SaveAsync(Lease, before, accepted.Ticket, entries, CancellationToken.None);
            ticket = accepted.Ticket;
            Committed();
            FollowResultDeadlines(before);
            if (context!.ExecutionStepRowId is { } stepRowId) engine.RaiseStepTicketChanged(stepRowId);
        }
        else
        {
            await engine.Store.AppendAuditAsync(entries, CancellationToken.None);
        }
        foreach (var effect in accepted.Effects) await CarryOutAsync(effect);
        return decision;
    }

    /// <summary>How long a started host has for its result: its timeout, then the grace for the agent to kill and report.</summary>
    private TimeSpan ResultWait => TimeSpan.FromSeconds(context!.TimeoutSeconds) + engine.ResultGrace;

    /// <summary>After a commit: a host that just started gets its result deadline; one that ended no longer needs it.</summary>
    private void FollowResultDeadlines(Ticket before)
    {
        // Instances keep their places (ordered by id), and a commit replaces only those it changed.
        var (was, now) = (before.Instances, ticket!.Instances);
        for (var k = 0; k < now.Length; k++)
        {
            var (prev, inst) = (k < was.Length ? was[k] : null, now[k]);
            if (ReferenceEquals(prev, inst)) continue;
            var prevLive = prev is { Status: InstanceStatus.Processing, StartedAtMs: not null } ? prev.DispatchId : null;
            var live = inst is { Status: InstanceStatus.Processing, StartedAtMs: not null } ? inst.DispatchId : null;
            if (prevLive == live) continue;
            if (prevLive is not null && resultDeadlines.Remove(prevLive, out var done)) Cancel(done);
            if (live is not null) SetResultDeadline(inst.Id, live, ResultWait);
        }
    }

    private void SetResultDeadline(long instanceId, string dispatchId, TimeSpan due)
    {
        if (resultDeadlines.Remove(dispatchId, out var old)) Cancel(old);
        resultDeadlines[dispatchId] = After(due, new TicketWork.ResultDeadline(instanceId, dispatchId), engine.Clock);
    }

    /// <summary>
    /// The agent accepted the task and then never reported its end, though the script's timeout and the grace are over
    /// (a hung or misbehaving agent): the host ends ABNORMAL, and the agent is told to kill whatever still runs.
    /// </summary>
    private async Task ResultDeadlineAsync(TicketWork.ResultDeadline r)
    {
        resultDeadlines.Remove(r.DispatchId);
        if (ticket!.FindInstance(r.InstanceId) is not { Status: InstanceStatus.Processing, StartedAtMs: not null } inst || inst.DispatchId != r.DispatchId)
            return;
        const string note = "timed out: no result from the agent";
        engine.Log.LogWarning("Ticket {Ticket}: no result for dispatch {DispatchId} within its timeout and {Grace} more; the host is ABNORMAL ({Note})",
            context!.ExecuteUuid, r.DispatchId, engine.ResultGrace, note);
        await ApplyAsync(new TicketEvent.HostEnded(r.InstanceId, r.DispatchId, false, null, note), null);
        await engine.Delivery.SendKillAsync(context.Hosts[r.InstanceId], r.DispatchId, note);
    }

    private async Task CarryOutAsync(TicketEffect effect)
    {
        var ctx = context!;
        switch (effect)
        {
            case TicketEffect.Dispatch d:
            {
                var host = ctx.Hosts[d.InstanceId];
                var sent = await engine.Delivery.SendRunAsync(host, ctx.TicketId, d.DispatchId, () => ctx.RunTaskFor(d.DispatchId, engine.MaxOutputBytes));
                // An agent ONLINE within its lease is reconnecting (a server restart, a blip): it gets the rest of the lease
                // to come back and take the dispatch, which it is re-sent when it does.
                var wait = TimeSpan.FromSeconds(ctx.WaitAgentSeconds);
                if (!sent)
                {
                    var reconnecting = await engine.Registry.ReconnectGraceAsync(host, engine.AgentLease, CancellationToken.None);
                    if (reconnecting > wait) wait = reconnecting;
                }
                var deadline = new TicketWork.DeliveryDeadline(d.InstanceId, d.DispatchId);
                if (wait > TimeSpan.Zero) After(wait, deadline, engine.Clock);
                else if (!sent) Enqueue(deadline);
                break;
            }
            case TicketEffect.Kill k:
                await engine.Delivery.SendKillAsync(ctx.Hosts[k.InstanceId], k.DispatchId, k.Reason);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect, "unknown effect");
        }
    }
}
