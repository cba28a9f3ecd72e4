using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Protocol;
using Drover.Server.Agents;
using Drover.Server.Cluster.Writers;
using Drover.Server.Storage;
using Orleans.Placement;

namespace Drover.Server.Tickets.Engine;

/// <summary>A ticket's single writer, wherever it is loaded in the cluster.</summary>
public interface ITicketGrain : IGrainWithIntegerKey
{
    /// <summary>Applies a start or an operation; answers once committed: null, or the refusal that changed nothing.</summary>
    Task<Refusal?> Apply(TicketCall call);

    /// <summary>A host's report; true when it moved a running host.</summary>
    Task<bool> Report(TicketCall report);

    /// <summary>Loads the ticket (after a restart or a server's death), which rebuilds its outstanding work.</summary>
    Task Wake();

    /// <summary>An agent reconnected without this dispatch: it is sent again if it is still the host's live attempt.</summary>
    Task Redeliver(HostKey host, string dispatchId);
}

/// <summary>
/// The single writer of one ticket: loads it, then for each piece of work applies the domain transition, commits it,
/// and only then carries out its effects (dispatch, kill). A crash between commit and effect leaves a state that
/// recovery completes: PROCESSING hosts are re-dispatched and the agent's journal drops duplicates.
/// </summary>
// Loaded where it is first called: on the server that created it, which answers its creator without a hop.
[PreferLocalPlacement]
public sealed class TicketGrain(TicketWriterServices s, ILogger<TicketGrain> log) : WriterGrain<TicketWork>(log), ITicketGrain
{
    private TicketContext? context;
    private Ticket? ticket;
    private long version;
    /// <summary>The result deadline of each started host's live dispatch (<see cref="TicketWork.ResultDeadline"/>).</summary>
    private readonly Dictionary<string, IGrainTimer> resultDeadlines = new(StringComparer.Ordinal);

