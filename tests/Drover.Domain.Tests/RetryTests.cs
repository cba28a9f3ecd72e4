using Drover.Domain.Common;
using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>semantics §3 RETRY_INSTANCE and RETRY_FAILED (extensions).</summary>
public class RetryTests
{
    // ---------------------------------------------------------------- RETRY_INSTANCE

    [Fact]
    public void RetryInstance_on_a_finished_ticket_runs_the_host_again_as_a_new_attempt_and_decides_the_ticket_again()
    {
        var t = Scenarios.FinishedWithAFailure();
        t.Status.ShouldBe(TicketStatus.Finished);
        t.FinishedAtMs.ShouldNotBeNull();

        var a = t.Accept(T.RetryInstance(1001));

        a.Changed.ShouldBeTrue();
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.FinishedAtMs.ShouldBeNull("gmt_finished is cleared when the ticket runs again");
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);
        var i = a.Ticket.I(1001);
        i.Status.ShouldBe(InstanceStatus.Processing);
        i.Attempt.ShouldBe(2);
        i.DispatchId.ShouldBe(T.Did(1001, 2));
        i.ExitCode.ShouldBeNull();
        i.Note.ShouldBeNull();
        i.StartedAtMs.ShouldBeNull();
        i.FinishedAtMs.ShouldBeNull();

