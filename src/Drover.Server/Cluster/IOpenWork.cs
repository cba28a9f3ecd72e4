namespace Drover.Server.Cluster;

/// <summary>
/// Work whose writer must be loaded while it is open, wherever the cluster stands (tickets, executions): the
/// <see cref="OpenWorkSweep"/> wakes it. Each kind of work implements this, so the cluster knows none of them.
/// </summary>
public interface IOpenWork
{
    /// <summary>What the work is called in the log ("tickets").</summary>
    string Kind { get; }

    Task<IReadOnlyList<long>> OpenIdsAsync(CancellationToken ct);

    /// <summary>Loads the writer of <paramref name="id"/> if it is not loaded; never throws (the next sweep tries again).</summary>
    Task WakeAsync(long id);
}
