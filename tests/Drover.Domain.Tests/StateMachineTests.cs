using Drover.Domain.Common;
using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>
/// semantics §3, last paragraph: every ticket and instance transition, one test each, and the full matrix of
/// operation × ticket state with the expected new state, no-op, or refusal code.
/// </summary>
public class StateMachineTests
{
    // ---------------------------------------------------------------- ticket transitions

    [Fact]
    public void Ticket_ready_to_processing_on_start() =>
        Scenarios.Ready().Then(T.Start).Status.ShouldBe(TicketStatus.Processing);

    [Fact]
    public void Ticket_ready_to_paused_on_pause_order() =>
        Scenarios.Ready().Then(T.Pause).Status.ShouldBe(TicketStatus.Paused);

    [Fact]
    public void Ticket_processing_to_paused_on_pause_order() =>
        Scenarios.Processing().Then(T.Pause).Status.ShouldBe(TicketStatus.Paused);

    [Fact]
    public void Ticket_processing_to_paused_when_a_pause_batch_ends()
    {
        var t = Scenarios.Processing().Ok(1001, 1002, 1003);
        t.Status.ShouldBe(TicketStatus.Processing);

        t.Then(t.Ended(1004, ok: true)).Status.ShouldBe(TicketStatus.Paused);
    }

    [Fact]
    public void Ticket_paused_to_processing_on_continue_order() =>
        Scenarios.PausedBetweenBatches().Then(T.Continue).Status.ShouldBe(TicketStatus.Processing);

    [Fact]
    public void Ticket_processing_to_finished_when_the_last_batch_ends_and_the_rate_holds() =>
        Scenarios.Finished().Status.ShouldBe(TicketStatus.Finished);

    [Fact]
    public void Ticket_processing_to_abnormal_when_a_batch_ends_below_the_rate() =>
        Scenarios.AbnormalWithBatchesLeft().Status.ShouldBe(TicketStatus.Abnormal);

    [Fact]
    public void Ticket_processing_to_abnormal_when_the_last_batch_ends_below_the_rate() =>
        Scenarios.AbnormalAfterLastBatch().Status.ShouldBe(TicketStatus.Abnormal);

    [Fact]
    public void Ticket_abnormal_to_processing_on_continue_order() =>
        Scenarios.AbnormalWithBatchesLeft().Then(T.Continue).Status.ShouldBe(TicketStatus.Processing);

    [Fact]
    public void Ticket_abnormal_to_processing_on_retry()
    {
        Scenarios.AbnormalAfterLastBatch().Then(T.RetryInstance(1006)).Status.ShouldBe(TicketStatus.Processing);
        Scenarios.AbnormalAfterLastBatch().Then(T.RetryFailed()).Status.ShouldBe(TicketStatus.Processing);
    }

    [Fact]
    public void Ticket_finished_to_processing_on_retry()
    {
        Scenarios.FinishedWithAFailure().Then(T.RetryInstance(1001)).Status.ShouldBe(TicketStatus.Processing);
        Scenarios.FinishedWithAFailure().Then(T.RetryFailed()).Status.ShouldBe(TicketStatus.Processing);
    }

    [Theory]
    [InlineData("READY")]
    [InlineData("PROCESSING")]
    [InlineData("PAUSED mid-batch")]
    [InlineData("PAUSED before start")]
    [InlineData("PAUSED between batches")]
    [InlineData("ABNORMAL with batches left")]
    [InlineData("ABNORMAL after last batch")]
    public void Ticket_any_non_terminal_state_to_canceled_on_cancel_order(string state)
    {
        var t = Scenarios.ByName(state);

        var a = t.Accept(T.CancelOrder, now: 31_000);

        a.Ticket.Status.ShouldBe(TicketStatus.Canceled);
        a.Ticket.FinishedAtMs.ShouldBe(31_000);
        a.Ticket.Instances.ShouldAllBe(i => !i.IsOpen);
        var killed = t.Instances.Where(i => i.Status == InstanceStatus.Processing).Select(i => (TicketEffect)new TicketEffect.Kill(i.Id, i.DispatchId!, "ticket canceled by operator"));
        a.Fx().ShouldBe(killed.ToArray());
    }

