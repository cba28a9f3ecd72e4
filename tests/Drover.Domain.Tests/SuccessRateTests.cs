using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>semantics §3 "Success rate": checked when each batch ends, over all hosts so far.</summary>
public class SuccessRateTests
{
    [Fact]
    public void Rate_below_threshold_at_a_batch_end_stops_the_ticket_abnormal_and_later_batches_stay_ready()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 2), (T.P, 1)).SuccessRate(100).Build().Then(T.Start);

        var a = t.Ko(1001).Succeed(1002, now: 4_321);

        a.Effects.ShouldBeEmpty("no host of the next batch starts");
        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        a.Ticket.CurrentBatchIndex.ShouldBe(1, "current stays at the batch that ended");
        a.Ticket.FinishedAtMs.ShouldBe(4_321);
        a.Ticket.Statuses(1003, 1004, 1005).ShouldAllBe(s => s == InstanceStatus.Ready);
    }

    [Fact]
    public void Rate_is_not_checked_before_the_batch_ends()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).SuccessRate(100).Build().Then(T.Start);

        var a = t.Fail(1001);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing, "1002 still runs: the batch has not ended");
        a.Ticket.I(1002).Status.ShouldBe(InstanceStatus.Processing);
    }

    [Fact]
    public void Rate_equal_to_the_threshold_holds()
    {
        var t = TicketBuilder.WithBatches((T.C, 4), (T.C, 1)).SuccessRate(75).Build().Then(T.Start);

        var a = t.Ok(1001, 1002, 1003).Fail(1004);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Dispatch(1005)]);
    }

    [Fact]
    public void Rate_a_tenth_below_the_threshold_fails()
    {
        // 2 of 3 = 66.66...% < 66.7%
        var t = TicketBuilder.WithBatches((T.C, 3), (T.C, 1)).SuccessRate(66.7).Build().Then(T.Start);

        t.Ok(1001, 1002).Fail(1003).Ticket.Status.ShouldBe(TicketStatus.Abnormal);

        // ... and 66.6% holds.
        var u = TicketBuilder.WithBatches((T.C, 3), (T.C, 1)).SuccessRate(66.6).Build().Then(T.Start);
        u.Ok(1001, 1002).Fail(1003).Ticket.Status.ShouldBe(TicketStatus.Processing);
    }

    [Fact]
    public void Rate_counts_every_host_so_far_not_only_the_batch_that_ended()
    {
        // Batch 1: 1 of 2 (50%) holds at 50. Batch 2: 2 of 2 alone would be 100%, but so far it is 3 of 4 = 75%.
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 2), (T.C, 1)).SuccessRate(80).Build().Then(T.Start);

        var afterFirst = t.Ko(1001).Ok(1002);
        afterFirst.Status.ShouldBe(TicketStatus.Abnormal, "1 of 2 is below 80%");

        var u = TicketBuilder.WithBatches((T.C, 4), (T.C, 4), (T.C, 1)).SuccessRate(75).Build().Then(T.Start);
        var batch1 = u.Ok(1001, 1002, 1003).Ko(1004); // 3/4 = 75% holds
        batch1.Status.ShouldBe(TicketStatus.Processing);
        batch1.CurrentBatchIndex.ShouldBe(2);
        var batch2 = batch1.Ok(1005, 1006, 1007).Ko(1008); // 6/8 = 75% holds
        batch2.Status.ShouldBe(TicketStatus.Processing);
        batch2.CurrentBatchIndex.ShouldBe(3);

        var v = TicketBuilder.WithBatches((T.C, 4), (T.C, 2), (T.C, 1)).SuccessRate(75).Build().Then(T.Start);
        var b1 = v.Ok(1001, 1002, 1003).Ko(1004); // 3/4 holds
        var b2 = b1.Ok(1005).Ko(1006); // batch alone 50%, so far 4/6 = 66.7% < 75%
        b2.Status.ShouldBe(TicketStatus.Abnormal);
        b2.CurrentBatchIndex.ShouldBe(2);
        b2.I(1007).Status.ShouldBe(InstanceStatus.Ready);
    }

    [Fact]
    public void Canceled_hosts_count_in_neither_side()
    {
        // 1001 canceled, 1002 finished: 1 of 1 = 100%.
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).SuccessRate(100).Build().Then(T.Start);

        var a = t.Then(T.CancelInstance(1001)).Succeed(1002);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Dispatch(1003)]);
    }

    [Fact]
    public void A_batch_whose_hosts_were_all_canceled_counts_nothing_and_the_rate_holds()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).SuccessRate(100).Build().Then(T.Start);

        var a = t.Then(T.CancelInstance(1001)).Accept(T.CancelInstance(1002));

        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Processing);
        a.Ticket.Ok(1003).Status.ShouldBe(TicketStatus.Finished);
    }

    [Fact]
    public void After_the_last_batch_finished_if_the_rate_holds()
    {
        var t = TicketBuilder.WithBatches((T.C, 2)).SuccessRate(50).Build().Then(T.Start);

        var a = t.Ko(1001).Succeed(1002, now: 8_000);

        a.Ticket.Status.ShouldBe(TicketStatus.Finished);
        a.Ticket.FinishedAtMs.ShouldBe(8_000);
        a.Effects.ShouldBeEmpty();
    }

    [Fact]
    public void After_the_last_batch_abnormal_if_the_rate_fails()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 2)).SuccessRate(90).Build().Then(T.Start).Ok(1001);

        var a = t.Ok(1002).Fail(1003, now: 8_500);

        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal, "2 of 3 is below 90%");
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.FinishedAtMs.ShouldBe(8_500);
    }

    [Fact]
    public void After_the_last_batch_finished_when_no_host_was_counted()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 1)).SuccessRate(100).Build()
            .Then(T.CancelInstance(1001)).Then(T.CancelInstance(1002));

        var a = t.Accept(T.Start, now: 600);

        a.Ticket.Status.ShouldBe(TicketStatus.Finished);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.FinishedAtMs.ShouldBe(600);
        a.Effects.ShouldBeEmpty();
    }

    [Fact]
    public void Continue_on_a_rate_stopped_ticket_starts_the_next_batch_and_the_rate_is_checked_again_when_it_ends()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1), (T.C, 1)).SuccessRate(100).Build().Then(T.Start).Ko(1001).Ok(1002);
        t.Status.ShouldBe(TicketStatus.Abnormal);

        var a = t.Accept(T.Continue);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.FinishedAtMs.ShouldBeNull();
        a.Fx().ShouldBe([T.Dispatch(1003)]);

        // 2 of 3 so far is still below 100%: it stops again after batch 2.
        var b = a.Ticket.Succeed(1003);
        b.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        b.Ticket.CurrentBatchIndex.ShouldBe(2);
        b.Ticket.I(1004).Status.ShouldBe(InstanceStatus.Ready);
    }

    [Fact]
    public void Cancel_order_ends_a_rate_stopped_ticket()
    {
        var t = Scenarios.AbnormalWithBatchesLeft();

        var a = t.Accept(T.CancelOrder, now: 9_100);

        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.FinishedAtMs.ShouldBe(9_100);
        a.Effects.ShouldBeEmpty("nothing runs on a rate-stopped ticket");
        a.Ticket.Statuses().ShouldBe([InstanceStatus.Abnormal, InstanceStatus.Finished,
            InstanceStatus.Canceled, InstanceStatus.Canceled, InstanceStatus.Canceled, InstanceStatus.Canceled]);
    }

    [Fact]
    public void Rate_failing_on_a_pause_batch_makes_the_ticket_abnormal_not_paused()
    {
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).SuccessRate(100).Build().Then(T.Start);

        var a = t.Ko(1001).Succeed(1002);

        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
    }
}
