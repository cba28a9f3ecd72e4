using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>The read helpers of <see cref="Ticket"/> and <see cref="Instance"/>.</summary>
public class TicketModelTests
{
    [Fact]
    public void Find_batch_and_batch_after()
    {
        var t = Scenarios.Ready();

        t.FindBatch(2).ShouldBe(new Batch(2, RotationStrategy.Pause, false));
        t.FindBatch(0).ShouldBeNull();
        t.FindBatch(4).ShouldBeNull();
        t.BatchAfter(1)!.Index.ShouldBe(2);
        t.BatchAfter(2)!.Index.ShouldBe(3);
        t.BatchAfter(3).ShouldBeNull();
        t.BatchAfter(0)!.Index.ShouldBe(1);
    }

    [Fact]
    public void Find_instance_by_id()
    {
        var t = Scenarios.Ready();

        foreach (var i in t.Instances)
        {
            t.FindInstance(i.Id).ShouldBeSameAs(i);
            t.IndexOfInstance(i.Id).ShouldBe(t.Instances.IndexOf(i));
        }
        t.FindInstance(1000).ShouldBeNull();
        t.FindInstance(1007).ShouldBeNull();
        t.FindInstance(-1).ShouldBeNull();
        t.IndexOfInstance(long.MaxValue).ShouldBe(-1);
    }

    [Fact]
    public void Find_instance_in_an_empty_ticket() =>
        TicketBuilder.WithBatches((T.C, 0)).Build().FindInstance(1001).ShouldBeNull();

    [Theory]
    [InlineData("READY", false)]
    [InlineData("PROCESSING", false)]
    [InlineData("PAUSED mid-batch", false)]
    [InlineData("ABNORMAL with batches left", false)]
    [InlineData("ABNORMAL after last batch", false)]
    [InlineData("FINISHED", true)]
    [InlineData("CANCELED", true)]
    public void Is_closed_only_when_finished_or_canceled(string state, bool closed) =>
        Scenarios.ByName(state).IsClosed.ShouldBe(closed);

    [Theory]
    [InlineData(InstanceStatus.Ready, true)]
    [InlineData(InstanceStatus.Processing, true)]
    [InlineData(InstanceStatus.Finished, false)]
    [InlineData(InstanceStatus.Abnormal, false)]
    [InlineData(InstanceStatus.Canceled, false)]
    public void Instance_is_open_when_ready_or_processing(InstanceStatus status, bool open) =>
        new Instance(1, 1, status, 0, null, null, null, null, null).IsOpen.ShouldBe(open);

    [Fact]
    public void A_ticket_without_hosts_finishes_as_soon_as_it_starts()
    {
        var t = TicketBuilder.WithBatches((T.P, 0), (T.C, 0)).Build();

        var a = t.Accept(T.Start, now: 10);

        a.Ticket.Status.ShouldBe(TicketStatus.Paused, "batch 1 (PAUSE, no host) ended at once");
        a.Ticket.CurrentBatchIndex.ShouldBe(2);
        a.Ticket.Then(T.Continue).Status.ShouldBe(TicketStatus.Finished);
    }
}