    [Fact]
    public void Canceled_is_terminal_every_operation_and_retry_is_refused()
    {
        var t = Scenarios.Canceled();
        foreach (var e in AllOperations(cancel: 1002, skip: 2, retry: 1001))
            t.Refuse(e, ErrorCodes.TicketStateRefuses);
        t.NoOp(T.Start);
    }

    [Fact]
    public void Finished_is_terminal_except_for_retry()
    {
        var t = Scenarios.Finished();
        t.Refuse(T.CancelInstance(1001), ErrorCodes.TicketStateRefuses);
        t.Refuse(T.SkipBatch(3), ErrorCodes.TicketStateRefuses);
        t.Refuse(T.Pause, ErrorCodes.TicketStateRefuses);
        t.Refuse(T.Continue, ErrorCodes.TicketStateRefuses);
        t.Refuse(T.CancelOrder, ErrorCodes.TicketStateRefuses);
        t.Refuse(T.RetryInstance(1001), ErrorCodes.InstanceStateRefuses);
        t.Refuse(T.RetryFailed(), ErrorCodes.NothingToRetry);
    }

    // ---------------------------------------------------------------- instance transitions

    [Fact]
    public void Instance_ready_to_processing_when_dispatched()
    {
        var a = Scenarios.Ready().Accept(T.Start);

        a.Ticket.I(1001).Status.ShouldBe(InstanceStatus.Processing);
        a.Fx().ShouldContain(T.Dispatch(1001));
    }

    [Fact]
    public void Instance_processing_to_finished_on_success() =>
        Scenarios.Processing().Ok(1001).I(1001).Status.ShouldBe(InstanceStatus.Finished);

    [Fact]
    public void Instance_processing_to_abnormal_on_failure() =>
        Scenarios.Processing().Ko(1001).I(1001).Status.ShouldBe(InstanceStatus.Abnormal);

    [Fact]
    public void Instance_ready_to_canceled_without_a_kill()
    {
        var a = Scenarios.Processing().Accept(T.CancelInstance(1006));

        a.Ticket.I(1006).Status.ShouldBe(InstanceStatus.Canceled);
        a.Effects.ShouldBeEmpty();
    }

    [Fact]
    public void Instance_processing_to_canceled_with_a_kill()
    {
        var a = Scenarios.Processing().Accept(T.CancelInstance(1002));

        a.Ticket.I(1002).Status.ShouldBe(InstanceStatus.Canceled);
        a.Fx().ShouldBe([T.Kill(1002, 1, "canceled by operator")]);
    }

    [Fact]
    public void Instance_abnormal_to_ready_on_retry()
    {
        // Held READY by a paused ticket so the intermediate state shows.
        var t = TicketBuilder.WithBatches((T.P, 2), (T.C, 1)).SuccessRate(50).Build().Then(T.Start).Ko(1001).Ok(1002);

        t.Then(T.RetryInstance(1001)).I(1001).Status.ShouldBe(InstanceStatus.Ready);
    }

    [Fact]
    public void Instance_canceled_to_ready_on_retry() =>
        Scenarios.PausedMidBatch().Then(T.CancelInstance(1001)).Then(T.RetryInstance(1001)).I(1001).Status.ShouldBe(InstanceStatus.Ready);

    [Fact]
    public void Instance_finished_is_final()
    {
        var t = Scenarios.Processing().Ok(1001);

        t.Refuse(T.CancelInstance(1001), ErrorCodes.InstanceStateRefuses);
        t.Refuse(T.RetryInstance(1001), ErrorCodes.InstanceStateRefuses);
        t.NoOp(new TicketEvent.HostEnded(1001, T.Did(1001, 1), false, 1, null));
        t.Then(T.CancelOrder).I(1001).Status.ShouldBe(InstanceStatus.Finished);
        t.Then(T.SkipBatch(1)).I(1001).Status.ShouldBe(InstanceStatus.Finished);
    }

    [Fact]
    public void Instance_ready_cannot_be_ended_or_retried()
    {
        var t = Scenarios.Processing();

        t.NoOp(new TicketEvent.HostEnded(1005, T.Did(1005, 1), true, 0, null));
        t.Refuse(T.RetryInstance(1005), ErrorCodes.InstanceStateRefuses);
    }

