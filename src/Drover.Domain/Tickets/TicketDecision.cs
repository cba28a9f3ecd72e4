using System.Collections.Immutable;
using Drover.Domain.Common;

namespace Drover.Domain.Tickets;

/// <summary>The outcome of applying an event: a new ticket and what to carry out, or a refusal that changes nothing.</summary>
public abstract record TicketDecision
{
    private TicketDecision() { }

    /// <param name="Changed">False when the event was a no-op (a repeated pause, a stale host result, ...).</param>
    public sealed record Accepted(Ticket Ticket, ImmutableArray<TicketEffect> Effects, bool Changed) : TicketDecision;

    public sealed record Refused(Refusal Refusal) : TicketDecision;
}
