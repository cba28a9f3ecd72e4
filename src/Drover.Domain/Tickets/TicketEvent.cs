namespace Drover.Domain.Tickets;

/// <summary>Everything that can move a ticket: its start, a host's progress, an operator's operation.</summary>
public abstract record TicketEvent
{
    private TicketEvent() { }

    /// <summary>The ticket was created and its first batch may start.</summary>
    public sealed record Start : TicketEvent;

    /// <summary>The agent has the dispatch and started the process.</summary>
    public sealed record HostStarted(long InstanceId, string DispatchId, long StartedAtMs) : TicketEvent;

    /// <summary>A host's attempt ended: its process exited, timed out, was refused, or it could not be reached.</summary>
    public sealed record HostEnded(long InstanceId, string DispatchId, bool Succeeded, int? ExitCode, string? Note) : TicketEvent;

    public sealed record Operate(TicketOperation Operation) : TicketEvent;
}
