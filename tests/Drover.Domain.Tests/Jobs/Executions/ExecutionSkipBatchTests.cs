using Drover.Domain.Jobs.Executions;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// semantics §4: SKIP_BATCH (BATCH executions only): the current batch's unfinished work is canceled and the next
/// batch starts. Scenarios: steps [scripts, scripts], batches 1 (PAUSE), 2 (CONTINUE), 3 (CONTINUE).
/// </summary>
public class ExecutionSkipBatchTests
{
    [Fact]
    public void Skip_while_a_step_runs_stops_it_and_starts_the_next_batch_at_once_despite_pause()
    {
        var x = ExecutionScenarios.RunningSecondStep();

        var a = x.Accept(X.SkipBatch, now: 7_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.StopStep(1, 1), X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([true, false, false]);
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Succeed);
        a.Execution.Run(1, 1).ShouldBe(new StepRun(1, 1, StepStatus.Canceled, 1, X.SkippedByOperatorNote, 5_000, 7_000));
        a.Execution.Run(2, 0).ShouldBe(new StepRun(2, 0, StepStatus.Running, 1, null, 7_000, null));
        a.Execution.FindRun(1, 2).ShouldBeNull();
    }

    [Fact]
    public void After_a_skip_the_execution_goes_on_to_succeed()
    {
        var x = ExecutionScenarios.Running().Then(X.SkipBatch).Ok(4);

        x.Status.ShouldBe(ExecutionStatus.Succeed);
        x.RunTable().ShouldBe(
        [
            (1, 0, StepStatus.Canceled, 1),
            (2, 0, StepStatus.Succeed, 1),
            (2, 1, StepStatus.Succeed, 1),
            (3, 0, StepStatus.Succeed, 1),
            (3, 1, StepStatus.Succeed, 1),
        ]);
    }

