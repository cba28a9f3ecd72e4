using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Audit;
using Drover.Server.Engine.Serial;
using Drover.Server.Hosting;
using Drover.Server.Replicas;
using Drover.Server.Storage;
using Microsoft.Extensions.Options;

namespace Drover.Server.Engine;

/// <summary>
/// Advances tickets. Each ticket is owned by one <see cref="TicketRunner"/> that applies its events one at a time
/// (the single writer of that ticket, holding its lease); runners are loaded on demand and let go when their ticket
/// has nothing running. Work for a ticket whose lease another replica holds is forwarded there. On start it recovers
/// every ticket that may still have work.
/// </summary>
public sealed class TicketEngine(
    TicketStore store,
    AgentDelivery delivery,
    AgentRegistry registry,
    Leases leases,
    Forwarding forwarding,
    AuditLog audit,
    IOptions<ServerOptions> server,
    TimeProvider clock,
    IOptions<LimitsOptions> limits,
    ILogger<TicketEngine> log) : IHostedService
{
    private readonly RunnerRegistry<TicketWork> runners = new();
    private readonly CancellationTokenSource stopping = new();

    internal TicketStore Store => store;
    internal RunnerRegistry<TicketWork> Runners => runners;
    internal AgentDelivery Delivery => delivery;
    internal AgentRegistry Registry => registry;
    internal Leases Leases => leases;
    internal AuditLog Audit => audit;
    internal TimeSpan AgentLease => TimeSpan.FromSeconds(server.Value.AgentOfflineAfterSeconds);
    internal TimeSpan ResultGrace => TimeSpan.FromSeconds(Math.Max(0, server.Value.ResultGraceSeconds));
    internal TimeProvider Clock => clock;
    internal ILogger Log => log;
    internal long MaxOutputBytes => limits.Value.Effective().MaxOutputBytes;
    internal CancellationToken Stopping => stopping.Token;

    public async Task StartAsync(CancellationToken ct)
    {
        runners.CreateWith(id => new TicketRunner(id, this));
        forwarding.Handle(Lease.Ticket, (id, payload) =>
        {
            var (work, reply) = TicketWorkWire.Read(payload);
            Enqueue(id, work);
            return reply;
        });
        var open = await store.OpenTicketIdsAsync(ct);
        foreach (var id in open) Post(id, new TicketEvent.Start());
        if (open.Count > 0) log.LogInformation("Recovering {Count} open tickets", open.Count);
    }

    public Task StopAsync(CancellationToken ct)
    {
        stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>Applies an event and answers once its outcome is committed: null, or the refusal that changed nothing.</summary>
    public Task<Refusal?> SubmitAsync(long ticketId, TicketEvent e, AuditRow? audit = null)
    {
        var work = new TicketWork.Apply(e, audit, new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously));
        Enqueue(ticketId, work);
        return work.Reply!.Task;
    }

    /// <summary>Applies an event without waiting for it.</summary>
    public void Post(long ticketId, TicketEvent e) => Enqueue(ticketId, new TicketWork.Apply(e, null, null));

    internal void Enqueue(long ticketId, TicketWork work) => runners.Enqueue(ticketId, work);

    /// <summary>
    /// Another replica holds the ticket's lease: operations and host reports go to it through the database (a host's
    /// report is handled once it is written there); starts and timers are its own business.
    /// </summary>
    internal void HandOff(long ticketId, TicketWork work)
    {
        if (TicketWorkWire.Write(work) is not { } payload) return;
        _ = Task.Run(async () =>
        {
            try
            {
                var reply = await forwarding.SendAsync(Lease.Ticket, ticketId, payload, awaitReply: work is TicketWork.Apply);
                switch (work)
                {
                    case TicketWork.Apply a: a.Reply?.TrySetResult(RefusalReply.Read(reply)); break;
                    case TicketWork.HostReport r: r.Reply?.TrySetResult(true); break;
                }
            }
            catch (Exception e)
            {
                // Unanswered work stays queued (Forwarding has said so); anything else is a failure to hand it on.
                if (e is not ForwardedWorkUnanswered)
                    log.LogError(e, "Could not hand ticket {Ticket} work on to its replica", ticketId);
                switch (work)
                {
                    case TicketWork.Apply a: a.Reply?.TrySetException(e); break;
                    case TicketWork.HostReport r: r.Reply?.TrySetException(e); break;
                }
            }
        });
    }

    /// <summary>
    /// A ticket that runs a job's step committed a change (the job engine listens: the step may have ended, or a kill it
    /// waits for may be confirmed). The argument is the step run's row id.
    /// </summary>
    public event Action<long>? StepTicketChanged;

    internal void RaiseStepTicketChanged(long stepRowId) => StepTicketChanged?.Invoke(stepRowId);
}
