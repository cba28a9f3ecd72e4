using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

public class StartAndBatchesTests
{
    [Fact]
    public void Builder_makes_a_ready_ticket_with_instances_in_batch_order()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.P, 3)).SuccessRate(100).MaxConcurrency(1).Build();

        t.Status.ShouldBe(TicketStatus.Ready);
        t.CurrentBatchIndex.ShouldBe(1);
        t.FinishedAtMs.ShouldBeNull();
        t.MaxConcurrency.ShouldBe(1);
        t.SuccessRate.Tenths.ShouldBe(1000);
        t.Batches.Select(b => (b.Index, b.Rotation, b.Skipped)).ShouldBe([(1, T.C, false), (2, T.P, false)]);
        t.Instances.Select(i => (i.Id, i.BatchIndex)).ShouldBe([(1001L, 1), (1002L, 1), (1003L, 2), (1004L, 2), (1005L, 2)]);
        t.Instances.ShouldAllBe(i => i.Status == InstanceStatus.Ready && i.Attempt == 0 && i.DispatchId == null);
    }

    [Fact]
    public void Start_moves_a_ready_ticket_to_processing_and_dispatches_the_whole_first_batch()
    {
        var t = TicketBuilder.WithBatches((T.C, 3), (T.C, 2)).Build();

        var a = t.Accept(T.Start, now: 1_000);

        a.Changed.ShouldBeTrue();
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.FinishedAtMs.ShouldBeNull();
        a.Fx().ShouldBe([T.Dispatch(1001), T.Dispatch(1002), T.Dispatch(1003)]);
        a.Ticket.Statuses().ShouldBe([InstanceStatus.Processing, InstanceStatus.Processing, InstanceStatus.Processing,
            InstanceStatus.Ready, InstanceStatus.Ready]);
    }

    [Fact]
    public void Dispatch_id_is_uuid_dot_instance_dot_attempt_and_the_attempt_counts_dispatches()
    {
        var t = TicketBuilder.WithBatches((T.C, 1)).Uuid("EX20250101000000aaaaaaaa").FirstInstanceId(42).Build();

        var a = t.Accept(T.Start);

        a.Fx().ShouldBe([new TicketEffect.Dispatch(42, "EX20250101000000aaaaaaaa.42.1")]);
        var i = a.Ticket.I(42);
        i.Attempt.ShouldBe(1);
        i.DispatchId.ShouldBe("EX20250101000000aaaaaaaa.42.1");
        i.StartedAtMs.ShouldBeNull("the host has not reported its start yet");

        var retried = a.Ticket.Ko(42).Then(T.RetryInstance(42));
        retried.I(42).Attempt.ShouldBe(2);
        retried.I(42).DispatchId.ShouldBe("EX20250101000000aaaaaaaa.42.2");
        Instance.DispatchIdFor("EX1", 7, 3).ShouldBe("EX1.7.3");
    }

    [Theory]
    [InlineData("PROCESSING")]
    [InlineData("PAUSED mid-batch")]
    [InlineData("PAUSED before start")]
    [InlineData("PAUSED between batches")]
    [InlineData("ABNORMAL with batches left")]
    [InlineData("ABNORMAL after last batch")]
    [InlineData("FINISHED")]
    [InlineData("FINISHED with a failure")]
    [InlineData("CANCELED")]
    public void Start_on_a_ticket_that_is_not_ready_is_a_no_op(string state) => Scenarios.ByName(state).NoOp(T.Start);

    [Fact]
    public void Host_started_records_the_start_time_once()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(new TicketEvent.HostStarted(1001, T.Did(1001, 1), 1_234));

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.I(1001).StartedAtMs.ShouldBe(1_234);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Processing);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);

        // A second report (agent reconnect) does not move the start.
        a.Ticket.NoOp(new TicketEvent.HostStarted(1001, T.Did(1001, 1), 9_999));
    }

    [Fact]
    public void Host_ended_with_success_is_finished_with_its_exit_code_note_and_times()
    {
        var t = Scenarios.Processing().Then(new TicketEvent.HostStarted(1001, T.Did(1001, 1), 1_500));

        var a = t.Accept(new TicketEvent.HostEnded(1001, T.Did(1001, 1), true, 0, "done"), now: 2_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty("the batch has another host running");
        var i = a.Ticket.I(1001);
        i.Status.ShouldBe(InstanceStatus.Finished);
        i.ExitCode.ShouldBe(0);
        i.Note.ShouldBe("done");
        i.StartedAtMs.ShouldBe(1_500);
        i.FinishedAtMs.ShouldBe(2_000);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
    }

    [Fact]
    public void Host_ended_with_failure_is_abnormal_and_keeps_the_exit_code_and_note()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(new TicketEvent.HostEnded(1002, T.Did(1002, 1), false, 137, "timed out after 5 s"), now: 3_000);

        var i = a.Ticket.I(1002);
        i.Status.ShouldBe(InstanceStatus.Abnormal);
        i.ExitCode.ShouldBe(137);
        i.Note.ShouldBe("timed out after 5 s");
        i.StartedAtMs.ShouldBe(3_000, "a host that never reported its start is taken to have started when it ended");
        i.FinishedAtMs.ShouldBe(3_000);
    }

    [Fact]
    public void Host_ended_without_exit_code_keeps_no_exit_code()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(new TicketEvent.HostEnded(1001, T.Did(1001, 1), false, null, "agent lost"));

        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Abnormal);
        a.Ticket.I(1001).ExitCode.ShouldBeNull();
        a.Ticket.I(1001).Note.ShouldBe("agent lost");
    }

    [Fact]
    public void Batches_run_strictly_in_order_and_the_next_starts_only_when_every_host_of_the_current_one_ended()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1), (T.C, 2)).Build().Then(T.Start);

        var a = t.Succeed(1001);
        a.Effects.ShouldBeEmpty();
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Ready);

        a = a.Ticket.Succeed(1002);
        a.Fx().ShouldBe([T.Dispatch(1003)]);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);

        a = a.Ticket.Succeed(1003);
        a.Fx().ShouldBe([T.Dispatch(1004), T.Dispatch(1005)]);
        a.Ticket.CurrentBatchIndex.ShouldBe(3);

        a = a.Ticket.Succeed(1004);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a = a.Ticket.Succeed(1005, now: 9_000);
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Finished);
        a.Ticket.CurrentBatchIndex.ShouldBe(3, "current stays at the last batch when the ticket ends");
        a.Ticket.FinishedAtMs.ShouldBe(9_000);
        a.Ticket.Statuses().ShouldAllBe(s => s == InstanceStatus.Finished);
    }

    [Fact]
    public void A_failed_host_ends_the_batch_like_a_finished_one_when_the_rate_holds()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).SuccessRate(50).Build().Then(T.Start);

        var a = t.Ko(1001).Succeed(1002);

        a.Fx().ShouldBe([T.Dispatch(1003)]);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
    }

    [Fact]
    public void Batch_indexes_need_not_start_at_one()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 1)).FirstBatchIndex(0).Build();
        t.CurrentBatchIndex.ShouldBe(0);

        var a = t.Then(T.Start).Succeed(1001);

        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Fx().ShouldBe([T.Dispatch(1002)]);
        a.Ticket.Ok(1002).Status.ShouldBe(TicketStatus.Finished);
    }

    [Fact]
    public void Finished_at_is_set_when_the_ticket_finishes_and_not_before()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.P, 1), (T.C, 1)).Build();

        var processing = t.Then(T.Start, 100);
        processing.FinishedAtMs.ShouldBeNull();
        var paused = processing.Ok(1001, 1002);
        paused.Status.ShouldBe(TicketStatus.Paused);
        paused.FinishedAtMs.ShouldBeNull();
        var running = paused.Then(T.Continue);
        running.FinishedAtMs.ShouldBeNull();
        running.Succeed(1003, now: 777).Ticket.FinishedAtMs.ShouldBe(777);
    }

    [Fact]
    public void Accepted_event_leaves_the_original_ticket_untouched()
    {
        var t = Scenarios.Processing();
        var before = T.Describe(t);

        _ = t.Succeed(1001);
        _ = t.Accept(T.CancelOrder);

        T.Describe(t).ShouldBe(before);
    }
}
