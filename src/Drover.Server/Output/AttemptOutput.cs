namespace Drover.Server.Output;

/// <summary>
/// One attempt's output as the stream of its host writes it: how many bytes are stored, and whether it is truncated
/// (the cap was reached) or closed (the agent reported the attempt's result). Read from the database when a stream first
/// names the attempt, then kept up to date by that stream alone (a host has one stream at a time).
/// </summary>
public sealed class AttemptOutput(long instanceId, int attempt, long storedBytes, bool truncated, bool closed)
{
    public long InstanceId { get; } = instanceId;
    public int Attempt { get; } = attempt;
    public long StoredBytes { get; internal set; } = storedBytes;
    public bool Truncated { get; internal set; } = truncated;
    public bool Closed { get; internal set; } = closed;
    /// <summary>How many chunks this stream sent that were not stored whole (past the cap, after the result).</summary>
    public long Refusals { get; internal set; }
}