        var b = a.Ticket.Succeed(1001, now: 12_000);
        b.Ticket.Status.ShouldBe(TicketStatus.Finished);
        b.Ticket.FinishedAtMs.ShouldBe(12_000);
        b.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Finished);
    }

    [Fact]
    public void Every_retry_is_a_further_attempt_with_its_own_dispatch_id()
    {
        var t = TicketBuilder.WithBatches((T.C, 1)).SuccessRate(100).Build().Then(T.Start);

        var second = t.Ko(1001).Accept(T.RetryInstance(1001));
        second.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);

        var third = second.Ticket.Ko(1001).Accept(T.RetryFailed());
        third.Fx().ShouldBe([T.Dispatch(1001, attempt: 3)]);
        third.Ticket.I(1001).Attempt.ShouldBe(3);
        third.Ticket.I(1001).DispatchId.ShouldBe($"{TicketBuilder.DefaultUuid}.1001.3");

        third.Ticket.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 2), true, 0, null));
        third.Ticket.Ok(1001).Status.ShouldBe(TicketStatus.Finished);
    }

    [Fact]
    public void RetryInstance_of_a_canceled_host_on_a_finished_ticket_can_turn_it_abnormal()
    {
        var t = TicketBuilder.WithBatches((T.C, 2)).SuccessRate(100).Build().Then(T.Start).Then(T.CancelInstance(1001)).Ok(1002);
        t.Status.ShouldBe(TicketStatus.Finished);

        var a = t.Accept(T.RetryInstance(1001));
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)], "the canceled attempt 1 was killed; this is attempt 2");
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);

        var b = a.Ticket.Fail(1001, now: 13_000, exit: 2);
        b.Ticket.Status.ShouldBe(TicketStatus.Abnormal, "1 of 2 is below 100%");
        b.Ticket.FinishedAtMs.ShouldBe(13_000);
        b.Ticket.I(1001).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void RetryInstance_on_an_abnormal_ticket_after_its_last_batch()
    {
        var t = Scenarios.AbnormalAfterLastBatch();

        var a = t.Accept(T.RetryInstance(1006));
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(3);
        a.Ticket.FinishedAtMs.ShouldBeNull();
        a.Fx().ShouldBe([T.Dispatch(1006, attempt: 2)]);

        a.Ticket.Ok(1006).Status.ShouldBe(TicketStatus.Finished);

        var again = a.Ticket.Fail(1006, exit: 9);
        again.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        again.Ticket.I(1006).Attempt.ShouldBe(2);
        again.Ticket.I(1006).ExitCode.ShouldBe(9);
    }

    [Fact]
    public void RetryInstance_on_an_abnormal_ticket_with_batches_left_goes_on_when_the_rate_holds_again()
    {
        var t = Scenarios.AbnormalWithBatchesLeft();

        var a = t.Accept(T.RetryInstance(1001));
        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);

        var b = a.Ticket.Succeed(1001);
        b.Ticket.Status.ShouldBe(TicketStatus.Processing);
        b.Ticket.CurrentBatchIndex.ShouldBe(2);
        b.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void RetryInstance_on_an_abnormal_ticket_stops_again_when_the_retry_fails()
    {
        var a = Scenarios.AbnormalWithBatchesLeft().Then(T.RetryInstance(1001)).Fail(1001, now: 20_000);

        a.Ticket.Status.ShouldBe(TicketStatus.Abnormal);
        a.Ticket.CurrentBatchIndex.ShouldBe(1);
        a.Ticket.FinishedAtMs.ShouldBe(20_000);
        a.Effects.ShouldBeEmpty();
    }

    [Fact]
    public void RetryInstance_that_repairs_a_pause_batch_pauses_the_ticket_after_it()
    {
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).SuccessRate(100).Build().Then(T.Start).Ko(1001).Ok(1002);
        t.Status.ShouldBe(TicketStatus.Abnormal);

        var a = t.Then(T.RetryInstance(1001)).Succeed(1001);

        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Effects.ShouldBeEmpty();
    }

    [Fact]
    public void RetryInstance_on_a_processing_ticket_starts_the_host_at_once()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 2)).SuccessRate(50).Build().Then(T.Start).Ko(1001).Ok(1002);
        t.CurrentBatchIndex.ShouldBe(2);

        var a = t.Accept(T.RetryInstance(1001));

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
    }

    [Fact]
    public void RetryInstance_on_a_paused_ticket_keeps_it_paused_and_the_host_waits()
    {
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).SuccessRate(50).Build().Then(T.Start).Ko(1001).Ok(1002);
        t.Status.ShouldBe(TicketStatus.Paused);

        var a = t.Accept(T.RetryInstance(1001));
        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Ready);
        a.Ticket.I(1001).Attempt.ShouldBe(1, "the attempt number is kept until the next dispatch");
        a.Ticket.I(1001).ExitCode.ShouldBeNull();

        var b = a.Ticket.Accept(T.Continue);
        b.Fx().ShouldBe([T.Dispatch(1001, attempt: 2), T.Dispatch(1003)]);
    }

    [Fact]
    public void RetryInstance_of_a_killed_host_makes_a_new_attempt_and_the_killed_attempt_result_is_ignored()
    {
        var t = Scenarios.Processing().Then(T.CancelInstance(1001));

        var a = t.Accept(T.RetryInstance(1001));
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);

        a.Ticket.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1), false, 143, "killed"));
        var b = a.Ticket.Accept(new TicketEvent.HostEnded(1001, T.Did(1001, 2), true, 0, null));
        b.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Finished);
    }

    [Fact]
    public void RetryInstance_of_a_host_canceled_before_it_ran_makes_its_first_attempt()
    {
        var t = Scenarios.Processing().Then(T.CancelInstance(1003));

        var a = t.Accept(T.RetryInstance(1003));

        a.Effects.ShouldBeEmpty("batch 2 has not started yet");
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Ready);
        a.Ticket.I(1003).Note.ShouldBeNull();
        a.Ticket.I(1003).FinishedAtMs.ShouldBeNull();

        var b = a.Ticket.Ok(1001).Succeed(1002);
        b.Fx().ShouldBe([T.Dispatch(1003, attempt: 1), T.Dispatch(1004)]);
    }

    [Fact]
    public void RetryInstance_on_a_ready_ticket_puts_a_canceled_host_back_and_the_ticket_stays_ready()
    {
        var t = Scenarios.Ready().Then(T.CancelInstance(1001));

        var a = t.Accept(T.RetryInstance(1001));

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Ready);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Ready);
        a.Ticket.Accept(T.Start).Fx().ShouldBe([T.Dispatch(1001), T.Dispatch(1002)]);
    }

    [Fact]
    public void RetryInstance_is_refused_on_a_canceled_ticket_even_for_an_abnormal_host()
    {
        var t = Scenarios.Canceled();
        t.I(1001).Status.ShouldBe(InstanceStatus.Abnormal);

        var r = t.Refuse(T.RetryInstance(1001), ErrorCodes.TicketStateRefuses);
        r.Message.ShouldBe("ticket is CANCELED: RETRY_INSTANCE needs a ticket that is not CANCELED");

        t.Refuse(T.RetryInstance(1002), ErrorCodes.TicketStateRefuses);
        t.Refuse(T.RetryInstance(9999), ErrorCodes.TicketStateRefuses);
    }

    [Fact]
    public void RetryInstance_of_an_unknown_instance_is_refused()
    {
        var r = Scenarios.AbnormalAfterLastBatch().Refuse(T.RetryInstance(1), ErrorCodes.InstanceNotFound);

        r.Message.ShouldBe("instance_id 1 is not an instance of this ticket");
    }

    [Theory]
    [InlineData("READY", 1001, "READY")]
    [InlineData("PROCESSING", 1001, "PROCESSING")]
    [InlineData("PAUSED mid-batch", 1002, "PROCESSING")]
    [InlineData("PAUSED between batches", 1003, "FINISHED")]
    [InlineData("ABNORMAL with batches left", 1002, "FINISHED")]
    [InlineData("ABNORMAL with batches left", 1003, "READY")]
    [InlineData("FINISHED", 1004, "FINISHED")]
    public void RetryInstance_of_a_host_that_is_not_abnormal_or_canceled_is_refused(string state, long id, string instanceStatus)
    {
        var r = Scenarios.ByName(state).Refuse(T.RetryInstance(id), ErrorCodes.InstanceStateRefuses);

        r.Message.ShouldBe($"instance_id {id} is {instanceStatus}: RETRY_INSTANCE needs an ABNORMAL or CANCELED instance");
    }

    // ---------------------------------------------------------------- RETRY_FAILED

    [Fact]
    public void RetryFailed_retries_every_abnormal_host_of_the_ticket_but_not_the_canceled_ones()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 3)).SuccessRate(10).Build().Then(T.Start)
            .Ko(1001).Ok(1002).Then(T.CancelInstance(1003)).Ko(1004).Ok(1005);
        t.Status.ShouldBe(TicketStatus.Finished);

        var a = t.Accept(T.RetryFailed());

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.FinishedAtMs.ShouldBeNull();
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2), T.Dispatch(1004, attempt: 2)]);
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Canceled);

        var done = a.Ticket.Ok(1001, 1004);
        done.Status.ShouldBe(TicketStatus.Finished);
    }

    [Theory]
    [InlineData(1, 1001L)]
    [InlineData(2, 1003L)]
    public void RetryFailed_with_a_batch_retries_only_that_batch(int batch, long expected)
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 2)).SuccessRate(10).Build().Then(T.Start)
            .Ko(1001).Ok(1002).Ko(1003).Ok(1004);
        t.Status.ShouldBe(TicketStatus.Finished);

        var a = t.Accept(T.RetryFailed(batch));

        a.Fx().ShouldBe([T.Dispatch(expected, attempt: 2)]);
        a.Ticket.Instances.Count(i => i.Status == InstanceStatus.Abnormal).ShouldBe(1);
    }

    [Fact]
    public void RetryFailed_respects_the_concurrency_window()
    {
        var t = TicketBuilder.WithBatches((T.C, 3)).SuccessRate(1).MaxConcurrency(1).Build().Then(T.Start).Ko(1001, 1002, 1003);
        t.Status.ShouldBe(TicketStatus.Abnormal);

        var a = t.Accept(T.RetryFailed());
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);
        a.Ticket.Statuses().ShouldBe([InstanceStatus.Processing, InstanceStatus.Ready, InstanceStatus.Ready]);

        a.Ticket.Succeed(1001).Fx().ShouldBe([T.Dispatch(1002, attempt: 2)]);
    }

    [Fact]
    public void RetryFailed_on_a_paused_ticket_keeps_it_paused()
    {
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).SuccessRate(50).Build().Then(T.Start).Ko(1001).Ok(1002);

        var a = t.Accept(T.RetryFailed(1));

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Ready);
    }

    [Fact]
    public void RetryFailed_on_an_abnormal_ticket_with_batches_left()
    {
        var a = Scenarios.AbnormalWithBatchesLeft().Accept(T.RetryFailed());

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)]);
    }

    [Fact]
    public void RetryFailed_with_no_abnormal_host_is_refused()
    {
        var t = TicketBuilder.WithBatches((T.C, 2)).SuccessRate(10).Build().Then(T.Start).Then(T.CancelInstance(1001)).Ok(1002);
        t.Status.ShouldBe(TicketStatus.Finished);

        var r = t.Refuse(T.RetryFailed(), ErrorCodes.NothingToRetry);

        r.Message.ShouldBe("no ABNORMAL host in this ticket to retry");
    }

    [Fact]
    public void RetryFailed_with_a_batch_without_abnormal_host_is_refused()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).SuccessRate(10).Build().Then(T.Start).Ko(1001).Ok(1002, 1003);
        t.Status.ShouldBe(TicketStatus.Finished);

        var r = t.Refuse(T.RetryFailed(2), ErrorCodes.NothingToRetry);

        r.Message.ShouldBe("batch_index 2: no ABNORMAL host in this batch to retry");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void RetryFailed_with_an_unknown_batch_is_refused(int batch)
    {
        var r = Scenarios.AbnormalAfterLastBatch().Refuse(T.RetryFailed(batch), ErrorCodes.BatchNotFound);

        r.Message.ShouldBe($"batch_index {batch} is not a batch of this ticket (it has batches 1..3)");
    }

    [Fact]
    public void RetryFailed_is_refused_on_a_canceled_ticket()
    {
        var t = Scenarios.Canceled();

        t.Refuse(T.RetryFailed(), ErrorCodes.TicketStateRefuses).Message
            .ShouldBe("ticket is CANCELED: RETRY_FAILED needs a ticket that is not CANCELED");
        t.Refuse(T.RetryFailed(1), ErrorCodes.TicketStateRefuses);
    }

    [Theory]
    [InlineData("READY")]
    [InlineData("PROCESSING")]
    [InlineData("PAUSED mid-batch")]
    [InlineData("PAUSED before start")]
    [InlineData("PAUSED between batches")]
    [InlineData("FINISHED")]
    public void RetryFailed_on_a_ticket_without_abnormal_hosts_is_refused(string state) =>
        Scenarios.ByName(state).Refuse(T.RetryFailed(), ErrorCodes.NothingToRetry);
}
