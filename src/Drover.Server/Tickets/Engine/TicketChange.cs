using System.Collections.Immutable;
using Drover.Domain.Tickets;
using Drover.Server.Agents;

namespace Drover.Server.Tickets.Engine;

/// <summary>
/// What one commit of a ticket changed, as its event stream tells it: the ticket's own state when it changed, each
/// batch a changed host or a skip touched (with its counts by status after the commit, so a watcher needs no host list
/// to draw progress), and each changed host. Every value is the state after the commit, not a delta: applying an event
/// twice, or over a snapshot already past it, leaves the same state.
/// </summary>
public sealed record TicketChange(
    TicketChange.TicketState? Ticket,
    IReadOnlyList<TicketChange.BatchState> Batches,
    IReadOnlyList<TicketChange.HostState> Hosts)
{
    public sealed record TicketState(TicketStatus Status, int CurrentBatchIndex, long? FinishedAtMs);

    public sealed record BatchState(int Index, bool Skipped, InstanceStatus Status, IReadOnlyDictionary<InstanceStatus, int> Counts);

    public sealed record HostState(long InstanceId, int BatchIndex, string ResourceId, string RegionId, InstanceStatus Status,
        int Attempt, int? ExitCode, long? StartedAtMs, long? FinishedAtMs);

    public static TicketChange Between(Ticket before, Ticket after, IReadOnlyDictionary<long, HostKey> hosts)
    {
        var ticket = before.Status != after.Status || before.CurrentBatchIndex != after.CurrentBatchIndex || before.FinishedAtMs != after.FinishedAtMs
            ? new TicketState(after.Status, after.CurrentBatchIndex, after.FinishedAtMs)
            : null;
        var changedHosts = new List<HostState>();
        var touched = new SortedSet<int>();
        for (var i = 0; i < after.Instances.Length; i++)
        {
            if (ReferenceEquals(after.Instances[i], before.Instances[i])) continue;
            var n = after.Instances[i];
            var key = hosts.GetValueOrDefault(n.Id);
            changedHosts.Add(new HostState(n.Id, n.BatchIndex, key.ResourceId ?? "", key.RegionId ?? "", n.Status, n.Attempt, n.ExitCode,
                n.StartedAtMs, n.FinishedAtMs));
            touched.Add(n.BatchIndex);
        }
        for (var i = 0; i < after.Batches.Length; i++)
            if (!ReferenceEquals(after.Batches[i], before.Batches[i])) touched.Add(after.Batches[i].Index);
        return new TicketChange(ticket, [.. touched.Select(b => StateOf(after, b))], changedHosts);
    }

    /// <summary>A batch as it stands in <paramref name="ticket"/>: the snapshot's batches and an event's touched ones.</summary>
    public static BatchState StateOf(Ticket ticket, int batchIndex)
    {
        var counts = ticket.Instances.Where(x => x.BatchIndex == batchIndex).GroupBy(x => x.Status)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count());
        var batch = ticket.FindBatch(batchIndex);
        return new BatchState(batchIndex, batch?.Skipped ?? false, BatchStatusOf(counts), counts);
    }

    /// <summary>A batch's status, which COC leaves to the reader: derived from its hosts' statuses.</summary>
    public static InstanceStatus BatchStatusOf(IReadOnlyDictionary<InstanceStatus, int> counts)
    {
        int Of(InstanceStatus s) => counts.TryGetValue(s, out var n) ? n : 0;
        var total = counts.Values.Sum();
        if (total == 0 || Of(InstanceStatus.Ready) == total) return InstanceStatus.Ready;
        if (Of(InstanceStatus.Processing) + Of(InstanceStatus.Ready) > 0) return InstanceStatus.Processing;
        if (Of(InstanceStatus.Abnormal) > 0) return InstanceStatus.Abnormal;
        if (Of(InstanceStatus.Canceled) == total) return InstanceStatus.Canceled;
        return InstanceStatus.Finished;
    }
}
