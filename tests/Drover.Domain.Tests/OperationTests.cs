using Drover.Domain.Common;
using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>
/// semantics §3 "Operations", one section per operation: every ticket state it is allowed in (and what it does),
/// every state it is refused in (the code, a message naming the rule, and the ticket untouched).
/// Scenarios: batches 1 (CONTINUE, 1001-1002), 2 (PAUSE, 1003-1004), 3 (CONTINUE, 1005-1006), rate 100.
/// </summary>
public class OperationTests
{
    private const string ByOperator = "canceled by operator";
    private const string SkippedByOperatorNote = "batch skipped by operator";
    private const string ByCancelOrder = "ticket canceled by operator";

    // ---------------------------------------------------------------- CANCEL_INSTANCE

    [Fact]
    public void CancelInstance_ready_host_of_a_ready_ticket_is_canceled_and_nothing_starts()
    {
        var t = Scenarios.Ready();

        var a = t.Accept(T.CancelInstance(1003), now: 700);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Ready);
        var i = a.Ticket.I(1003);
        i.Status.ShouldBe(InstanceStatus.Canceled);
        i.Note.ShouldBe(ByOperator);
        i.FinishedAtMs.ShouldBe(700);
        a.Ticket.Statuses().Count(s => s == InstanceStatus.Canceled).ShouldBe(1);
    }

    [Fact]
    public void CancelInstance_running_host_is_killed_with_its_live_dispatch_id_and_the_batch_ends_when_the_others_end()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(T.CancelInstance(1001), now: 800);

        a.Fx().ShouldBe([T.Kill(1001, 1, ByOperator)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Canceled);
        a.Ticket.I(1001).FinishedAtMs.ShouldBe(800);
        a.Ticket.I(1002).Status.ShouldBe(InstanceStatus.Processing);

        var b = a.Ticket.Succeed(1002);
        b.Ticket.CurrentBatchIndex.ShouldBe(2);
        b.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void CancelInstance_of_the_last_open_host_ends_the_batch_now()
    {
        var t = Scenarios.Processing().Ok(1001);

        var a = t.Accept(T.CancelInstance(1002));

        a.Fx().ShouldBe([T.Kill(1002, 1, ByOperator), T.Dispatch(1003), T.Dispatch(1004)]);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
    }

    [Fact]
    public void CancelInstance_of_a_waiting_host_of_a_later_batch_on_a_processing_ticket()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(T.CancelInstance(1005));

        a.Effects.ShouldBeEmpty();
        a.Ticket.I(1005).Status.ShouldBe(InstanceStatus.Canceled);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
    }

    [Fact]
    public void CancelInstance_on_a_paused_ticket_kills_the_host_and_the_ticket_stays_paused()
    {
        var t = Scenarios.PausedMidBatch();

        var a = t.Accept(T.CancelInstance(1001));
        a.Fx().ShouldBe([T.Kill(1001, 1, ByOperator)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);

        var b = a.Ticket.Accept(T.CancelInstance(1002));
        b.Fx().ShouldBe([T.Kill(1002, 1, ByOperator)], "the batch has ended but nothing starts while paused");
        b.Ticket.Status.ShouldBe(TicketStatus.Paused);
        b.Ticket.Statuses(1003, 1004).ShouldAllBe(s => s == InstanceStatus.Ready);

        var c = b.Ticket.Accept(T.Continue);
        c.Ticket.Status.ShouldBe(TicketStatus.Processing);
        c.Ticket.CurrentBatchIndex.ShouldBe(2);
        c.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void CancelInstance_on_a_ticket_paused_between_batches()
    {
        var t = Scenarios.PausedBetweenBatches();

        var a = t.Accept(T.CancelInstance(1005));

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.CurrentBatchIndex.ShouldBe(3);
        a.Ticket.I(1005).Status.ShouldBe(InstanceStatus.Canceled);

        var b = a.Ticket.Accept(T.Continue);
        b.Fx().ShouldBe([T.Dispatch(1006)]);
    }

    [Fact]
    public void CancelInstance_on_an_abnormal_ticket_cancels_a_waiting_host_and_the_ticket_stays_abnormal()
    {
        var t = Scenarios.AbnormalWithBatchesLeft();

        var a = t.Accept(T.CancelInstance(1004), now: 99_000);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        a.Ticket.FinishedAtMs.ShouldBe(t.FinishedAtMs, "the ticket did not stop again");
        a.Ticket.I(1004).Status.ShouldBe(InstanceStatus.Canceled);
    }

    [Theory]
    [InlineData("FINISHED")]
    [InlineData("CANCELED")]
    public void CancelInstance_is_refused_on_a_finished_or_canceled_ticket(string state)
    {
        var t = Scenarios.ByName(state);

        var r = t.Refuse(T.CancelInstance(1002), ErrorCodes.TicketStateRefuses);

        r.Message.ShouldContain($"ticket is {state}");
        r.Message.ShouldContain("CANCEL_INSTANCE");
        r.Message.ShouldContain("not FINISHED or CANCELED");
    }

    [Fact]
    public void CancelInstance_of_an_unknown_instance_is_refused()
    {
        var r = Scenarios.Processing().Refuse(T.CancelInstance(4242), ErrorCodes.InstanceNotFound);

        r.Message.ShouldContain("instance_id 4242");
        r.Message.ShouldContain("not an instance of this ticket");
    }

    [Theory]
    [InlineData("PAUSED between batches", 1001, "FINISHED")]
    [InlineData("ABNORMAL with batches left", 1001, "ABNORMAL")]
    [InlineData("ABNORMAL after last batch", 1006, "ABNORMAL")]
    public void CancelInstance_of_an_ended_instance_is_refused(string state, long id, string instanceStatus)
    {
        var r = Scenarios.ByName(state).Refuse(T.CancelInstance(id), ErrorCodes.InstanceStateRefuses);

        r.Message.ShouldBe($"instance_id {id} is {instanceStatus}: CANCEL_INSTANCE needs a READY or PROCESSING instance");
    }

    [Fact]
    public void CancelInstance_of_an_already_canceled_instance_is_refused()
    {
        var t = Scenarios.Processing().Then(T.CancelInstance(1001));

        var r = t.Refuse(T.CancelInstance(1001), ErrorCodes.InstanceStateRefuses);

        r.Message.ShouldContain("is CANCELED");
    }

    // ---------------------------------------------------------------- SKIP_BATCH

    [Fact]
    public void SkipBatch_on_a_ready_ticket_cancels_the_batch_and_start_goes_straight_to_the_next()
    {
        var t = Scenarios.Ready();

        var a = t.Accept(T.SkipBatch(1), now: 300);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Ready);
        a.Ticket.Batches[0].Skipped.ShouldBeTrue();
        a.Ticket.Batches[1].Skipped.ShouldBeFalse();
        foreach (var id in new long[] { 1001, 1002 })
        {
            a.Ticket.I(id).Status.ShouldBe(InstanceStatus.Canceled);
            a.Ticket.I(id).Note.ShouldBe(SkippedByOperatorNote);
            a.Ticket.I(id).FinishedAtMs.ShouldBe(300);
        }

        var b = a.Ticket.Accept(T.Start);
        b.Ticket.Status.ShouldBe(TicketStatus.Processing);
        b.Ticket.CurrentBatchIndex.ShouldBe(2);
        b.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void SkipBatch_of_the_current_batch_kills_its_running_hosts_and_the_next_batch_starts_now()
    {
        var t = Scenarios.Processing().Ok(1001);

        var a = t.Accept(T.SkipBatch(1));

        a.Fx().ShouldBe([T.Kill(1002, 1, SkippedByOperatorNote), T.Dispatch(1003), T.Dispatch(1004)]);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Finished, "a host that already ended keeps its outcome");
        a.Ticket.I(1002).Status.ShouldBe(InstanceStatus.Canceled);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
    }

    [Fact]
    public void SkipBatch_of_the_current_batch_cancels_hosts_still_waiting_for_a_slot()
    {
        var t = TicketBuilder.WithBatches((T.C, 3), (T.C, 1)).MaxConcurrency(1).Build().Then(T.Start);

        var a = t.Accept(T.SkipBatch(1));

        a.Fx().ShouldBe([T.Kill(1001, 1, SkippedByOperatorNote), T.Dispatch(1004)]);
        a.Ticket.Statuses(1001, 1002, 1003).ShouldAllBe(s => s == InstanceStatus.Canceled);
        a.Ticket.I(1002).Attempt.ShouldBe(0);
    }

    [Fact]
    public void SkipBatch_of_a_later_batch_means_it_will_not_run()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(T.SkipBatch(2));
        a.Effects.ShouldBeEmpty();
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.Statuses(1003, 1004).ShouldAllBe(s => s == InstanceStatus.Canceled);
        a.Ticket.Statuses(1001, 1002).ShouldAllBe(s => s == InstanceStatus.Processing);

        var b = a.Ticket.Ok(1001).Succeed(1002);
        b.Ticket.Status.ShouldBe(TicketStatus.Processing, "batch 2 was skipped, so its PAUSE does not apply");
        b.Ticket.CurrentBatchIndex.ShouldBe(3);
        b.Fx().ShouldBe([T.Dispatch(1005), T.Dispatch(1006)]);
    }

    [Fact]
    public void SkipBatch_of_the_last_running_batch_finishes_the_ticket()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 2)).Build().Then(T.Start).Ok(1001);

        var a = t.Accept(T.SkipBatch(2), now: 1_234);

        a.Fx().ShouldBe([T.Kill(1002, 1, SkippedByOperatorNote), T.Kill(1003, 1, SkippedByOperatorNote)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Finished);
        a.Ticket.FinishedAtMs.ShouldBe(1_234);
    }

    [Fact]
    public void SkipBatch_ends_the_batch_so_the_success_rate_is_checked()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).SuccessRate(100).Build().Then(T.Start).Ko(1001);

        var a = t.Accept(T.SkipBatch(1));

        a.Fx().ShouldBe([T.Kill(1002, 1, SkippedByOperatorNote)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Ready);
    }

    [Fact]
    public void SkipBatch_on_a_ticket_paused_mid_batch_kills_and_stays_paused()
    {
        var t = Scenarios.PausedMidBatch();

        var a = t.Accept(T.SkipBatch(1));

        a.Fx().ShouldBe([T.Kill(1001, 1, SkippedByOperatorNote), T.Kill(1002, 1, SkippedByOperatorNote)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.Batches[0].Skipped.ShouldBeTrue();

        var b = a.Ticket.Accept(T.Continue);
        b.Ticket.CurrentBatchIndex.ShouldBe(2);
        b.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void SkipBatch_of_the_batch_a_paused_ticket_would_run_next()
    {
        var t = Scenarios.PausedBetweenBatches();

        var a = t.Accept(T.SkipBatch(3), now: 4_444);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Statuses(1005, 1006).ShouldAllBe(s => s == InstanceStatus.Canceled);
        a.Ticket.Status.ShouldBe(TicketStatus.Finished, "the skipped batch was the last: nothing is left to run");
        a.Ticket.FinishedAtMs.ShouldBe(4_444);
    }

    [Fact]
    public void SkipBatch_of_a_later_batch_on_an_abnormal_ticket()
    {
        var t = Scenarios.AbnormalWithBatchesLeft();

        var a = t.Accept(T.SkipBatch(2));

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.Statuses(1003, 1004).ShouldAllBe(s => s == InstanceStatus.Canceled);
        a.Ticket.Statuses(1005, 1006).ShouldAllBe(s => s == InstanceStatus.Ready);
        a.Ticket.Batches[1].Skipped.ShouldBeTrue();
    }

    [Theory]
    [InlineData("PAUSED between batches", 1)]
    [InlineData("PAUSED between batches", 2)]
    [InlineData("ABNORMAL with batches left", 1)]
    [InlineData("ABNORMAL after last batch", 3)]
    public void SkipBatch_of_an_ended_batch_is_refused(string state, int batch)
    {
        var r = Scenarios.ByName(state).Refuse(T.SkipBatch(batch), ErrorCodes.BatchEnded);

        r.Message.ShouldBe($"batch_index {batch}: the batch has already ended, there is nothing to skip");
    }

    [Fact]
    public void SkipBatch_of_an_already_skipped_batch_is_refused()
    {
        var t = Scenarios.Processing().Then(T.SkipBatch(2));

        t.Refuse(T.SkipBatch(2), ErrorCodes.BatchEnded).Message.ShouldContain("already ended");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void SkipBatch_of_an_unknown_batch_is_refused(int batch)
    {
        var r = Scenarios.Processing().Refuse(T.SkipBatch(batch), ErrorCodes.BatchNotFound);

        r.Message.ShouldBe($"batch_index {batch} is not a batch of this ticket (it has batches 1..3)");
    }

    [Theory]
    [InlineData("FINISHED")]
    [InlineData("CANCELED")]
    public void SkipBatch_is_refused_on_a_finished_or_canceled_ticket(string state)
    {
        var t = Scenarios.ByName(state);

        var r = t.Refuse(T.SkipBatch(2), ErrorCodes.TicketStateRefuses);

        r.Message.ShouldBe($"ticket is {state}: SKIP_BATCH needs a ticket that is not FINISHED or CANCELED");
        t.Refuse(T.SkipBatch(99), ErrorCodes.TicketStateRefuses);
    }

    // ---------------------------------------------------------------- PAUSE_ORDER

    [Fact]
    public void PauseOrder_on_a_ready_ticket_pauses_it_before_it_starts()
    {
        var t = Scenarios.Ready();

        var a = t.Accept(T.Pause);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.FinishedAtMs.ShouldBeNull();
        a.Ticket.Statuses().ShouldAllBe(s => s == InstanceStatus.Ready);

        a.Ticket.NoOp(T.Start);
        var b = a.Ticket.Accept(T.Continue);
        b.Ticket.Status.ShouldBe(TicketStatus.Processing);
        b.Fx().ShouldBe([T.Dispatch(1001), T.Dispatch(1002)]);
    }

    [Fact]
    public void PauseOrder_on_a_processing_ticket_lets_running_hosts_finish_and_starts_nothing_new()
    {
        var t = Scenarios.Processing();

        var a = t.Accept(T.Pause);
        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty("running hosts are not killed");
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.Statuses(1001, 1002).ShouldAllBe(s => s == InstanceStatus.Processing);

        var b = a.Ticket.Succeed(1001);
        b.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Finished);
        b.Ticket.Status.ShouldBe(TicketStatus.Paused);

        var c = b.Ticket.Fail(1002, exit: 3);
        c.Ticket.I(1002).Status.ShouldBe(InstanceStatus.Abnormal);
        c.Ticket.I(1002).ExitCode.ShouldBe(3);
        c.Effects.ShouldBeEmpty("the batch ended but the next one does not start while paused");
        c.Ticket.Status.ShouldBe(TicketStatus.Abnormal, "the batch that ended while paused broke the 100% rate: the ticket stops");
        c.Ticket.CurrentBatchIndex.ShouldBe(1);
        c.Ticket.Statuses(1003, 1004, 1005, 1006).ShouldAllBe(s => s == InstanceStatus.Ready);
    }

    [Fact]
    public void A_batch_that_ends_while_paused_is_closed_out_so_one_continue_starts_the_next()
    {
        var t = Scenarios.Processing().Then(T.Pause).Ok(1001, 1002);

        t.Status.ShouldBe(TicketStatus.Paused);
        t.CurrentBatchIndex.ShouldBe(2, "the paused ticket points at the batch that runs next");

        var a = t.Accept(T.Continue);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Theory]
    [InlineData("PAUSED mid-batch")]
    [InlineData("PAUSED before start")]
    [InlineData("PAUSED between batches")]
    public void PauseOrder_on_a_paused_ticket_is_a_no_op(string state) => Scenarios.ByName(state).NoOp(T.Pause);

    [Theory]
    [InlineData("ABNORMAL with batches left", "ABNORMAL")]
    [InlineData("ABNORMAL after last batch", "ABNORMAL")]
    [InlineData("FINISHED", "FINISHED")]
    [InlineData("CANCELED", "CANCELED")]
    public void PauseOrder_is_refused_on_an_ended_ticket(string state, string status)
    {
        var r = Scenarios.ByName(state).Refuse(T.Pause, ErrorCodes.TicketStateRefuses);

        r.Message.ShouldBe($"ticket is {status}: PAUSE_ORDER needs a READY or PROCESSING ticket");
    }

    // ---------------------------------------------------------------- CONTINUE_ORDER

    [Fact]
    public void ContinueOrder_on_a_ticket_paused_mid_batch_resumes_the_window()
    {
        var t = TicketBuilder.WithBatches((T.C, 3)).MaxConcurrency(1).Build().Then(T.Start).Then(T.Pause).Ok(1001);
        t.I(1002).Status.ShouldBe(InstanceStatus.Ready);

        var a = t.Accept(T.Continue);

        a.Changed.ShouldBeTrue();
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.FinishedAtMs.ShouldBeNull();
        a.Fx().ShouldBe([T.Dispatch(1002)]);
    }

    [Fact]
    public void ContinueOrder_on_a_ticket_paused_while_hosts_run_changes_only_the_status()
    {
        var t = Scenarios.PausedMidBatch();

        var a = t.Accept(T.Continue);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.Statuses(1001, 1002).ShouldAllBe(s => s == InstanceStatus.Processing);
    }

    [Fact]
    public void ContinueOrder_after_the_batch_ended_while_paused_starts_the_next_batch()
    {
        var t = Scenarios.PausedMidBatch().Ok(1001, 1002);

        var a = t.Accept(T.Continue);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void A_ticket_paused_during_its_last_batch_finishes_when_that_batch_ends()
    {
        var paused = TicketBuilder.WithBatches((T.C, 1)).Build().Then(T.Start).Then(T.Pause);
        paused.Status.ShouldBe(TicketStatus.Paused);

        var a = paused.Succeed(1001, now: 6_000);

        a.Ticket.Status.ShouldBe(TicketStatus.Finished, "nothing is left to hold back");
        a.Ticket.FinishedAtMs.ShouldBe(6_000);
        a.Ticket.Refuse(T.Continue, ErrorCodes.TicketStateRefuses);
    }

    [Fact]
    public void ContinueOrder_on_a_ticket_paused_before_start_starts_it()
    {
        var a = Scenarios.PausedBeforeStart().Accept(T.Continue);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Fx().ShouldBe([T.Dispatch(1001), T.Dispatch(1002)]);
    }

    [Fact]
    public void ContinueOrder_on_a_ticket_paused_between_batches_starts_the_next_batch()
    {
        var a = Scenarios.PausedBetweenBatches().Accept(T.Continue);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(3);
        a.Fx().ShouldBe([T.Dispatch(1005), T.Dispatch(1006)]);
    }

    [Fact]
    public void ContinueOrder_on_an_abnormal_ticket_with_batches_left_goes_on_with_the_next_batch()
    {
        var t = Scenarios.AbnormalWithBatchesLeft();
        t.FinishedAtMs.ShouldNotBeNull();

        var a = t.Accept(T.Continue);

        a.Changed.ShouldBeTrue();
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.FinishedAtMs.ShouldBeNull("gmt_finished is cleared when the ticket runs again");
        a.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Abnormal, "continuing does not retry");
    }

    [Fact]
    public void ContinueOrder_on_an_abnormal_ticket_after_its_last_batch_is_refused()
    {
        var r = Scenarios.AbnormalAfterLastBatch().Refuse(T.Continue, ErrorCodes.NoBatchLeft);

        r.Message.ShouldContain("ABNORMAL after its last batch");
        r.Message.ShouldContain("no batch is left to continue");
    }

    [Theory]
    [InlineData("READY")]
    [InlineData("PROCESSING")]
    public void ContinueOrder_on_a_ready_or_processing_ticket_is_a_no_op(string state) => Scenarios.ByName(state).NoOp(T.Continue);

    [Theory]
    [InlineData("FINISHED")]
    [InlineData("CANCELED")]
    public void ContinueOrder_is_refused_on_a_finished_or_canceled_ticket(string state)
    {
        var r = Scenarios.ByName(state).Refuse(T.Continue, ErrorCodes.TicketStateRefuses);

        r.Message.ShouldBe($"ticket is {state}: CONTINUE_ORDER needs a PAUSED ticket, or an ABNORMAL one with batches left");
    }

    // ---------------------------------------------------------------- CANCEL_ORDER

    [Fact]
    public void CancelOrder_on_a_ready_ticket_cancels_every_host()
    {
        var a = Scenarios.Ready().Accept(T.CancelOrder, now: 1_111);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.FinishedAtMs.ShouldBe(1_111);
        a.Ticket.Instances.ShouldAllBe(i => i.Status == InstanceStatus.Canceled && i.Note == ByCancelOrder && i.FinishedAtMs == 1_111);
    }

    [Fact]
    public void CancelOrder_on_a_processing_ticket_kills_every_running_host_and_cancels_the_waiting_ones()
    {
        var t = TicketBuilder.WithBatches((T.C, 4), (T.C, 1)).SuccessRate(10).MaxConcurrency(2).Build().Then(T.Start)
            .Ko(1001);
        t.Statuses().ShouldBe([InstanceStatus.Abnormal, InstanceStatus.Processing, InstanceStatus.Processing,
            InstanceStatus.Ready, InstanceStatus.Ready]);

        var a = t.Accept(T.CancelOrder, now: 2_222);

        a.Fx().ShouldBe([T.Kill(1002, 1, ByCancelOrder), T.Kill(1003, 1, ByCancelOrder)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.FinishedAtMs.ShouldBe(2_222);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.Statuses().ShouldBe([InstanceStatus.Abnormal, InstanceStatus.Canceled, InstanceStatus.Canceled,
            InstanceStatus.Canceled, InstanceStatus.Canceled]);
        a.Ticket.I(1001).Note.ShouldBeNull("an ended host keeps its outcome");
    }

    [Fact]
    public void CancelOrder_on_a_ticket_paused_mid_batch_kills_the_running_hosts()
    {
        var a = Scenarios.PausedMidBatch().Accept(T.CancelOrder);

        a.Fx().ShouldBe([T.Kill(1001, 1, ByCancelOrder), T.Kill(1002, 1, ByCancelOrder)]);
        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.Statuses().ShouldAllBe(s => s == InstanceStatus.Canceled);
    }

    [Fact]
    public void CancelOrder_on_a_ticket_paused_between_batches_cancels_the_rest()
    {
        var a = Scenarios.PausedBetweenBatches().Accept(T.CancelOrder);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.Statuses().ShouldBe([InstanceStatus.Finished, InstanceStatus.Finished, InstanceStatus.Finished,
            InstanceStatus.Finished, InstanceStatus.Canceled, InstanceStatus.Canceled]);
    }

    [Fact]
    public void CancelOrder_on_a_ticket_paused_before_start()
    {
        var a = Scenarios.PausedBeforeStart().Accept(T.CancelOrder);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.Statuses().ShouldAllBe(s => s == InstanceStatus.Canceled);
    }

    [Fact]
    public void CancelOrder_on_an_abnormal_ticket_after_its_last_batch_only_changes_the_status()
    {
        var t = Scenarios.AbnormalAfterLastBatch();

        var a = t.Accept(T.CancelOrder, now: 77_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.FinishedAtMs.ShouldBe(77_000);
        a.Ticket.Instances.ToArray().ShouldBe(t.Instances.ToArray());
    }

    [Theory]
    [InlineData("FINISHED")]
    [InlineData("CANCELED")]
    public void CancelOrder_is_refused_on_a_finished_or_canceled_ticket(string state)
    {
        var r = Scenarios.ByName(state).Refuse(T.CancelOrder, ErrorCodes.TicketStateRefuses);

        r.Message.ShouldBe($"ticket is {state}: CANCEL_ORDER needs a ticket that is not FINISHED or CANCELED");
    }

    // ---------------------------------------------------------------- operation names

    [Fact]
    public void Every_operation_has_its_coc_wire_name()
    {
        TicketOperation[] ops =
        [
            new TicketOperation.CancelInstance(1), new TicketOperation.SkipBatch(1), new TicketOperation.PauseOrder(),
            new TicketOperation.ContinueOrder(), new TicketOperation.CancelOrder(), new TicketOperation.RetryInstance(1),
            new TicketOperation.RetryFailed(null),
        ];

        ops.Select(o => o.WireName).ShouldBe(TicketOperation.WireNames);
        TicketOperation.WireNames.ShouldBe(["CANCEL_INSTANCE", "SKIP_BATCH", "PAUSE_ORDER", "CONTINUE_ORDER", "CANCEL_ORDER",
            "RETRY_INSTANCE", "RETRY_FAILED"]);
    }
}
