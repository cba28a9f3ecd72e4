using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>
/// Host reports that do not concern the live attempt (semantics §2: a late result for a closed instance does not
/// change its state; a dispatch id is run at most once) are accepted as no-ops: unchanged ticket, no effects.
/// </summary>
public class StaleEventTests
{
    [Fact]
    public void Host_ended_for_an_unknown_instance_is_a_no_op() =>
        Scenarios.Processing().NoOp(new TicketEvent.HostEnded(7777, T.Did(7777, 1), true, 0, null));

    [Fact]
    public void Host_ended_for_a_host_that_was_never_dispatched_is_a_no_op() =>
        Scenarios.Processing().NoOp(new TicketEvent.HostEnded(1003, T.Did(1003, 1), true, 0, null));

    [Fact]
    public void A_duplicate_host_ended_is_a_no_op()
    {
        var t = Scenarios.Processing().Ok(1001);

        t.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1), true, 0, null));
        t.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1), false, 1, "different outcome"));
        t.I(1001).Status.ShouldBe(InstanceStatus.Finished);
    }

    [Fact]
    public void The_result_of_a_killed_host_does_not_change_its_canceled_state()
    {
        var t = Scenarios.Processing().Then(T.CancelInstance(1001));

        t.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1), false, 143, "terminated"));
        t.I(1001).Status.ShouldBe(InstanceStatus.Canceled);
        t.I(1001).Note.ShouldBe("canceled by operator");
    }

    [Fact]
    public void The_result_of_an_earlier_attempt_is_ignored_once_the_host_was_retried()
    {
        var t = Scenarios.FinishedWithAFailure().Then(T.RetryInstance(1001));
        t.I(1001).DispatchId.ShouldBe(T.Did(1001, 2));

        t.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1), true, 0, null));
        t.NoOp(new TicketEvent.HostStarted(1001, T.Did(1001, 1), 1));
    }

    [Fact]
    public void A_result_with_a_dispatch_id_of_another_ticket_is_ignored() =>
        Scenarios.Processing().NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1, uuid: "EX20990101000000ffffffff"), true, 0, null));

    [Fact]
    public void A_result_for_an_attempt_that_was_never_dispatched_is_ignored() =>
        Scenarios.Processing().NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 2), true, 0, null));

    [Fact]
    public void Host_ended_on_a_canceled_ticket_is_a_no_op()
    {
        var t = Scenarios.Canceled();

        t.NoOp(new TicketEvent.HostEnded(1002, T.Did(1002, 1), true, 0, null));
        t.NoOp(new TicketEvent.HostStarted(1003, T.Did(1003, 1), 10));
    }

    [Fact]
    public void Host_started_for_an_unknown_instance_is_a_no_op() =>
        Scenarios.Processing().NoOp(new TicketEvent.HostStarted(1, T.Did(1, 1), 10));

    [Fact]
    public void Host_started_for_a_host_that_is_not_processing_is_a_no_op()
    {
        Scenarios.Processing().NoOp(new TicketEvent.HostStarted(1003, T.Did(1003, 1), 10));
        Scenarios.Processing().Ok(1001).NoOp(new TicketEvent.HostStarted(1001, T.Did(1001, 1), 10));
    }

    [Fact]
    public void Host_started_with_a_stale_dispatch_id_is_a_no_op() =>
        Scenarios.Processing().NoOp(new TicketEvent.HostStarted(1001, T.Did(1001, 0), 10));

    [Fact]
    public void Host_ended_on_a_paused_ticket_is_recorded_but_starts_nothing()
    {
        var a = Scenarios.PausedMidBatch().Fail(1001, exit: 4);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty();
        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Abnormal);
        a.Ticket.I(1001).ExitCode.ShouldBe(4);
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
    }
}
