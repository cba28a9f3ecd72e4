namespace Drover.Domain.Tickets;

/// <summary>What the engine must carry out after it has committed a transition.</summary>
public abstract record TicketEffect
{
    private TicketEffect() { }

    /// <summary>Send this attempt of this host's run to its agent.</summary>
    public sealed record Dispatch(long InstanceId, string DispatchId) : TicketEffect;

    /// <summary>Kill the whole process tree of a running attempt.</summary>
    public sealed record Kill(long InstanceId, string DispatchId, string Reason) : TicketEffect;
}
