namespace Drover.Domain.Tickets;

/// <summary>
/// One host's run within a ticket. <see cref="Attempt"/> counts dispatches: each retry is a new attempt with a new
/// dispatch id, and one dispatch id is run at most once by the agent.
/// </summary>
public sealed record Instance(
    long Id,
    int BatchIndex,
    InstanceStatus Status,
    int Attempt,
    string? DispatchId,
    int? ExitCode,
    string? Note,
    long? StartedAtMs,
    long? FinishedAtMs)
{
    public bool IsOpen => Status is InstanceStatus.Ready or InstanceStatus.Processing;

    /// <summary>
    /// Canceled while its process was running, and the agent has not yet confirmed the process is gone (its result for
    /// that dispatch). A job's TERMINATE ends only once no host awaits this.
    /// </summary>
    public bool AwaitingKill { get; init; }

    /// <summary>
    /// When the live attempt was dispatched (server clock): a host waiting for its agent waits <c>wait_agent_seconds</c>
    /// from here, kept across a restart. Null for a host not dispatched, or dispatched by a version that did not keep it.
    /// </summary>
    public long? DispatchedAtMs { get; init; }

    /// <summary>The dispatch id of an attempt: stable, so a redelivery after a restart is recognised by the agent.</summary>
    public static string DispatchIdFor(string executeUuid, long instanceId, int attempt) => $"{executeUuid}.{instanceId}.{attempt}";
}
