using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>semantics §3 "Running": up to max_concurrency hosts at once, a window that slides as hosts finish.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Without_max_concurrency_the_whole_batch_starts_at_once()
    {
        var t = TicketBuilder.WithBatches((T.C, 5)).MaxConcurrency(null).Build();

        t.Accept(T.Start).Fx().ShouldBe([T.Dispatch(1001), T.Dispatch(1002), T.Dispatch(1003), T.Dispatch(1004), T.Dispatch(1005)]);
    }

    [Fact]
    public void Max_concurrency_limits_the_first_dispatch_in_instance_order()
    {
        var t = TicketBuilder.WithBatches((T.C, 5)).MaxConcurrency(2).Build();

        var a = t.Accept(T.Start);

        a.Fx().ShouldBe([T.Dispatch(1001), T.Dispatch(1002)]);
        a.Ticket.Statuses().ShouldBe([InstanceStatus.Processing, InstanceStatus.Processing,
            InstanceStatus.Ready, InstanceStatus.Ready, InstanceStatus.Ready]);
    }

    [Fact]
    public void The_window_slides_as_hosts_end()
    {
        var t = TicketBuilder.WithBatches((T.C, 4)).MaxConcurrency(2).Build().Then(T.Start);

        var a = t.Succeed(1002);
        a.Fx().ShouldBe([T.Dispatch(1003)]);

        var b = a.Ticket.Fail(1001);
        b.Fx().ShouldBe([T.Dispatch(1004)], "a failed host frees its slot too");

        var c = b.Ticket.Succeed(1003);
        c.Effects.ShouldBeEmpty();
        c.Ticket.Statuses().ShouldBe([InstanceStatus.Abnormal, InstanceStatus.Finished, InstanceStatus.Finished, InstanceStatus.Processing]);
    }

    [Fact]
    public void Max_concurrency_one_runs_hosts_one_at_a_time_across_batches()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.P, 3)).SuccessRate(100).MaxConcurrency(1).Build();

        var a = t.Accept(T.Start);
        a.Fx().ShouldBe([T.Dispatch(1001)]);
        a = a.Ticket.Succeed(1001);
        a.Fx().ShouldBe([T.Dispatch(1002)]);
        a = a.Ticket.Succeed(1002);
        a.Fx().ShouldBe([T.Dispatch(1003)]);
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a = a.Ticket.Succeed(1003);
        a.Fx().ShouldBe([T.Dispatch(1004)]);
        a = a.Ticket.Succeed(1004);
        a.Fx().ShouldBe([T.Dispatch(1005)]);
        a = a.Ticket.Succeed(1005);
        a.Effects.ShouldBeEmpty();
        a.Ticket.Status.ShouldBe(TicketStatus.Finished, "PAUSE on the last batch has no effect");
    }

    [Fact]
    public void Canceling_a_running_host_frees_its_slot()
    {
        var t = TicketBuilder.WithBatches((T.C, 3)).MaxConcurrency(1).Build().Then(T.Start);

        var a = t.Accept(T.CancelInstance(1001));

        a.Fx().ShouldBe([T.Kill(1001, 1, "canceled by operator"), T.Dispatch(1002)]);
    }

    [Fact]
    public void Canceling_a_waiting_host_skips_it_in_the_window()
    {
        var t = TicketBuilder.WithBatches((T.C, 3)).MaxConcurrency(1).Build().Then(T.Start).Then(T.CancelInstance(1002));

        var a = t.Succeed(1001);

        a.Fx().ShouldBe([T.Dispatch(1003)]);
        a.Ticket.I(1002).Status.ShouldBe(InstanceStatus.Canceled);
        a.Ticket.I(1002).Attempt.ShouldBe(0, "a canceled host that never ran was never dispatched");
    }

    [Fact]
    public void Pause_order_stops_the_window_and_continue_refills_it()
    {
        var t = TicketBuilder.WithBatches((T.C, 4)).MaxConcurrency(2).Build().Then(T.Start).Then(T.Pause);

        var a = t.Succeed(1001);
        a.Effects.ShouldBeEmpty("no new host starts on a paused ticket");
        a.Ticket.Status.ShouldBe(TicketStatus.Paused);
        a.Ticket.I(1003).Status.ShouldBe(InstanceStatus.Ready);

        var b = a.Ticket.Succeed(1002);
        b.Effects.ShouldBeEmpty();

        var c = b.Ticket.Accept(T.Continue);
        c.Ticket.Status.ShouldBe(TicketStatus.Processing);
        c.Fx().ShouldBe([T.Dispatch(1003), T.Dispatch(1004)]);
    }

    [Fact]
    public void The_window_counts_retried_hosts_of_earlier_batches_and_they_start_first_as_slots_free()
    {
        // Batch 1: 1001, 1002 (rate 50 holds with one failure). Batch 2: 1003, 1004, 1005. Window 2.
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 3)).SuccessRate(50).MaxConcurrency(2).Build().Then(T.Start)
            .Ko(1001).Ok(1002);
        t.CurrentBatchIndex.ShouldBe(2);
        t.Statuses(1003, 1004, 1005).ShouldBe([InstanceStatus.Processing, InstanceStatus.Processing, InstanceStatus.Ready]);

        var retried = t.Accept(T.RetryInstance(1001));
        retried.Effects.ShouldBeEmpty("the window is full");
        retried.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Ready);

        var a = retried.Ticket.Succeed(1003);
        a.Fx().ShouldBe([T.Dispatch(1001, attempt: 2)], "the retried host of batch 1 comes first in instance order");

        var b = a.Ticket.Succeed(1004);
        b.Fx().ShouldBe([T.Dispatch(1005)]);
        b.Ticket.Statuses(1001, 1005).ShouldAllBe(s => s == InstanceStatus.Processing);
    }

    [Fact]
    public void The_current_batch_does_not_end_while_a_retried_host_of_an_earlier_batch_runs()
    {
        var t = TicketBuilder.WithBatches((T.C, 2), (T.C, 1), (T.C, 1)).SuccessRate(50).Build().Then(T.Start)
            .Ko(1001).Ok(1002).Then(T.RetryInstance(1001));
        t.I(1001).Status.ShouldBe(InstanceStatus.Processing);
        t.I(1003).Status.ShouldBe(InstanceStatus.Processing);

        var a = t.Succeed(1003);
        a.Ticket.CurrentBatchIndex.ShouldBe(2, "1001 (retried) still runs");
        a.Effects.ShouldBeEmpty();

        var b = a.Ticket.Succeed(1001);
        b.Ticket.CurrentBatchIndex.ShouldBe(3);
        b.Fx().ShouldBe([T.Dispatch(1004)]);
    }

    [Fact]
    public void Hosts_of_a_later_batch_never_start_before_their_batch_even_with_free_slots()
    {
        var t = TicketBuilder.WithBatches((T.C, 1), (T.C, 3)).MaxConcurrency(3).Build();

        var a = t.Accept(T.Start);

        a.Fx().ShouldBe([T.Dispatch(1001)]);
        a.Ticket.Statuses(1002, 1003, 1004).ShouldAllBe(s => s == InstanceStatus.Ready);
    }
}
