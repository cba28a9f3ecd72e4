using System.Collections.Immutable;

namespace Drover.Domain.Tickets;

/// <summary>
/// A script ticket as the state machine sees it: its status, where it is in its batches, and every host's run.
/// <see cref="Instances"/> are ordered by <see cref="Instance.Id"/> (ids are given in batch order, so hosts start in that order).
/// <see cref="CurrentBatchIndex"/> is the batch running, or the one that runs next when the ticket is paused between
/// batches.
/// </summary>
public sealed record Ticket(
    string ExecuteUuid,
    TicketStatus Status,
    int CurrentBatchIndex,
    ImmutableArray<Batch> Batches,
    ImmutableArray<Instance> Instances,
    SuccessRate SuccessRate,
    int? MaxConcurrency,
    long? FinishedAtMs)
{
    /// <summary>FINISHED and CANCELED end a ticket for good (an ABNORMAL one can still be continued or retried).</summary>
    public bool IsClosed => Status is TicketStatus.Finished or TicketStatus.Canceled;

    public Batch? FindBatch(int index)
    {
        foreach (var b in Batches)
            if (b.Index == index) return b;
        return null;
    }

    public Batch? BatchAfter(int index)
    {
        foreach (var b in Batches)
            if (b.Index > index) return b;
        return null;
    }

    public int IndexOfInstance(long id)
    {
        int lo = 0, hi = Instances.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var midId = Instances[mid].Id;
            if (midId == id) return mid;
            if (midId < id) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    public Instance? FindInstance(long id)
    {
        var i = IndexOfInstance(id);
        return i < 0 ? null : Instances[i];
    }
}
