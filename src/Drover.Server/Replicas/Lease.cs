namespace Drover.Server.Replicas;

/// <summary>The right to advance one ticket or execution, and the fencing number its writes carry.</summary>
public sealed record Lease(string Kind, long TargetId, long Fence)
{
    public const string Ticket = "ticket";
    public const string Execution = "execution";
}

/// <summary>Another replica took this lease over: the write it fenced is rolled back and the runner hands its work on.</summary>
public sealed class LeaseLostException(Lease lease)
    : Exception($"the lease on {lease.Kind} {lease.TargetId} (fence {lease.Fence}) was taken over by another replica")
{
    public Lease Lease { get; } = lease;
}
