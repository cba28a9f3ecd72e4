using System.Collections.Immutable;

namespace Drover.Domain.Jobs.Executions;

/// <summary>
/// A job ticket as its state machine sees it. The steps of the pinned document run in order, once per batch;
/// <see cref="CurrentBatchIndex"/>/<see cref="CurrentStepIndex"/> is the step running, waiting (suspend), or — when
/// the execution is Pending between batches — the first step of the batch that runs next.
/// </summary>
public sealed record Execution(
    string ExecutionId,
    ExecutionType Type,
    ExecutionStatus Status,
    ImmutableArray<StepKind> Steps,
    ImmutableArray<ExecutionBatch> Batches,
    int CurrentBatchIndex,
    int CurrentStepIndex,
    ImmutableArray<StepRun> Runs,
    long? EndedAtMs)
{
    public bool IsFinal => Status is ExecutionStatus.Succeed or ExecutionStatus.Canceled;

    public StepRun? FindRun(int batchIndex, int stepIndex)
    {
        foreach (var r in Runs)
            if (r.BatchIndex == batchIndex && r.StepIndex == stepIndex) return r;
        return null;
    }

    public StepRun? CurrentRun => FindRun(CurrentBatchIndex, CurrentStepIndex);

    /// <summary>The id of a step run as COC lists it.</summary>
    public static string StepRunId(string executionId, int batchIndex, int stepIndex) => $"{executionId}-b{batchIndex}-s{stepIndex}";
}
