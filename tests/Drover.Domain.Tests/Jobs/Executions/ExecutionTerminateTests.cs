using Drover.Domain.Jobs.Executions;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// semantics §4: TERMINATE takes any execution that has not ended to Canceling, and to Canceled once every running
/// process is confirmed dead (the engine's Quiet event).
/// </summary>
public class ExecutionTerminateTests
{
    [Fact]
    public void Terminate_while_a_step_runs_stops_it_cancels_its_run_and_awaits_quiet()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script).Build().Then(X.Start, now: 100).Ok();

        var a = x.Accept(X.Terminate, now: 6_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.StopStep(1, 1), X.AwaitQuiet]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceling);
        a.Execution.IsFinal.ShouldBeFalse();
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.Run(1, 1).ShouldBe(new StepRun(1, 1, StepStatus.Canceled, 1, X.ByTerminate, 5_000, 6_000));
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Succeed);
    }

    [Fact]
    public void Quiet_after_terminate_cancels_the_execution_with_its_end_time()
    {
        var x = ExecutionScenarios.Running().Then(X.Terminate);

        var a = x.Accept(X.Quiet, now: 8_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceled);
        a.Execution.IsFinal.ShouldBeTrue();
        a.Execution.EndedAtMs.ShouldBe(8_000);
        a.Execution.Runs.ShouldBe(x.Runs);
    }

    [Fact]
    public void Terminate_at_a_suspend_step_cancels_its_run_without_stopping_anything()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Suspend, X.Script).Build().Then(X.Start).Ok();

        var a = x.Accept(X.Terminate, now: 6_000);

        a.Fx().ShouldBe([X.AwaitQuiet]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceling);
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Canceled);
        a.Execution.Run(1, 1).Message.ShouldBe(X.ByTerminate);
        a.Execution.Run(1, 1).EndedAtMs.ShouldBe(6_000);

        a.Execution.Then(X.Quiet).Status.ShouldBe(ExecutionStatus.Canceled);
    }

    [Fact]
    public void Terminate_between_batches_has_nothing_to_stop()
    {
        var x = ExecutionScenarios.PendingBetweenBatches();

        var a = x.Accept(X.Terminate);

        a.Fx().ShouldBe([X.AwaitQuiet]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceling);
        a.Execution.Runs.ShouldBe(x.Runs);
        a.Execution.Then(X.Quiet).Status.ShouldBe(ExecutionStatus.Canceled);
    }

    [Fact]
    public void Terminate_from_failed_leaves_the_failed_run_and_clears_the_end_time_until_quiet()
    {
        var x = ExecutionScenarios.Failed();
        x.EndedAtMs.ShouldNotBeNull();

        var a = x.Accept(X.Terminate, now: 9_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.AwaitQuiet]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceling);
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.Runs.ShouldBe(x.Runs);
        a.Execution.Current().Status.ShouldBe(StepStatus.Failed);

        var c = a.Execution.Accept(X.Quiet, now: 9_500);
        c.Execution.Status.ShouldBe(ExecutionStatus.Canceled);
        c.Execution.EndedAtMs.ShouldBe(9_500);
    }

    [Fact]
    public void Terminate_from_timeout_goes_canceling()
    {
        var a = ExecutionScenarios.Timeout().Accept(X.Terminate);

        a.Fx().ShouldBe([X.AwaitQuiet]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceling);
        a.Execution.Current().Status.ShouldBe(StepStatus.Timeout);
    }

    [Fact]
    public void Terminate_before_start_goes_canceling_and_a_late_start_does_nothing()
    {
        var a = ExecutionScenarios.New().Accept(X.Terminate);

        a.Fx().ShouldBe([X.AwaitQuiet]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Canceling);
        a.Execution.Runs.ShouldBeEmpty();
        a.Execution.NoOp(X.Start);

        var canceled = a.Execution.Then(X.Quiet);
        canceled.Status.ShouldBe(ExecutionStatus.Canceled);
        canceled.NoOp(X.Start);
    }

    [Fact]
    public void Terminate_while_canceling_is_a_no_op() => ExecutionScenarios.Canceling().NoOp(X.Terminate);

    [Theory]
    [InlineData("Succeed")]
    [InlineData("Canceled")]
    public void Terminate_after_the_execution_ended_is_refused(string scenario)
    {
        var r = ExecutionScenarios.ByName(scenario).Refuse(X.Terminate, X.StateRefuses);
        r.Message.ShouldContain("TERMINATE");
    }

    [Theory]
    [InlineData("New")]
    [InlineData("Running")]
    [InlineData("Pending at suspend")]
    [InlineData("Pending between batches")]
    [InlineData("Failed")]
    [InlineData("Timeout")]
    [InlineData("Succeed")]
    [InlineData("Canceled")]
    public void Quiet_outside_canceling_is_a_no_op(string scenario) => ExecutionScenarios.ByName(scenario).NoOp(X.Quiet);

    [Fact]
    public void A_second_quiet_is_a_no_op() => ExecutionScenarios.Canceled().NoOp(X.Quiet);

    [Fact]
    public void The_result_of_a_stopped_step_arriving_after_terminate_is_ignored()
    {
        var x = ExecutionScenarios.Canceling();

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed, "killed"));
        x.Run(1, 0).Status.ShouldBe(StepStatus.Canceled);

        var canceled = x.Then(X.Quiet);
        canceled.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
    }

    [Fact]
    public void Operations_on_a_canceling_execution_other_than_terminate_are_refused()
    {
        var x = ExecutionScenarios.Canceling();

        x.Refuse(X.Resume, X.StateRefuses);
        x.Refuse(X.Retry, X.StateRefuses);
        x.Refuse(X.SkipBatch, X.StateRefuses);
    }
}
