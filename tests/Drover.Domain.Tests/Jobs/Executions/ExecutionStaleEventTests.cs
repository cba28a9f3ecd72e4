using Drover.Domain.Jobs.Executions;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// A step-ended report that does not concern the live attempt of a running step (late news about stopped or
/// replaced work, or about a step that never ran) is accepted as a no-op: the same execution, no effects.
/// </summary>
public class ExecutionStaleEventTests
{
    [Fact]
    public void An_old_attempt_ending_after_a_retry_is_ignored_whatever_its_outcome()
    {
        var x = ExecutionScenarios.Failed().Then(X.Retry);
        x.Current().Attempt.ShouldBe(2);

        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Failed));
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.TimedOut));
    }

    [Fact]
    public void A_future_attempt_number_is_ignored() =>
        ExecutionScenarios.Running().NoOp(X.Ended(1, 0, 2, StepOutcome.Succeeded));

    [Fact]
    public void A_duplicate_step_ended_is_ignored()
    {
        var x = ExecutionScenarios.Running().Ok();

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed, "different outcome"));
        x.Run(1, 0).Status.ShouldBe(StepStatus.Succeed);
    }

    [Fact]
    public void A_duplicate_failure_after_the_execution_failed_is_ignored()
    {
        var x = ExecutionScenarios.Failed();

        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Failed));
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Succeeded));
    }

    [Fact]
    public void A_step_canceled_by_terminate_ending_late_is_ignored()
    {
        var x = ExecutionScenarios.Canceling();
        x.Run(1, 0).Status.ShouldBe(StepStatus.Canceled);

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed));
        x.Then(X.Quiet).NoOp(X.Ended(1, 0, 1, StepOutcome.TimedOut));
    }

    [Fact]
    public void A_step_canceled_by_skip_batch_ending_late_is_ignored()
    {
        var x = ExecutionScenarios.Running().Then(X.SkipBatch);

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed));
    }

    [Theory]
    [InlineData(1, 1)] // the next step, not started
    [InlineData(2, 0)] // a later batch, not started
    [InlineData(1, 5)] // a step that does not exist
    [InlineData(9, 0)] // a batch that does not exist
    [InlineData(-1, -1)]
    public void A_step_that_has_no_run_ending_is_ignored(int batch, int step)
    {
        var x = ExecutionScenarios.Running();

        x.NoOp(X.Ended(batch, step, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(batch, step, 1, StepOutcome.Failed));
    }

    [Fact]
    public void Step_ended_before_start_is_ignored() =>
        ExecutionScenarios.New().NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));

    [Fact]
    public void A_wrong_step_ending_between_batches_is_ignored()
    {
        var x = ExecutionScenarios.PendingBetweenBatches();

        x.NoOp(X.Ended(2, 0, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Succeeded));
    }

    [Fact]
    public void An_earlier_step_ending_again_while_a_later_one_runs_is_ignored()
    {
        var x = ExecutionScenarios.RunningSecondStep();

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed));
        x.Status.ShouldBe(ExecutionStatus.Running);
    }

    [Fact]
    public void The_live_attempt_still_counts_after_stale_events()
    {
        var x = ExecutionScenarios.Failed().Then(X.Retry);
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Failed));

        var a = x.Accept(X.Ended(1, 1, 2, StepOutcome.Succeeded));

        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((2, 0));
    }
}
