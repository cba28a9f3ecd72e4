using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Storage;

namespace Drover.Server.Tickets.Engine;

/// <summary>What a ticket's writer processes, in order.</summary>
public abstract record TicketWork
{
    private TicketWork() { }

    /// <summary>A domain event, with the audit entry to commit with it and someone waiting for the outcome (a refusal, or null once committed).</summary>
    public sealed record Apply(TicketEvent Event, AuditRow? Audit, TaskCompletionSource<Refusal?>? Reply) : TicketWork;

    /// <summary>A host's report, accepted only from the host the instance targets.</summary>
    public sealed record HostReport(HostKey From, TicketEvent Event, TaskCompletionSource<bool>? Reply) : TicketWork;

    /// <summary>
    /// A dispatch to send again if it is still the host's live attempt: the writer (re)loaded a host dispatched but never
    /// reported started (the dispatch may have died with the server that committed it), or the host's agent reconnected
    /// without it. The agent's journal drops a dispatch it already has.
    /// </summary>
    public sealed record Redeliver(HostKey Host, string DispatchId) : TicketWork;

    /// <summary>The wait for an agent is over: if it never took this dispatch, the host is ABNORMAL ("agent offline").</summary>
    public sealed record DeliveryDeadline(long InstanceId, string DispatchId) : TicketWork;

    /// <summary>
    /// A started host's timeout and the result grace are over: if its agent never reported a result for this dispatch,
    /// the host is ABNORMAL ("timed out: no result from the agent").
    /// </summary>
    public sealed record ResultDeadline(long InstanceId, string DispatchId) : TicketWork;
}