    [Fact]
    public void Skip_at_a_suspend_step_cancels_its_run_without_stopping_anything_and_starts_the_next_batch()
    {
        var x = ExecutionScenarios.PendingAtSuspend();

        var a = x.Accept(X.SkipBatch, now: 7_000);

        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Canceled);
        a.Execution.Run(1, 1).Message.ShouldBe(X.SkippedByOperatorNote);
        a.Execution.Run(1, 1).EndedAtMs.ShouldBe(7_000);
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([true, false]);
    }

    [Fact]
    public void Skip_between_batches_skips_the_batch_that_was_about_to_start_and_starts_the_one_after()
    {
        var x = ExecutionScenarios.PendingBetweenBatches();
        x.At().ShouldBe((2, 0));

        var a = x.Accept(X.SkipBatch);

        a.Fx().ShouldBe([X.RunStep(3, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((3, 0));
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([false, true, false]);
        a.Execution.FindRun(2, 0).ShouldBeNull();
        a.Execution.RunTable().ShouldBe([(1, 0, StepStatus.Succeed, 1), (1, 1, StepStatus.Succeed, 1), (3, 0, StepStatus.Running, 1)]);
    }

    [Fact]
    public void Skip_from_failed_keeps_the_failed_run_and_starts_the_next_batch()
    {
        var x = ExecutionScenarios.Failed();

        var a = x.Accept(X.SkipBatch, now: 7_000);

        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(1, 1).ShouldBe(x.Run(1, 1));
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Failed);
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([true, false, false]);
    }

    [Fact]
    public void Skip_from_timeout_starts_the_next_batch()
    {
        var a = ExecutionScenarios.Timeout().Accept(X.SkipBatch);

        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Timeout);
    }

    [Fact]
    public void Skip_of_the_last_batch_while_it_runs_stops_it_and_succeeds_the_execution()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Script], X.C, X.C).Build().Then(X.Start).Ok(3);
        x.At().ShouldBe((2, 1));

        var a = x.Accept(X.SkipBatch, now: 9_000);

        a.Fx().ShouldBe([X.StopStep(2, 1)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.IsFinal.ShouldBeTrue();
        a.Execution.EndedAtMs.ShouldBe(9_000);
        a.Execution.Run(2, 1).Status.ShouldBe(StepStatus.Canceled);
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([false, true]);
    }

    [Fact]
    public void Skip_of_the_last_batch_when_it_failed_succeeds_the_execution()
    {
        var x = ExecutionBuilder.Batch([X.Script], X.C, X.C).Build().Then(X.Start).Ok().Ko();

        var a = x.Accept(X.SkipBatch, now: 9_000);

        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.EndedAtMs.ShouldBe(9_000);
        a.Execution.Run(2, 0).Status.ShouldBe(StepStatus.Failed);
    }

    [Fact]
    public void Skip_between_batches_when_the_next_batch_is_the_last_succeeds_the_execution()
    {
        var x = ExecutionBuilder.Batch([X.Script], X.P, X.C).Build().Then(X.Start).Ok();
        x.Status.ShouldBe(ExecutionStatus.Pending);

        var a = x.Accept(X.SkipBatch);

        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([false, true]);
        a.Execution.Runs.ShouldBe(x.Runs);
    }

    [Fact]
    public void Skip_into_a_batch_that_begins_with_a_suspend_step_waits_there()
    {
        var x = ExecutionBuilder.Batch([X.Suspend, X.Script], X.C, X.C).Build().Then(X.Start).Then(X.Resume);
        x.At().ShouldBe((1, 1));

        var a = x.Accept(X.SkipBatch);

        a.Fx().ShouldBe([X.StopStep(1, 1)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(2, 0).Status.ShouldBe(StepStatus.Pending);
    }

    [Fact]
    public void Skip_before_start_skips_batch_1_and_a_late_start_does_nothing()
    {
        var a = ExecutionScenarios.New().Accept(X.SkipBatch);

        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Batches.Select(b => b.Skipped).ShouldBe([true, false, false]);
        a.Execution.NoOp(X.Start);
    }

    [Fact]
    public void Skipping_batch_after_batch_reaches_the_end()
    {
        var x = ExecutionScenarios.Running().Then(X.SkipBatch).Then(X.SkipBatch);
        x.At().ShouldBe((3, 0));
        x.Status.ShouldBe(ExecutionStatus.Running);

        x = x.Then(X.SkipBatch);
        x.Status.ShouldBe(ExecutionStatus.Succeed);
        x.Batches.ShouldAllBe(b => b.Skipped);
        x.Runs.ShouldAllBe(r => r.Status == StepStatus.Canceled && r.Message == X.SkippedByOperatorNote);
        x.Refuse(X.SkipBatch, X.StateRefuses);
    }

    [Fact]
    public void The_result_of_a_step_stopped_by_skip_is_ignored()
    {
        var x = ExecutionScenarios.RunningSecondStep().Then(X.SkipBatch);

        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Failed));
        x.Run(1, 1).Status.ShouldBe(StepStatus.Canceled);
        x.Current().Status.ShouldBe(StepStatus.Running);
    }

    [Theory]
    [InlineData(ExecutionType.Normal, "NORMAL")]
    [InlineData(ExecutionType.RateControl, "RATE_CONTROL")]
    public void Skip_on_an_execution_that_is_not_batch_is_refused_with_the_type_code(ExecutionType type, string wire)
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script).Type(type).Build().Then(X.Start);

        var r = x.Refuse(X.SkipBatch, X.TypeRefuses);

        r.Message.ShouldContain(wire);
        r.Message.ShouldContain("SKIP_BATCH");
    }

    [Theory]
    [InlineData("Succeed")]
    [InlineData("Canceling")]
    [InlineData("Canceled")]
    public void Skip_on_an_ended_or_canceling_batch_execution_is_refused(string scenario)
    {
        var r = ExecutionScenarios.ByName(scenario).Refuse(X.SkipBatch, X.StateRefuses);
        r.Message.ShouldContain("SKIP_BATCH");
    }
}
