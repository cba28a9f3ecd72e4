using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Storage;

namespace Drover.Server.Tickets.Engine;

/// <summary>
/// The way into tickets: each ticket is advanced by its grain (<see cref="TicketGrain"/>), its single writer wherever
/// in the cluster it is loaded; a call to any server reaches it.
/// </summary>
public sealed class TicketEngine(IGrainFactory grains, ILogger<TicketEngine> log)
{
    private ITicketGrain Ticket(long ticketId) => grains.GetGrain<ITicketGrain>(ticketId);

    /// <summary>Applies an event and answers once its outcome is committed: null, or the refusal that changed nothing.</summary>
    public Task<Refusal?> SubmitAsync(long ticketId, TicketEvent e, AuditRow? audit = null) => Ticket(ticketId).Apply(TicketCall.Of(e, audit));

    /// <summary>A host's report, accepted only from the host the instance targets; true when it moved a running host.</summary>
    public Task<bool> ReportAsync(long ticketId, HostKey from, TicketEvent e) => Ticket(ticketId).Report(TicketCall.Of(e, from: from));

    /// <summary>An agent reconnected without a dispatch the ticket may still want it to run.</summary>
    public Task RedeliverAsync(long ticketId, HostKey host, string dispatchId) => Ticket(ticketId).Redeliver(host, dispatchId);

    /// <summary>Loads the ticket if it is not loaded; a failure is logged (the next sweep tries again).</summary>
    public async Task WakeAsync(long ticketId)
    {
        try
        {
            await Ticket(ticketId).Wake();
        }
        catch (Exception e)
        {
            log.LogWarning("Ticket {Ticket} could not be woken: {Error}", ticketId, e.Message);
        }
    }

    /// <summary>
    /// A ticket that runs a job's step committed a change (the job engine listens: the step may have ended, or a kill it
    /// waits for may be confirmed). The argument is the step run's row id. Raised from within the ticket's writer, so a
    /// listener must not wait on that ticket.
    /// </summary>
    public event Action<long>? StepTicketChanged;

    internal void RaiseStepTicketChanged(long stepRowId) => StepTicketChanged?.Invoke(stepRowId);
}
