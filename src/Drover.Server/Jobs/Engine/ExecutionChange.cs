using Drover.Domain.Jobs.Executions;

namespace Drover.Server.Jobs.Engine;

/// <summary>
/// What one commit of an execution changed, as its event stream tells it: the execution's own state when it changed,
/// the batches a skip touched, and each step run that changed (its state after the commit, so applying an event twice
/// changes nothing).
/// </summary>
public sealed record ExecutionChange(
    ExecutionChange.ExecutionState? Execution,
    IReadOnlyList<ExecutionChange.BatchState> Batches,
    IReadOnlyList<ExecutionChange.StepState> Steps)
{
    public sealed record ExecutionState(ExecutionStatus Status, int CurrentBatchIndex, int CurrentStepIndex, long? EndedAtMs);

    public sealed record BatchState(int Index, bool Skipped);

    public sealed record StepState(string ExecutionStepId, int BatchIndex, int StepIndex, string Name, string Action, StepStatus Status,
        int Attempt, string? Message, long? StartedAtMs, long? EndedAtMs, long? TicketId);

    public static ExecutionChange Between(Execution before, Execution after, Func<StepRun, StepState> stateOf)
    {
        var execution = before.Status != after.Status || before.CurrentBatchIndex != after.CurrentBatchIndex
            || before.CurrentStepIndex != after.CurrentStepIndex || before.EndedAtMs != after.EndedAtMs
            ? new ExecutionState(after.Status, after.CurrentBatchIndex, after.CurrentStepIndex, after.EndedAtMs)
            : null;
        var batches = after.Batches.Where(b => !before.Batches.Contains(b)).Select(b => new BatchState(b.Index, b.Skipped)).ToList();
        var steps = after.Runs.Where(r => !before.Runs.Any(x => ReferenceEquals(x, r))).Select(stateOf).ToList();
        return new ExecutionChange(execution, batches, steps);
    }

    /// <summary>A change to one step run alone (what it was given, produced or started).</summary>
    public static ExecutionChange OfStep(StepState step) => new(null, [], [step]);
}
