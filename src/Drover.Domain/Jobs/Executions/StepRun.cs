namespace Drover.Domain.Jobs.Executions;

/// <summary>
/// One step of one batch (NORMAL and RATE_CONTROL executions have one batch). A retry runs the same step run again
/// as a new <see cref="Attempt"/>.
/// </summary>
public sealed record StepRun(int BatchIndex, int StepIndex, StepStatus Status, int Attempt, string? Message, long? StartedAtMs, long? EndedAtMs)
{
    public bool IsLive => Status is StepStatus.Running or StepStatus.Pending;
}

/// <param name="Skipped">Set by SKIP_BATCH.</param>
public sealed record ExecutionBatch(int Index, Drover.Domain.Tickets.RotationStrategy Strategy, bool Skipped);
