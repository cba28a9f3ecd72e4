using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Executions;

namespace Drover.Domain.Tests.Jobs.Executions;

/// <summary>
/// semantics §4: steps run in order (NORMAL), once per batch (BATCH, strategy CONTINUE/PAUSE); a suspend step keeps
/// the execution Pending until RESUME; the execution ends Succeed after the last step of the last batch.
/// </summary>
public class ExecutionRunTests
{
    // ---------------------------------------------------------------- a new execution and Start

    [Fact]
    public void A_new_execution_is_running_with_no_runs_at_its_first_batch_and_step()
    {
        var x = ExecutionBuilder.Normal().Build();

        x.Status.ShouldBe(ExecutionStatus.Running);
        x.Runs.ShouldBeEmpty();
        x.At().ShouldBe((1, 0));
        x.EndedAtMs.ShouldBeNull();
        x.IsFinal.ShouldBeFalse();
        x.CurrentRun.ShouldBeNull();
    }

    [Fact]
    public void Start_enters_step_0_of_batch_1_as_attempt_1_and_runs_it()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script).Build();

        var a = x.Accept(X.Start, now: 1_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.RunStep(1, 0, 1)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((1, 0));
        a.Execution.Runs.ShouldBe([new StepRun(1, 0, StepStatus.Running, 1, null, 1_000, null)]);
        a.Execution.EndedAtMs.ShouldBeNull();
    }

    [Theory]
    [InlineData(StepKind.Scripts)]
    [InlineData(StepKind.Sleep)]
    [InlineData(StepKind.ExecuteApi)]
    public void Start_runs_any_step_that_is_not_a_suspend_step(StepKind kind)
    {
        var a = ExecutionBuilder.Normal(kind).Build().Accept(X.Start);

        a.Fx().ShouldBe([X.RunStep(1, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Running);
    }

    [Fact]
    public void Start_uses_the_first_batch_index_whatever_it_is()
    {
        var a = ExecutionBuilder.Batch([X.Script], X.C, X.C).FirstBatchIndex(0).Build().Accept(X.Start);

        a.Fx().ShouldBe([X.RunStep(0, 0)]);
        a.Execution.At().ShouldBe((0, 0));
    }

    [Fact]
    public void Start_at_a_suspend_step_makes_its_run_and_the_execution_pending_without_effects()
    {
        var x = ExecutionBuilder.Normal(X.Suspend, X.Script).Build();

        var a = x.Accept(X.Start, now: 1_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((1, 0));
        a.Execution.Runs.ShouldBe([new StepRun(1, 0, StepStatus.Pending, 1, null, 1_000, null)]);
        a.Execution.EndedAtMs.ShouldBeNull();
    }

    [Fact]
    public void A_repeated_start_is_a_no_op_while_running() => ExecutionScenarios.Running().NoOp(X.Start);

    [Fact]
    public void A_repeated_start_is_a_no_op_at_a_suspend_step() =>
        ExecutionBuilder.Normal(X.Suspend).Build().Then(X.Start).NoOp(X.Start);

    [Fact]
    public void A_repeated_start_is_a_no_op_after_later_steps_ran() => ExecutionScenarios.RunningSecondStep().NoOp(X.Start);

    [Theory]
    [InlineData("Pending at suspend")]
    [InlineData("Pending between batches")]
    [InlineData("Failed")]
    [InlineData("Timeout")]
    [InlineData("Succeed")]
    [InlineData("Canceling")]
    [InlineData("Canceled")]
    public void Start_after_the_execution_started_is_a_no_op(string scenario) => ExecutionScenarios.ByName(scenario).NoOp(X.Start);

    // ---------------------------------------------------------------- NORMAL

    [Fact]
    public void Normal_one_step_succeeds_and_the_execution_succeeds_with_its_end_time()
    {
        var x = ExecutionBuilder.Normal(X.Script).Build().Then(X.Start, now: 1_000);

        var a = x.Accept(X.Ended(1, 0, 1, StepOutcome.Succeeded, "all hosts finished"), now: 2_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.IsFinal.ShouldBeTrue();
        a.Execution.EndedAtMs.ShouldBe(2_000);
        a.Execution.Runs.ShouldBe([new StepRun(1, 0, StepStatus.Succeed, 1, "all hosts finished", 1_000, 2_000)]);
    }

    [Fact]
    public void Normal_three_steps_run_in_order_one_at_a_time_to_succeed()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Sleep, X.Api).Build();

        var a = x.Accept(X.Start, now: 100);
        a.Fx().ShouldBe([X.RunStep(1, 0)]);
        x = a.Execution;

        a = x.Accept(X.Ended(1, 0, 1, StepOutcome.Succeeded), now: 200);
        a.Fx().ShouldBe([X.RunStep(1, 1)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((1, 1));
        a.Execution.Run(1, 1).ShouldBe(new StepRun(1, 1, StepStatus.Running, 1, null, 200, null));
        a.Execution.Run(1, 0).EndedAtMs.ShouldBe(200);
        x = a.Execution;

        a = x.Accept(X.Ended(1, 1, 1, StepOutcome.Succeeded), now: 300);
        a.Fx().ShouldBe([X.RunStep(1, 2)]);
        a.Execution.At().ShouldBe((1, 2));
        a.Execution.EndedAtMs.ShouldBeNull();
        x = a.Execution;

        a = x.Accept(X.Ended(1, 2, 1, StepOutcome.Succeeded), now: 400);
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.EndedAtMs.ShouldBe(400);
        a.Execution.At().ShouldBe((1, 2));
        a.Execution.RunTable().ShouldBe(
        [
            (1, 0, StepStatus.Succeed, 1),
            (1, 1, StepStatus.Succeed, 1),
            (1, 2, StepStatus.Succeed, 1),
        ]);
        a.Execution.Runs.Select(r => (r.StartedAtMs, r.EndedAtMs)).ShouldBe([(100L, 200L), (200L, 300L), (300L, 400L)]);
    }

    [Fact]
    public void A_rate_control_execution_runs_its_steps_like_a_normal_one()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Script).Type(ExecutionType.RateControl).Build().Then(X.Start);

        var a = x.Succeed();
        a.Fx().ShouldBe([X.RunStep(1, 1)]);
        a.Execution.Succeed().Execution.Status.ShouldBe(ExecutionStatus.Succeed);
    }

    [Fact]
    public void Events_on_a_succeeded_execution_are_no_ops()
    {
        var x = ExecutionBuilder.Normal(X.Script).Build().Then(X.Start).Ok();

        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 0, 1, StepOutcome.Failed));
        x.NoOp(X.Start);
        x.NoOp(X.Quiet);
    }

    // ---------------------------------------------------------------- suspend

    [Fact]
    public void A_suspend_step_after_a_script_step_makes_the_execution_pending_with_no_effect()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Suspend, X.Script).Build().Then(X.Start, now: 100);

        var a = x.Accept(X.Ended(1, 0, 1, StepOutcome.Succeeded), now: 200);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((1, 1));
        a.Execution.Run(1, 1).ShouldBe(new StepRun(1, 1, StepStatus.Pending, 1, null, 200, null));
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.IsFinal.ShouldBeFalse();
    }

    [Fact]
    public void Resume_at_a_suspend_step_succeeds_it_and_runs_the_next_step()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Suspend, X.Script).Build().Then(X.Start).Ok();

        var a = x.Accept(X.Resume, now: 7_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.RunStep(1, 2)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((1, 2));
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Succeed);
        a.Execution.Run(1, 1).EndedAtMs.ShouldBe(7_000);
        a.Execution.Run(1, 2).ShouldBe(new StepRun(1, 2, StepStatus.Running, 1, null, 7_000, null));

        var done = a.Execution.Succeed(now: 8_000).Execution;
        done.Status.ShouldBe(ExecutionStatus.Succeed);
        done.EndedAtMs.ShouldBe(8_000);
        done.Runs.Select(r => r.Status).ShouldAllBe(s => s == StepStatus.Succeed);
    }

    [Fact]
    public void Resume_at_a_suspend_step_that_is_the_last_step_ends_the_execution()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Suspend).Build().Then(X.Start).Ok();

        var a = x.Accept(X.Resume, now: 9_000);

        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.EndedAtMs.ShouldBe(9_000);
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Succeed);
    }

    [Fact]
    public void Two_suspend_steps_in_a_row_need_two_resumes()
    {
        var x = ExecutionBuilder.Normal(X.Suspend, X.Suspend, X.Script).Build().Then(X.Start);
        x.Status.ShouldBe(ExecutionStatus.Pending);

        var a = x.Accept(X.Resume);
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((1, 1));
        a.Execution.Run(1, 0).Status.ShouldBe(StepStatus.Succeed);
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Pending);

        a = a.Execution.Accept(X.Resume);
        a.Fx().ShouldBe([X.RunStep(1, 2)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
    }

    [Fact]
    public void A_step_ended_event_for_a_waiting_suspend_step_is_a_no_op()
    {
        var x = ExecutionBuilder.Normal(X.Script, X.Suspend, X.Script).Build().Then(X.Start).Ok();

        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Succeeded));
        x.NoOp(X.Ended(1, 1, 1, StepOutcome.Failed));
    }

    // ---------------------------------------------------------------- BATCH

    [Fact]
    public void Batch_with_pause_goes_pending_between_batches_with_no_run_of_the_next_batch()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Script], X.P, X.C).Build().Then(X.Start).Ok();

        var a = x.Accept(X.Ended(1, 1, 1, StepOutcome.Succeeded), now: 3_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.CurrentRun.ShouldBeNull();
        a.Execution.FindRun(2, 0).ShouldBeNull();
        a.Execution.EndedAtMs.ShouldBeNull();
        a.Execution.RunTable().ShouldBe([(1, 0, StepStatus.Succeed, 1), (1, 1, StepStatus.Succeed, 1)]);
    }

    [Fact]
    public void Resume_between_batches_starts_step_0_of_the_next_batch_and_the_execution_goes_on_to_succeed()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Script], X.P, X.C).Build().Then(X.Start).Ok(2);

        var a = x.Accept(X.Resume, now: 4_000);

        a.Changed.ShouldBeTrue();
        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(2, 0).ShouldBe(new StepRun(2, 0, StepStatus.Running, 1, null, 4_000, null));

        a = a.Execution.Succeed();
        a.Fx().ShouldBe([X.RunStep(2, 1)]);
        a = a.Execution.Succeed(now: 6_000);
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.EndedAtMs.ShouldBe(6_000);
        a.Execution.RunTable().ShouldBe(
        [
            (1, 0, StepStatus.Succeed, 1),
            (1, 1, StepStatus.Succeed, 1),
            (2, 0, StepStatus.Succeed, 1),
            (2, 1, StepStatus.Succeed, 1),
        ]);
    }

    [Fact]
    public void Batch_with_continue_starts_the_next_batch_at_once()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Script], X.C, X.C).Build().Then(X.Start).Ok();

        var a = x.Accept(X.Ended(1, 1, 1, StepOutcome.Succeeded), now: 3_000);

        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        a.Execution.Status.ShouldBe(ExecutionStatus.Running);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(2, 0).ShouldBe(new StepRun(2, 0, StepStatus.Running, 1, null, 3_000, null));
    }

    [Fact]
    public void Batch_with_continue_runs_every_step_of_every_batch_in_order_to_succeed()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Sleep], X.C, X.C, X.C).Build().Then(X.Start);
        var started = new List<ExecutionEffect>();

        while (x.Status == ExecutionStatus.Running)
        {
            var a = x.Succeed();
            started.AddRange(a.Effects);
            x = a.Execution;
        }

        x.Status.ShouldBe(ExecutionStatus.Succeed);
        started.ShouldBe([X.RunStep(1, 1), X.RunStep(2, 0), X.RunStep(2, 1), X.RunStep(3, 0), X.RunStep(3, 1)]);
        x.Runs.Length.ShouldBe(6);
        x.Runs.ShouldAllBe(r => r.Status == StepStatus.Succeed && r.Attempt == 1);
        x.Batches.ShouldAllBe(b => !b.Skipped);
    }

    [Fact]
    public void Pause_on_the_last_batch_has_no_effect_the_execution_succeeds()
    {
        var x = ExecutionBuilder.Batch([X.Script], X.C, X.P).Build().Then(X.Start).Ok();
        x.At().ShouldBe((2, 0));

        var a = x.Succeed(now: 5_500);

        a.Execution.Status.ShouldBe(ExecutionStatus.Succeed);
        a.Execution.EndedAtMs.ShouldBe(5_500);
    }

    [Fact]
    public void Every_pause_batch_stops_the_execution_once()
    {
        var x = ExecutionBuilder.Batch([X.Script], X.P, X.P, X.P).Build().Then(X.Start);

        x = x.Ok();
        x.Status.ShouldBe(ExecutionStatus.Pending);
        x.At().ShouldBe((2, 0));
        x = x.Then(X.Resume).Ok();
        x.Status.ShouldBe(ExecutionStatus.Pending);
        x.At().ShouldBe((3, 0));
        x = x.Then(X.Resume).Ok();
        x.Status.ShouldBe(ExecutionStatus.Succeed);
    }

    [Fact]
    public void A_suspend_step_runs_once_per_batch()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Suspend], X.C, X.C).Build().Then(X.Start).Ok();
        x.Status.ShouldBe(ExecutionStatus.Pending);
        x.At().ShouldBe((1, 1));

        var a = x.Accept(X.Resume);
        a.Fx().ShouldBe([X.RunStep(2, 0)]);
        x = a.Execution.Ok();
        x.Status.ShouldBe(ExecutionStatus.Pending);
        x.At().ShouldBe((2, 1));

        x = x.Then(X.Resume);
        x.Status.ShouldBe(ExecutionStatus.Succeed);
        x.RunTable().ShouldBe(
        [
            (1, 0, StepStatus.Succeed, 1),
            (1, 1, StepStatus.Succeed, 1),
            (2, 0, StepStatus.Succeed, 1),
            (2, 1, StepStatus.Succeed, 1),
        ]);
    }

    [Fact]
    public void Resume_at_the_last_suspend_step_of_a_pause_batch_goes_pending_between_batches()
    {
        var x = ExecutionBuilder.Batch([X.Script, X.Suspend], X.P, X.C).Build().Then(X.Start).Ok();

        var a = x.Accept(X.Resume);

        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(1, 1).Status.ShouldBe(StepStatus.Succeed);
        a.Execution.CurrentRun.ShouldBeNull();

        var b = a.Execution.Accept(X.Resume);
        b.Fx().ShouldBe([X.RunStep(2, 0)]);
        b.Execution.Status.ShouldBe(ExecutionStatus.Running);
    }

    [Fact]
    public void Resume_between_batches_into_a_suspend_first_step_waits_again()
    {
        var x = ExecutionBuilder.Batch([X.Suspend, X.Script], X.C, X.C).Build()
            .Then(X.Start).Then(X.Resume).Ok();
        // batch 1: suspend resumed, script succeeded; CONTINUE: batch 2 enters its suspend step at once.
        x.Status.ShouldBe(ExecutionStatus.Pending);
        x.At().ShouldBe((2, 0));
        x.Run(2, 0).Status.ShouldBe(StepStatus.Pending);

        var p = ExecutionBuilder.Batch([X.Suspend, X.Script], X.P, X.C).Build().Then(X.Start).Then(X.Resume).Ok();
        p.Status.ShouldBe(ExecutionStatus.Pending);
        p.CurrentRun.ShouldBeNull();

        var a = p.Accept(X.Resume);
        a.Effects.ShouldBeEmpty();
        a.Execution.Status.ShouldBe(ExecutionStatus.Pending);
        a.Execution.At().ShouldBe((2, 0));
        a.Execution.Run(2, 0).Status.ShouldBe(StepStatus.Pending);
    }

    [Fact]
    public void A_step_ended_event_leaves_the_input_execution_untouched()
    {
        var x = ExecutionScenarios.Running();
        var before = X.Describe(x);

        x.Succeed();
        x.Fail();
        x.TimeOut();

        X.Describe(x).ShouldBe(before);
    }
}