    public async Task<Refusal?> Apply(TicketCall call)
    {
        var work = new TicketWork.Apply(call.ToEvent(), call.Audit, new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously));
        await RunAsync(work);
        return await work.Reply!.Task;
    }

    public async Task<bool> Report(TicketCall report)
    {
        var work = new TicketWork.HostReport(report.From ?? throw new ArgumentException("a report names its host", nameof(report)),
            report.ToEvent(), new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await RunAsync(work);
        return await work.Reply!.Task;
    }

    public Task Wake() => RunAsync(new TicketWork.Apply(new TicketEvent.Start(), null, null));

    public Task Redeliver(HostKey host, string dispatchId) => RunAsync(new TicketWork.Redeliver(host, dispatchId));

    /// <summary>
    /// Loads the ticket and rebuilds its outstanding work from the state alone: dispatches never reported started are
    /// sent again, started hosts get their result deadlines, hosts waiting for their agent the rest of their wait, and hosts
    /// whose agent is nowhere get the lost-agent grace.
    /// </summary>
    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var loaded = await s.Store.LoadAsync(Id, ct);
        if (loaded is null) return false;
        (context, ticket, version) = loaded.Value;
        foreach (var inst in ticket.Instances)
            if (inst is { Status: InstanceStatus.Processing, StartedAtMs: null, DispatchId: { } dispatchId })
                Enqueue(new TicketWork.Redeliver(context.Hosts[inst.Id], dispatchId));
        // Deadlines live in timers, rebuilt from the state: a restart (or a takeover) loses none. The start time is the
        // agent's clock: the grace is given in full from now at least (a server that was down could hear no result), and
        // no more than a start now would get (an agent clock far ahead must not put the deadline out of reach).
        var now = s.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var inst in ticket.Instances)
            if (inst is { Status: InstanceStatus.Processing, StartedAtMs: { } started, DispatchId: { } dispatchId })
            {
                var left = Math.Clamp(started - now + (long)ResultWait.TotalMilliseconds, (long)s.Times.ResultGrace.TotalMilliseconds,
                    (long)ResultWait.TotalMilliseconds);
                SetResultDeadline(inst.Id, dispatchId, TimeSpan.FromMilliseconds(left));
            }
        // A host still waiting for its agent to take its dispatch waits out the rest of wait_agent_seconds from its
        // dispatch (one dispatched by a version that kept no dispatch time: from this load), or the rest of its agent's
        // reconnection lease if that is longer, as at dispatch. Past its deadline it ends now, as it would have.
        if (context.WaitAgentSeconds > 0)
            foreach (var inst in ticket.Instances)
                if (inst is { Status: InstanceStatus.Processing, StartedAtMs: null, DispatchId: { } dispatchId })
                {
                    var wait = TimeSpan.FromMilliseconds((inst.DispatchedAtMs ?? now) + context.WaitAgentSeconds * 1000L - now);
                    var reconnecting = await s.Registry.ReconnectGraceAsync(context.Hosts[inst.Id], s.Times.AgentLease, ct);
                    if (reconnecting > wait) wait = reconnecting;
                    var deadline = new TicketWork.DeliveryDeadline(inst.Id, dispatchId);
                    if (wait > TimeSpan.Zero) After(wait, deadline);
                    else Enqueue(deadline);
                }
        await s.LostAgents.WatchAsync([Id], ct);
        return true;
    }

    /// <summary>Nothing in flight: no host running, nothing about to start, no kill awaiting its confirmation.</summary>
    protected override bool IsQuiet() =>
        ticket is not null && ticket.Status is not (TicketStatus.Processing or TicketStatus.Ready)
        && !ticket.Instances.Any(i => i.Status == InstanceStatus.Processing || i.AwaitingKill) && !HasTimers;

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
                catch (Exception e) when (e is not StaleWriteException)
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
                catch (Exception e) when (e is not StaleWriteException)
                {
                    if (r.Reply is null) throw;
                    r.Reply.TrySetException(e);
                }
                break;
            case TicketWork.Redeliver r:
                // The one place that decides whether a dispatch is still live: the host's current attempt, still running.
                if (DispatchRef.TryParse(r.DispatchId, out var live) && ticket!.FindInstance(live.InstanceId) is { Status: InstanceStatus.Processing } i
                    && i.DispatchId == r.DispatchId && context!.Hosts[i.Id] == r.Host)
                    await s.Delivery.SendAsync(r.Host, new ServerMessage { Run = context.RunTaskFor(r.DispatchId, s.Times.MaxOutputBytes) });
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
            Log.LogWarning("Host {Host} reported on instance {InstanceId} of ticket {Ticket}, which it does not run; ignored",
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
            await s.Store.AppendAuditAsync([s.Audit.Entry(r.From.ProjectId, Audit.AuditActor.Agent(r.From.ResourceId, null), "instance.late_result",
                e.DispatchId, null, $"{outcome} (exit {e.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): " +
                "result for an attempt that was no longer running; ignored")], CancellationToken.None);
        }
        return applied;
    }

    /// <summary>Each host whose start report this commit applied: the time from its dispatch (both on the server's clock).</summary>
    private void ObserveStarts(Ticket before, Ticket after)
    {
        var now = s.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < after.Instances.Length; i++)
            if (before.Instances[i].StartedAtMs is null && after.Instances[i] is { StartedAtMs: not null, DispatchedAtMs: { } dispatched })
                s.Metrics.DispatchLatency.Observe(Math.Max(0, now - dispatched) / 1000.0);
    }

    private async Task<TicketDecision> ApplyAsync(TicketEvent e, AuditRow? audit)
    {
        var before = ticket!;
        var decision = TicketMachine.Apply(before, e, s.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (decision is not TicketDecision.Accepted accepted) return decision;
        IReadOnlyList<AuditRow> entries = audit is null ? [] : [audit];
        if (accepted.Changed)
        {
            version = await s.Store.SaveAsync(context!, version, before, accepted.Ticket, entries, CancellationToken.None);
            ticket = accepted.Ticket;
            ObserveStarts(before, ticket);
            FollowResultDeadlines(before);
            if (context!.ExecutionStepRowId is { } stepRowId) s.Engine.RaiseStepTicketChanged(stepRowId);
        }
        else
        {
            await s.Store.AppendAuditAsync(entries, CancellationToken.None);
        }
        foreach (var effect in accepted.Effects) await CarryOutAsync(effect);
        return decision;
    }

    /// <summary>How long a started host has for its result: its timeout, then the grace for the agent to kill and report.</summary>
    private TimeSpan ResultWait => TimeSpan.FromSeconds(context!.TimeoutSeconds) + s.Times.ResultGrace;

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
        resultDeadlines[dispatchId] = After(due, new TicketWork.ResultDeadline(instanceId, dispatchId));
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
        Log.LogWarning("Ticket {Ticket}: no result for dispatch {DispatchId} within its timeout and {Grace} more; the host is ABNORMAL ({Note})",
            context!.ExecuteUuid, r.DispatchId, s.Times.ResultGrace, note);
        await ApplyAsync(new TicketEvent.HostEnded(r.InstanceId, r.DispatchId, false, null, note), null);
        await s.Delivery.SendAsync(context.Hosts[r.InstanceId], Kill(r.DispatchId, note));
    }

    private async Task CarryOutAsync(TicketEffect effect)
    {
        var ctx = context!;
        switch (effect)
        {
            case TicketEffect.Dispatch d:
            {
                var host = ctx.Hosts[d.InstanceId];
                var sent = await s.Delivery.SendAsync(host, new ServerMessage { Run = ctx.RunTaskFor(d.DispatchId, s.Times.MaxOutputBytes) });
                // An agent ONLINE within its lease is reconnecting (a server restart, a blip): it gets the rest of the lease
                // to come back and take the dispatch, which it is re-sent when it does.
                var wait = TimeSpan.FromSeconds(ctx.WaitAgentSeconds);
                if (!sent)
                {
                    var reconnecting = await s.Registry.ReconnectGraceAsync(host, s.Times.AgentLease, CancellationToken.None);
                    if (reconnecting > wait) wait = reconnecting;
                }
                var deadline = new TicketWork.DeliveryDeadline(d.InstanceId, d.DispatchId);
                if (wait > TimeSpan.Zero) After(wait, deadline);
                else if (!sent) Enqueue(deadline);
                break;
            }
            case TicketEffect.Kill k:
                await s.Delivery.SendAsync(ctx.Hosts[k.InstanceId], Kill(k.DispatchId, k.Reason));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect, "unknown effect");
        }
    }

    private static ServerMessage Kill(string dispatchId, string reason) => new() { Kill = new KillTask { DispatchId = dispatchId, Reason = reason } };
}