    // ---------------------------------------------------------------- operation × ticket state

    /// <summary>Per state: an instance to cancel, a batch to skip, an instance to retry (the most permissive choice).</summary>
    private static (long Cancel, int Skip, long Retry) Args(string state) => state switch
    {
        "READY" or "PROCESSING" or "PAUSED mid-batch" or "PAUSED before start" => (1001, 1, 1001),
        "PAUSED between batches" => (1005, 3, 1001),
        "ABNORMAL with batches left" => (1003, 2, 1001),
        "ABNORMAL after last batch" => (1006, 3, 1006),
        "FINISHED" => (1001, 3, 1001),
        "FINISHED with a failure" => (1001, 1, 1001),
        "CANCELED" => (1002, 2, 1001),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static TicketEvent Operation(string op, string state)
    {
        var (cancel, skip, retry) = Args(state);
        return op switch
        {
            "CANCEL_INSTANCE" => T.CancelInstance(cancel),
            "SKIP_BATCH" => T.SkipBatch(skip),
            "PAUSE_ORDER" => T.Pause,
            "CONTINUE_ORDER" => T.Continue,
            "CANCEL_ORDER" => T.CancelOrder,
            "RETRY_INSTANCE" => T.RetryInstance(retry),
            "RETRY_FAILED" => T.RetryFailed(),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
        };
    }

    private static IEnumerable<TicketEvent> AllOperations(long cancel, int skip, long retry) =>
    [
        T.CancelInstance(cancel), T.SkipBatch(skip), T.Pause, T.Continue, T.CancelOrder, T.RetryInstance(retry),
        T.RetryFailed(), T.RetryFailed(skip),
    ];

    private const string NoOp = "no-op";

    [Theory]
    // READY
    [InlineData("READY", "CANCEL_INSTANCE", "READY")]
    [InlineData("READY", "SKIP_BATCH", "READY")]
    [InlineData("READY", "PAUSE_ORDER", "PAUSED")]
    [InlineData("READY", "CONTINUE_ORDER", NoOp)]
    [InlineData("READY", "CANCEL_ORDER", "CANCELED")]
    [InlineData("READY", "RETRY_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("READY", "RETRY_FAILED", ErrorCodes.NothingToRetry)]
    // PROCESSING
    [InlineData("PROCESSING", "CANCEL_INSTANCE", "PROCESSING")]
    [InlineData("PROCESSING", "SKIP_BATCH", "PROCESSING")]
    [InlineData("PROCESSING", "PAUSE_ORDER", "PAUSED")]
    [InlineData("PROCESSING", "CONTINUE_ORDER", NoOp)]
    [InlineData("PROCESSING", "CANCEL_ORDER", "CANCELED")]
    [InlineData("PROCESSING", "RETRY_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("PROCESSING", "RETRY_FAILED", ErrorCodes.NothingToRetry)]
    // PAUSED (three ways)
    [InlineData("PAUSED mid-batch", "CANCEL_INSTANCE", "PAUSED")]
    [InlineData("PAUSED mid-batch", "SKIP_BATCH", "PAUSED")]
    [InlineData("PAUSED mid-batch", "PAUSE_ORDER", NoOp)]
    [InlineData("PAUSED mid-batch", "CONTINUE_ORDER", "PROCESSING")]
    [InlineData("PAUSED mid-batch", "CANCEL_ORDER", "CANCELED")]
    [InlineData("PAUSED mid-batch", "RETRY_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("PAUSED mid-batch", "RETRY_FAILED", ErrorCodes.NothingToRetry)]
    [InlineData("PAUSED before start", "CANCEL_INSTANCE", "PAUSED")]
    [InlineData("PAUSED before start", "SKIP_BATCH", "PAUSED")]
    [InlineData("PAUSED before start", "PAUSE_ORDER", NoOp)]
    [InlineData("PAUSED before start", "CONTINUE_ORDER", "PROCESSING")]
    [InlineData("PAUSED before start", "CANCEL_ORDER", "CANCELED")]
    [InlineData("PAUSED before start", "RETRY_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("PAUSED before start", "RETRY_FAILED", ErrorCodes.NothingToRetry)]
    [InlineData("PAUSED between batches", "CANCEL_INSTANCE", "PAUSED")]
    [InlineData("PAUSED between batches", "SKIP_BATCH", "FINISHED")]
    [InlineData("PAUSED between batches", "PAUSE_ORDER", NoOp)]
    [InlineData("PAUSED between batches", "CONTINUE_ORDER", "PROCESSING")]
    [InlineData("PAUSED between batches", "CANCEL_ORDER", "CANCELED")]
    [InlineData("PAUSED between batches", "RETRY_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("PAUSED between batches", "RETRY_FAILED", ErrorCodes.NothingToRetry)]
    // ABNORMAL
    [InlineData("ABNORMAL with batches left", "CANCEL_INSTANCE", "ABNORMAL")]
    [InlineData("ABNORMAL with batches left", "SKIP_BATCH", "ABNORMAL")]
    [InlineData("ABNORMAL with batches left", "PAUSE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("ABNORMAL with batches left", "CONTINUE_ORDER", "PROCESSING")]
    [InlineData("ABNORMAL with batches left", "CANCEL_ORDER", "CANCELED")]
    [InlineData("ABNORMAL with batches left", "RETRY_INSTANCE", "PROCESSING")]
    [InlineData("ABNORMAL with batches left", "RETRY_FAILED", "PROCESSING")]
    [InlineData("ABNORMAL after last batch", "CANCEL_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("ABNORMAL after last batch", "SKIP_BATCH", ErrorCodes.BatchEnded)]
    [InlineData("ABNORMAL after last batch", "PAUSE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("ABNORMAL after last batch", "CONTINUE_ORDER", ErrorCodes.NoBatchLeft)]
    [InlineData("ABNORMAL after last batch", "CANCEL_ORDER", "CANCELED")]
    [InlineData("ABNORMAL after last batch", "RETRY_INSTANCE", "PROCESSING")]
    [InlineData("ABNORMAL after last batch", "RETRY_FAILED", "PROCESSING")]
    // FINISHED
    [InlineData("FINISHED", "CANCEL_INSTANCE", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED", "SKIP_BATCH", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED", "PAUSE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED", "CONTINUE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED", "CANCEL_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED", "RETRY_INSTANCE", ErrorCodes.InstanceStateRefuses)]
    [InlineData("FINISHED", "RETRY_FAILED", ErrorCodes.NothingToRetry)]
    [InlineData("FINISHED with a failure", "CANCEL_INSTANCE", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED with a failure", "SKIP_BATCH", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED with a failure", "PAUSE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED with a failure", "CONTINUE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED with a failure", "CANCEL_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("FINISHED with a failure", "RETRY_INSTANCE", "PROCESSING")]
    [InlineData("FINISHED with a failure", "RETRY_FAILED", "PROCESSING")]
    // CANCELED
    [InlineData("CANCELED", "CANCEL_INSTANCE", ErrorCodes.TicketStateRefuses)]
    [InlineData("CANCELED", "SKIP_BATCH", ErrorCodes.TicketStateRefuses)]
    [InlineData("CANCELED", "PAUSE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("CANCELED", "CONTINUE_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("CANCELED", "CANCEL_ORDER", ErrorCodes.TicketStateRefuses)]
    [InlineData("CANCELED", "RETRY_INSTANCE", ErrorCodes.TicketStateRefuses)]
    [InlineData("CANCELED", "RETRY_FAILED", ErrorCodes.TicketStateRefuses)]
    public void Operation_in_each_ticket_state(string state, string op, string expected)
    {
        var t = Scenarios.ByName(state);
        var e = Operation(op, state);

        if (expected == NoOp)
        {
            t.NoOp(e);
        }
        else if (expected.StartsWith("COC.", StringComparison.Ordinal))
        {
            var r = t.Refuse(e, expected);
            if (expected is ErrorCodes.TicketStateRefuses or ErrorCodes.InstanceStateRefuses)
                r.Message.ShouldContain(op, customMessage: "the message names the operation whose rule was broken");
        }
        else
        {
            var a = t.Accept(e);
            a.Changed.ShouldBeTrue();
            a.Ticket.Status.ToWire().ShouldBe(expected);
        }
    }
}
