using System.Collections.Concurrent;
using System.Threading.Channels;
using Drover.Domain.Tickets;
using Drover.Protocol;
using Drover.Server.Storage;

namespace Drover.Server.Engine;

/// <summary>
/// The single writer of one ticket: loads it, then for each piece of work applies the domain transition, commits it,
/// and only then carries out its effects (dispatch, kill). A crash between commit and effect leaves a state that
/// recovery completes: PROCESSING hosts are re-dispatched and the agent's journal drops duplicates.
/// </summary>
internal sealed class TicketRunner(long ticketId, TicketEngine engine)
{
    private readonly Channel<TicketWork> inbox = Channel.CreateUnbounded<TicketWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ITimer, byte> timers = new();
    private TicketContext? context;
    private Ticket? ticket;

    public long TicketId => ticketId;
    /// <summary>
    /// Whether work is waiting. Peeks rather than counts: a single-reader unbounded channel cannot count (it throws
    /// NotSupportedException), and only this runner's own loop asks, so it is the single reader peeking.
    /// </summary>
    public bool HasQueuedWork => inbox.Reader.TryPeek(out _);

    public void Enqueue(TicketWork work)
    {
        if (!inbox.Writer.TryWrite(work)) throw new InvalidOperationException($"ticket {ticketId}'s runner has retired");
    }

    public void Complete() => inbox.Writer.TryComplete();

    public void Start() => _ = Task.Run(RunAsync);

    private async Task RunAsync()
    {
        try
        {
            var loaded = await engine.Store.LoadAsync(ticketId, engine.Stopping);
            if (loaded is null)
            {
                engine.Log.LogWarning("Ticket {TicketId} does not exist; dropping its work", ticketId);
                Drain(new InvalidOperationException($"ticket {ticketId} does not exist"));
                return;
            }
            (context, ticket) = loaded.Value;
            while (true)
            {
                while (inbox.Reader.TryRead(out var work))
                    await ProcessAsync(work);
                if (IsQuiet() && engine.TryRetire(this)) break;
                if (!await inbox.Reader.WaitToReadAsync(engine.Stopping)) break;
            }
        }
        catch (OperationCanceledException) when (engine.Stopping.IsCancellationRequested)
        {
            Drain(new OperationCanceledException("the server is stopping"));
        }
        catch (Exception e)
        {
            // A storage failure leaves the ticket as last committed; retiring lets the next event reload it from there.
            // Retired whatever is queued: a runner left registered with its inbox completed would refuse every later
            // event of this ticket. What is queued now fails; what comes after goes to a new runner.
            engine.Log.LogError(e, "Runner of ticket {TicketId} failed", ticketId);
            engine.Retire(this);
            Drain(e);
        }
    }

    /// <summary>Nothing in flight: no host running, nothing about to start.</summary>
    private bool IsQuiet() =>
        ticket is not null && ticket.Status is not (TicketStatus.Processing or TicketStatus.Ready)
        && !ticket.Instances.Any(i => i.Status == InstanceStatus.Processing) && timers.IsEmpty;

    private void Drain(Exception why)
    {
        Complete();
        while (inbox.Reader.TryRead(out var work))
        {
            switch (work)
            {
                case TicketWork.Apply a: a.Reply?.TrySetException(why); break;
                case TicketWork.HostReport r: r.Reply?.TrySetException(why); break;
                case TicketWork.DeliveryDeadline: break;
            }
        }
    }

    private async Task ProcessAsync(TicketWork work)
    {
        switch (work)
        {
            case TicketWork.Apply a:
                try
                {
                    var decision = await ApplyAsync(a.Event, a.Audit);
                    a.Reply?.TrySetResult(decision);
                }
                catch (Exception e)
                {
                    if (a.Reply is null) throw;
                    a.Reply.TrySetException(e);
                }
                break;
            case TicketWork.HostReport r:
                try
                {
                    r.Reply?.TrySetResult(await ApplyHostReportAsync(r));
                }
                catch (Exception e)
                {
                    if (r.Reply is null) throw;
                    r.Reply.TrySetException(e);
                }
                break;
            case TicketWork.DeliveryDeadline d:
                var inst = ticket!.FindInstance(d.InstanceId);
                if (inst is { Status: InstanceStatus.Processing, StartedAtMs: null } && inst.DispatchId == d.DispatchId)
                    await ApplyAsync(new TicketEvent.HostEnded(d.InstanceId, d.DispatchId, false, null, "agent offline"), null);
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
        var decision = await ApplyAsync(r.Event, null);
        return decision is TicketDecision.Accepted { Changed: true };
    }

    private async Task<TicketDecision> ApplyAsync(TicketEvent e, AuditRow? audit)
    {
        var before = ticket!;
        var decision = TicketMachine.Apply(before, e, engine.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (decision is not TicketDecision.Accepted accepted) return decision;
        IReadOnlyList<AuditRow> entries = audit is null ? [] : [audit];
        if (accepted.Changed)
        {
            await engine.Store.SaveAsync(ticketId, before, accepted.Ticket, entries, CancellationToken.None);
            ticket = accepted.Ticket;
        }
        else
        {
            await engine.Store.AppendAuditAsync(entries, CancellationToken.None);
        }
        foreach (var effect in accepted.Effects) CarryOut(effect);
        return decision;
    }

    private void CarryOut(TicketEffect effect)
    {
        var ctx = context!;
        switch (effect)
        {
            case TicketEffect.Dispatch d:
            {
                var host = ctx.Hosts[d.InstanceId];
                var sent = engine.Agents.TrySend(host, new ServerMessage { Run = ctx.RunTaskFor(d.DispatchId, engine.MaxOutputBytes) });
                if (ctx.WaitAgentSeconds > 0)
                    Arm(TimeSpan.FromSeconds(ctx.WaitAgentSeconds), new TicketWork.DeliveryDeadline(d.InstanceId, d.DispatchId));
                else if (!sent)
                    Enqueue(new TicketWork.DeliveryDeadline(d.InstanceId, d.DispatchId));
                break;
            }
            case TicketEffect.Kill k:
                engine.Agents.TrySend(ctx.Hosts[k.InstanceId], new ServerMessage { Kill = new KillTask { DispatchId = k.DispatchId, Reason = k.Reason } });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect, "unknown effect");
        }
    }

    private void Arm(TimeSpan due, TicketWork work)
    {
        ITimer? timer = null;
        timer = engine.Clock.CreateTimer(_ =>
        {
            if (timer is not null && timers.TryRemove(timer, out var _)) timer.Dispose();
            // Posted through the engine: this runner may have retired meanwhile, and a new one loads the ticket.
            engine.Enqueue(ticketId, work);
        }, null, due, Timeout.InfiniteTimeSpan);
        timers.TryAdd(timer, 0);
    }
}
