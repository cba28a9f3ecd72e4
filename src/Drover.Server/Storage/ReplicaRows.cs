namespace Drover.Server.Storage;

// What replicas share beyond the tickets themselves: who advances what, and work handed from one replica to another.

/// <summary>
/// One ticket or execution is advanced by the replica holding its lease. <see cref="Fence"/> grows with every
/// acquisition; a runner's writes carry its fence and are refused once another replica has taken over.
/// </summary>
public sealed class LeaseRow
{
    /// <summary><c>ticket</c> or <c>execution</c>.</summary>
    public required string Kind { get; set; }
    public long TargetId { get; set; }
    public required string Owner { get; set; }
    public long Fence { get; set; }
    public long ExpiresAt { get; set; }
}

/// <summary>
/// Work for a ticket or execution that another replica advances: an operator's operation, a host's report. The
/// owner applies it and writes the reply (a refusal, or nothing) for the replica that is waiting.
/// </summary>
public sealed class ForwardedWorkRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public long TargetId { get; set; }
    public required string Payload { get; set; }
    public long CreatedAt { get; set; }
    public string? TakenBy { get; set; }
    public long? TakenAt { get; set; }
    public bool Done { get; set; }
    public string? Reply { get; set; }
}
