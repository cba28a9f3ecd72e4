using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Storage;

namespace Drover.Server.Engine;

/// <summary>What a ticket's runner processes, in order.</summary>
internal abstract record TicketWork
{
    private TicketWork() { }

    /// <summary>A domain event, with the audit entry to commit with it and someone waiting for the outcome (a refusal, or null once committed).</summary>
    public sealed record Apply(TicketEvent Event, AuditRow? Audit, TaskCompletionSource<Refusal?>? Reply) : TicketWork;

    /// <summary>A host's report, accepted only from the host the instance targets.</summary>
    public sealed record HostReport(HostKey From, TicketEvent Event, TaskCompletionSource<bool>? Reply) : TicketWork;

    /// <summary>
    /// A runner (re)loaded a host that was dispatched but never reported started: the dispatch may have died with the
    /// replica that committed it, so it is sent again (the agent's journal drops it if it already has it).
    /// </summary>
    public sealed record Redeliver(long InstanceId, string DispatchId) : TicketWork;

    /// <summary>The wait for an agent is over: if it never took this dispatch, the host is ABNORMAL ("agent offline").</summary>
    public sealed record DeliveryDeadline(long InstanceId, string DispatchId) : TicketWork;

    /// <summary>
    /// A started host's timeout and the result grace are over: if its agent never reported a result for this dispatch,
    /// the host is ABNORMAL ("timed out: no result from the agent").
    /// </summary>
    public sealed record ResultDeadline(long InstanceId, string DispatchId) : TicketWork;
}
