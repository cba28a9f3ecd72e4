using Drover.Domain.Jobs.Executions;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// semantics §4: a failed step makes the execution Failed, a timed-out one Timeout; RETRY (Failed/Timeout → Running)
/// runs the failed step again as a new attempt, then the execution goes on.
/// </summary>
public class ExecutionFailureAndRetryTests
{
    [Fact]
    public void A_failed_step_fails_the_execution_with_its_end_time_and_nothing_else_runs()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script, X.Script).Build().Then(X.Start, now: 100).Ok();

        var a = x.Accept(X.Ended(1, 1, 1, StepOutcome.Failed, "host 10.0.0.1: exit 2"), now: 900);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Failed);
        a.Execution.IsFinal.ShouldBeFalse();
        a.Execution.EndedAtMs.ShouldBe(900);
        a.Execution.At().ShouldBe((1, 1));
        a.Execution.Run(1, 1).ShouldBe(new StepRun(1, 1, StepStatus.Failed, 1, "host 10.0.0.1: exit 2", 5_000, 900));
        a.Execution.FindRun(1, 2).ShouldBeNull();
    }

    [Fact]
    public void A_timed_out_step_makes_the_execution_timeout()
    {
        var x = ExecutionBuilder.Normal(X.Sleep, X.Script).Build().Then(X.Start);

        var a = x.Accept(X.Ended(1, 0, 1, StepOutcome.TimedOut, "timed out after 30 s"), now: 1_234);

        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Timeout);
        a.Execution.IsFinal.ShouldBeFalse();
        a.Execution.EndedAtMs.ShouldBe(1_234);
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Timeout);
        a.Execution.Run(1, 0).Message.ShouldBe("timed out after 30 s");
        a.Execution.FindRun(1, 1).ShouldBeNull();
    }

    [Fact]
    public void Retry_runs_the_failed_step_again_as_attempt_2_and_clears_the_end_time()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script, X.Script).Build().Then(X.Start).Ok().Ko();

        var a = x.Accept(X.Retry, now: 10_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.RunStep(1, 1, 2)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.At().ShouldBe((1, 1));
        var run = a.Execution.Run(1, 1);
        run.Status.ShouldBe(StepStatus.Running);
        run.Attempt.ShouldBe(2);
        run.Message.ShouldBeNull();
        run.StartedAtMs.ShouldBe(10_000, "the step's times are its latest attempt's");
        run.EndedAtMs.ShouldBeNull();
        a.Execution.Run(1, 0).ShouldBe(x.Run(1, 0));
    }

    [Fact]
    public void Failure_then_retry_then_success_goes_on_to_the_end()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script, X.Script).Build().Then(X.Start).Ok().Ko().Then(X.Retry);

        var a = x.Accept(X.Ended(1, 1, 2, StepOutcome.Succeeded));
        a.Fx().ShouldBe([X.RunStep(1, 2)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Succeed);
        a.Execution.Run(1, 1).Attempt.ShouldBe(2);

        var done = a.Execution.Succeed(now: 20_000).Execution;
        done.Status.ShouldBe(ExecutionStatus.Succeed);
        done.EndedAtMs.ShouldBe(20_000);
        done.RunTable().ShouldBe(
        [
            (1, 0, StepStatus.Succeed, 1),
            (1, 1, StepStatus.Succeed, 2),
            (1, 2, StepStatus.Succeed, 1),
        ]);
    }

    [Fact]
    public void Timeout_then_retry_runs_the_step_again_and_goes_on()
    {
        var x = ExecutionBuilder.Normal(X.Api, X.Script).Build().Then(X.Start).TimeOut().Execution;

        var a = x.Accept(X.Retry, now: 3_000);
        a.Fx().ShouldBe([X.RunStep(1, 0, 2)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Running);

        a = a.Execution.Accept(X.Ended(1, 0, 2, StepOutcome.Succeeded));
        a.Fx().ShouldBe([X.RunStep(1, 1)]);
        a.Execution.Succeed().Execution.Status.ShouldBe(ExecutionStatus.Succeed);
    }

    [Fact]
    public void A_retried_step_can_fail_again_and_be_retried_again_with_growing_attempts()
    {
        var x = ExecutionBuilder.Normal(X.Script).Build().Then(X.Start).Ko().Then(X.Retry);
        x.Current().Attempt.ShouldBe(2);

        x = x.Ko();
        x.Status.ShouldBe(ExecutionStatus.Failed);
        x.Current().Attempt.ShouldBe(2);

        var a = x.Accept(X.Retry);
        a.Fx().ShouldBe([X.RunStep(1, 0, 3)]);
        x = a.Execution.TimeOut().Execution;
        x.Status.ShouldBe(ExecutionStatus.Timeout);

        a = x.Accept(X.Retry);
        a.Fx().ShouldBe([X.RunStep(1, 0, 4)]);
        a.Execution.Succeed().Execution.Status.ShouldBe(ExecutionStatus.Succeed);
    }

    [Fact]
    public void Retry_in_a_pause_batch_then_success_stops_between_batches_and_goes_on_after_resume()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Script], X.P, X.C).Build().Then(X.Start).Ok().Ko();

        var a = x.Accept(X.Retry);
        a.Fx().ShouldBe([X.RunStep(1, 1, 2)]);

        x = a.Execution.Ok();
        x.Status.ShouldBe(ExecutionStatus.Pending);
        x.At().ShouldBe((2, 0));

        x = x.Then(X.Resume).Ok(2);
        x.Status.ShouldBe(ExecutionStatus.Succeed);
        x.RunTable().ShouldBe(
        [
            (1, 0, StepStatus.Succeed, 1),
            (1, 1, StepStatus.Succeed, 2),
            (2, 0, StepStatus.Succeed, 1),
            (2, 1, StepStatus.Succeed, 1),
        ]);
    }

    [Fact]
    public void Retry_in_a_continue_batch_then_success_starts_the_next_batch()
    {
        var x = ExecutionBuilder.Batch([X.Script], X.C, X.C).Build().Then(X.Start).Ko().Then(X.Retry);

        var a = x.Accept(X.Ended(1, 0, 2, StepOutcome.Succeeded));

        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.Run(2, 0).Attempt.ShouldBe(1);
    }

    [Fact]
    public void A_failure_in_a_later_batch_can_be_retried()
    {
        var x = ExecutionBuilder.Batch([X.Script], X.C, X.C).Build().Then(X.Start).Ok().Ko();
        x.Status.ShouldBe(ExecutionStatus.Failed);
        x.At().ShouldBe((2, 0));

        var a = x.Accept(X.Retry);
        a.Fx().ShouldBe([X.RunStep(2, 0, 2)]);
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Succeed);
        a.Execution.Succeed().Execution.Status.ShouldBe(ExecutionStatus.Succeed);
    }

    [Fact]
    public void The_result_of_the_failed_attempt_arriving_again_after_retry_is_ignored()
    {
        var x = ExecutionBuilder.Normal(X.Script).Build().Then(X.Start).Ko().Then(X.Retry);

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed));
        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
        x.Current().Status.ShouldBe(StepStatus.Running);
        x.Current().Attempt.ShouldBe(2);
    }
}
