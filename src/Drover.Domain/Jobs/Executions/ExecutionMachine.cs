using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Drover.Domain.Common;
using Drover.Domain.Tickets;

namespace Drover.Domain.Jobs.Executions;

/// <summary>
/// The job-ticket rules of semantics §4 as one pure function: an execution and an event in, the new execution and
/// the effects to carry out (or a refusal that changes nothing) out.
/// </summary>
public static class ExecutionMachine
{
    public static ExecutionDecision Apply(Execution execution, ExecutionEvent e, long nowMs)
    {
        var d = new Draft(execution, nowMs);
        var refusal = e switch
        {
            ExecutionEvent.Start => Start(d),
            ExecutionEvent.StepEnded s => StepEnded(d, s),
            ExecutionEvent.Operate o => o.Operation switch
            {
                ExecutionOperation.Resume => Resume(d),
                ExecutionOperation.Terminate => Terminate(d),
                ExecutionOperation.Retry => Retry(d),
                ExecutionOperation.SkipBatch => SkipBatch(d),
                _ => throw new ArgumentOutOfRangeException(nameof(e), o.Operation, "unknown operation"),
            },
            ExecutionEvent.Quiet => Quiet(d),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e, "unknown execution event"),
        };
        return refusal is null ? d.Decide() : new ExecutionDecision.Refused(refusal);
    }

    private static Refusal? Start(Draft d)
    {
        // A repeated start (recovery) changes nothing once the first step has been entered.
        if (d.Status != ExecutionStatus.Running || d.Runs.Count > 0) return null;
        Enter(d, d.Batches[0].Index, 0);
        return null;
    }

    private static Refusal? StepEnded(Draft d, ExecutionEvent.StepEnded e)
    {
        var i = d.RunPosition(e.BatchIndex, e.StepIndex);
        if (i < 0) return null;
        var run = d.Runs[i];
        // Only the live attempt of a running step counts; anything else is late news about stopped work.
        if (run.Status != StepStatus.Running || run.Attempt != e.Attempt) return null;
        var status = e.Outcome switch
        {
            StepOutcome.Succeeded => StepStatus.Succeed,
            StepOutcome.Failed => StepStatus.Failed,
            StepOutcome.TimedOut => StepStatus.Timeout,
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Outcome, null),
        };
        d.Runs[i] = run with { Status = status, Message = e.Message, EndedAtMs = d.Now };
        if (d.Status != ExecutionStatus.Running || e.BatchIndex != d.CurrentBatch || e.StepIndex != d.CurrentStep) return null;
        switch (status)
        {
            case StepStatus.Succeed:
                AdvanceFrom(d, e.BatchIndex, e.StepIndex);
                break;
            case StepStatus.Failed:
                d.SetStatus(ExecutionStatus.Failed);
                break;
            case StepStatus.Timeout:
                d.SetStatus(ExecutionStatus.Timeout);
                break;
        }
        return null;
    }

    private static Refusal? Resume(Draft d)
    {
        if (d.Status != ExecutionStatus.Pending)
            return new Refusal(ErrorCodes.ExecutionStateRefuses, $"execution is {d.Status}: RESUME needs a Pending execution");
        d.SetStatus(ExecutionStatus.Running);
        var i = d.RunPosition(d.CurrentBatch, d.CurrentStep);
        if (i >= 0 && d.Runs[i].Status == StepStatus.Pending)
        {
            // Waiting at a suspend step: the operator's RESUME is that step's success.
            d.Runs[i] = d.Runs[i] with { Status = StepStatus.Succeed, EndedAtMs = d.Now };
            AdvanceFrom(d, d.CurrentBatch, d.CurrentStep);
        }
        else
        {
            // Waiting between batches: the next batch starts.
            Enter(d, d.CurrentBatch, d.CurrentStep);
        }
        return null;
    }

    private static Refusal? Terminate(Draft d)
    {
        switch (d.Status)
        {
            case ExecutionStatus.Canceling:
                return null;
            case ExecutionStatus.Succeed:
            case ExecutionStatus.Canceled:
                return new Refusal(ErrorCodes.ExecutionStateRefuses, $"execution is {d.Status}: TERMINATE needs an execution that has not ended");
        }
        for (var i = 0; i < d.Runs.Count; i++)
            if (d.Runs[i].IsLive) d.StopRun(i, "terminated by operator");
        d.SetStatus(ExecutionStatus.Canceling);
        d.Effects.Add(new ExecutionEffect.AwaitQuiet());
        return null;
    }

    private static Refusal? Quiet(Draft d)
    {
        if (d.Status == ExecutionStatus.Canceling) d.SetStatus(ExecutionStatus.Canceled);
        return null;
    }

    private static Refusal? Retry(Draft d)
    {
        if (d.Status is not (ExecutionStatus.Failed or ExecutionStatus.Timeout))
            return new Refusal(ErrorCodes.ExecutionStateRefuses, $"execution is {d.Status}: RETRY needs a Failed or Timeout execution");
        var i = d.RunPosition(d.CurrentBatch, d.CurrentStep);
        if (i < 0) return new Refusal(ErrorCodes.ExecutionStateRefuses, "no failed step to retry");
        var run = d.Runs[i];
        var attempt = run.Attempt + 1;
        // The step's times are its latest attempt's: it starts again now.
        d.Runs[i] = run with { Status = StepStatus.Running, Attempt = attempt, Message = null, StartedAtMs = d.Now, EndedAtMs = null };
        d.SetStatus(ExecutionStatus.Running);
        d.Effects.Add(new ExecutionEffect.RunStep(run.BatchIndex, run.StepIndex, attempt));
        return null;
    }

    private static Refusal? SkipBatch(Draft d)
    {
        if (d.Type != ExecutionType.Batch)
            return new Refusal(ErrorCodes.ExecutionTypeRefuses, $"execution is {Wire(d.Type)}: SKIP_BATCH needs a BATCH execution");
        if (d.Status is ExecutionStatus.Succeed or ExecutionStatus.Canceled or ExecutionStatus.Canceling)
            return new Refusal(ErrorCodes.ExecutionStateRefuses, $"execution is {d.Status}: SKIP_BATCH needs an execution that has not ended");
        for (var i = 0; i < d.Runs.Count; i++)
            if (d.Runs[i].BatchIndex == d.CurrentBatch && d.Runs[i].IsLive) d.StopRun(i, "batch skipped by operator");
        var b = d.BatchPosition(d.CurrentBatch);
        d.Batches[b] = d.Batches[b] with { Skipped = true };
        var next = b + 1 < d.Batches.Length ? d.Batches[b + 1] : null;
        if (next is null)
        {
            d.SetStatus(ExecutionStatus.Succeed);
            return null;
        }
        // The operator asked for the next batch: it starts now, whatever the skipped batch's strategy.
        d.SetStatus(ExecutionStatus.Running);
        Enter(d, next.Index, 0);
        return null;
    }

    /// <summary>The step after (batch, step) starts; after a batch's last step comes the next batch (or the end).</summary>
    private static void AdvanceFrom(Draft d, int batchIndex, int stepIndex)
    {
        if (stepIndex + 1 < d.Steps.Length)
        {
            Enter(d, batchIndex, stepIndex + 1);
            return;
        }
        var b = d.BatchPosition(batchIndex);
        if (b + 1 >= d.Batches.Length)
        {
            d.SetStatus(ExecutionStatus.Succeed);
            return;
        }
        var ended = d.Batches[b];
        var next = d.Batches[b + 1];
        if (ended.Strategy == RotationStrategy.Pause && !ended.Skipped)
        {
            d.CurrentBatch = next.Index;
            d.CurrentStep = 0;
            d.SetStatus(ExecutionStatus.Pending);
            return;
        }
        Enter(d, next.Index, 0);
    }

    private static void Enter(Draft d, int batchIndex, int stepIndex)
    {
        d.CurrentBatch = batchIndex;
        d.CurrentStep = stepIndex;
        var suspend = d.Steps[stepIndex] == StepKind.Suspend;
        var run = new StepRun(batchIndex, stepIndex, suspend ? StepStatus.Pending : StepStatus.Running, 1, null, d.Now, null);
        var i = d.RunPosition(batchIndex, stepIndex);
        if (i >= 0) d.Runs[i] = run; else d.Runs.Add(run);
        if (suspend)
            d.SetStatus(ExecutionStatus.Pending);
        else
            d.Effects.Add(new ExecutionEffect.RunStep(batchIndex, stepIndex, 1));
    }

    private static string Wire(ExecutionType t) => t switch
    {
        ExecutionType.Normal => "NORMAL",
        ExecutionType.Batch => "BATCH",
        ExecutionType.RateControl => "RATE_CONTROL",
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, null),
    };

    private sealed class Draft(Execution original, long now)
    {
        public readonly long Now = now;
        public readonly List<StepRun> Runs = [.. original.Runs];
        public readonly ExecutionBatch[] Batches = [.. original.Batches];
        public readonly List<ExecutionEffect> Effects = [];
        public ExecutionStatus Status { get; private set; } = original.Status;
        public int CurrentBatch { get; set; } = original.CurrentBatchIndex;
        public int CurrentStep { get; set; } = original.CurrentStepIndex;
        public long? EndedAtMs { get; private set; } = original.EndedAtMs;
        public ExecutionType Type => original.Type;
        public ImmutableArray<StepKind> Steps => original.Steps;

        public void SetStatus(ExecutionStatus s)
        {
            Status = s;
            EndedAtMs = s is ExecutionStatus.Succeed or ExecutionStatus.Failed or ExecutionStatus.Timeout or ExecutionStatus.Canceled ? Now : null;
        }

        public int RunPosition(int batchIndex, int stepIndex) => Runs.FindIndex(r => r.BatchIndex == batchIndex && r.StepIndex == stepIndex);

        public int BatchPosition(int index) => Array.FindIndex(Batches, b => b.Index == index);

        public void StopRun(int i, string message)
        {
            var run = Runs[i];
            if (run.Status == StepStatus.Running) Effects.Add(new ExecutionEffect.StopStep(run.BatchIndex, run.StepIndex));
            Runs[i] = run with { Status = StepStatus.Canceled, Message = message, EndedAtMs = Now };
        }

        public ExecutionDecision Decide()
        {
            var runs = Runs.ToImmutableArray();
            var changed = Status != original.Status || CurrentBatch != original.CurrentBatchIndex || CurrentStep != original.CurrentStepIndex
                || Effects.Count > 0 || runs.Length != original.Runs.Length
                || runs.Where((r, i) => !ReferenceEquals(r, original.Runs[i])).Any()
                || Batches.Where((b, i) => !ReferenceEquals(b, original.Batches[i])).Any();
            var next = original with
            {
                Status = Status, CurrentBatchIndex = CurrentBatch, CurrentStepIndex = CurrentStep, EndedAtMs = EndedAtMs,
                Runs = runs, Batches = ImmutableCollectionsMarshal.AsImmutableArray(Batches),
            };
            return new ExecutionDecision.Accepted(changed ? next : original, [.. Effects], changed);
        }
    }
}
