using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>semantics §3 "Rotation strategy", and where <see cref="Ticket.CurrentBatchIndex"/> points.</summary>
public class RotationTests
{
    [Fact]
    public void Continue_starts_the_next_batch_at_once()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 2)).Build().Then(T.Start);

        var a = t.Succeed(1001);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Dispatch(1002), T.Dispatch(1003)]);
    }

    [Fact]
    public void Pause_batch_end_pauses_the_ticket_and_current_moves_to_the_batch_that_runs_next()
    {
        var t = TicketBuilder.WithBatches((T.P, 1), (T.C, 2)).Build().Then(T.Start);

        var a = t.Succeed(1001, now: 2_000);

        a.Changed.ShouldBeTrue();
        a.Effects.ShouldBeEmpty("no host of batch 2 starts until CONTINUE_ORDER");
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.FinishedAtMs.ShouldBeNull("a paused ticket has not finished");
        a.Ticket.Statuses(1002, 1003).ShouldAllBe(s => s == InstanceStatus.Ready);
    }

    [Fact]
    public void Continue_order_after_a_pause_batch_starts_the_next_batch()
    {
        var t = TicketBuilder.WithBatches((T.P, 1), (T.C, 2)).Build().Then(T.Start).Ok(1001);

        var a = t.Accept(T.Continue);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Dispatch(1002), T.Dispatch(1003)]);
    }

    [Fact]
    public void Pause_on_the_last_batch_has_no_effect()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.P, 1)).Build().Then(T.Start).Ok(1001);

        var a = t.Succeed(1002, now: 3_000);

        a.Ticket.Status.ShouldBe(TicketStatus.Finished);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.FinishedAtMs.ShouldBe(3_000);
    }

    [Fact]
    public void Pause_on_the_last_batch_has_no_effect_when_the_rate_fails_either()
    {
        var t = TicketBuilder.WithBatches((T.P, 1)).Build().Then(T.Start);

        t.Fail(1001).Ticket.Status.ShouldBe(TicketStatus.Abnormal);
    }

    [Fact]
    public void Every_pause_batch_pauses_in_turn()
    {
        var t = TicketBuilder.WithBatches((T.P, 1), (T.P, 1), (T.P, 1)).Build().Then(T.Start);

        var p1 = t.Ok(1001);
        p1.Status.ShouldBe(TicketStatus.Paused);
        p1.CurrentBatchIndex.ShouldBe(2);

        var p2 = p1.Then(T.Continue).Ok(1002);
        p2.Status.ShouldBe(TicketStatus.Paused);
        p2.CurrentBatchIndex.ShouldBe(3);

        var done = p2.Then(T.Continue).Ok(1003);
        done.Status.ShouldBe(TicketStatus.Finished);
    }

    [Fact]
    public void A_skipped_pause_batch_does_not_pause_the_ticket()
    {
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).Build().Then(T.Start);

        var a = t.Accept(T.SkipBatch(1));

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.Batches[0].Skipped.ShouldBeTrue();
        a.Fx().ShouldBe([
            T.Kill(1001, 1, "batch skipped by operator"),
            T.Kill(1002, 1, "batch skipped by operator"),
            T.Dispatch(1003),
        ]);
    }

    [Fact]
    public void A_later_pause_batch_skipped_in_advance_does_not_pause_when_it_is_reached()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.P, 1), (T.C, 1)).Build().Then(T.Start);

        var skipped = t.Then(T.SkipBatch(2));
        skipped.I(1002).Status.ShouldBe(InstanceStatus.Canceled);
        skipped.Status.ShouldBe(TicketStatus.Processing);
        skipped.CurrentBatchIndex.ShouldBe(1);

        var a = skipped.Succeed(1001);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(3);
        a.Fx().ShouldBe([T.Dispatch(1003)]);
    }

    [Fact]
    public void A_pause_batch_whose_hosts_were_canceled_one_by_one_still_pauses()
    {
        // Only SKIP_BATCH waives the pause; canceling every host of the batch ends it like any other end.
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).Build().Then(T.Start);

        var a = t.Then(T.CancelInstance(1001)).Accept(T.CancelInstance(1002));

        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Kill(1002, 1, "canceled by operator")]);
    }

    [Fact]
    public void Mixed_rotation_runs_continue_batches_back_to_back_and_stops_after_pause_batches()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 1), (T.P, 1), (T.C, 1)).Build().Then(T.Start);

        var after1 = t.Succeed(1001);
        after1.Ticket.CurrentBatchIndex.ShouldBe(2);
        after1.Fx().ShouldBe([T.Dispatch(1002)]);

        var after2 = after1.Ticket.Succeed(1002);
        after2.Ticket.CurrentBatchIndex.ShouldBe(3);
        after2.Fx().ShouldBe([T.Dispatch(1003)]);

        var after3 = after2.Ticket.Succeed(1003);
        after3.Ticket.Status.ShouldBe(TicketStatus.Paused);
        after3.Ticket.CurrentBatchIndex.ShouldBe(4);
        after3.Effects.ShouldBeEmpty();
    }

    [Fact]
    public void A_batch_that_ends_while_the_operator_paused_the_ticket_starts_nothing()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1)).Build().Then(T.Start).Then(T.Pause).Ok(1001);

        var a = t.Succeed(1002);

        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Ready);
    }

    [Fact]
    public void One_continue_order_is_enough_after_a_pause_batch_ended_while_the_operator_had_paused_the_ticket()
    {
        // The operator pauses during batch 1 (PAUSE); its hosts then end. Batch 1 has ended and the ticket is PAUSED:
        // "PAUSE: when batch N ends, the ticket becomes PAUSED until CONTINUE_ORDER". The next CONTINUE_ORDER must
        // start batch 2; it must not be swallowed by a second pause for the batch that already ended before it.
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).Build().Then(T.Start).Then(T.Pause).Ok(1001, 1002);
        t.Status.ShouldBe(TicketStatus.Paused);

        var a = t.Accept(T.Continue);

        a.Ticket.Status.ShouldBe(TicketStatus.Processing);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Fx().ShouldBe([T.Dispatch(1003)]);
    }
}
