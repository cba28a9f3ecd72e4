namespace Drover.Domain.Jobs.Executions;

public abstract record ExecutionEvent
{
    private ExecutionEvent() { }

    public sealed record Start : ExecutionEvent;

    /// <summary>A step run's attempt ended (its script ticket ended, its request answered, its sleep passed).</summary>
    public sealed record StepEnded(int BatchIndex, int StepIndex, int Attempt, StepOutcome Outcome, string? Message) : ExecutionEvent;

    public sealed record Operate(ExecutionOperation Operation) : ExecutionEvent;

    /// <summary>Every process of the work TERMINATE stopped is confirmed dead.</summary>
    public sealed record Quiet : ExecutionEvent;
}

/// <summary>What the engine carries out after committing a transition.</summary>
public abstract record ExecutionEffect
{
    private ExecutionEffect() { }

    /// <summary>Run this attempt of the step (attempt 1: start it; later: run again what failed).</summary>
    public sealed record RunStep(int BatchIndex, int StepIndex, int Attempt) : ExecutionEffect;

    /// <summary>Stop the step's work: cancel its script ticket, abort its request, drop its timer.</summary>
    public sealed record StopStep(int BatchIndex, int StepIndex) : ExecutionEffect;

    /// <summary>Tell the execution (with <see cref="ExecutionEvent.Quiet"/>) once nothing it started is still running.</summary>
    public sealed record AwaitQuiet : ExecutionEffect;
}

public abstract record ExecutionDecision
{
    private ExecutionDecision() { }

    public sealed record Accepted(Execution Execution, System.Collections.Immutable.ImmutableArray<ExecutionEffect> Effects, bool Changed) : ExecutionDecision;

    public sealed record Refused(Common.Refusal Refusal) : ExecutionDecision;
}
