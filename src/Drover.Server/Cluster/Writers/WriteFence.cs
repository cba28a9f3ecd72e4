using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Cluster.Writers;

/// <summary>
/// Inside a writer's transaction: moves the row from the version the writer loaded to the next, or throws
/// <see cref="StaleWriteException"/> so nothing of the transaction commits. The update holds the row's lock until the
/// commit, so of two activations writing at once, the second sees the first's version and loses.
/// </summary>
internal static class WriteFence
{
    public static async Task<long> TicketAsync(DroverDb db, long ticketId, long version, CancellationToken ct)
    {
        var n = await db.Tickets.Where(t => t.Id == ticketId && t.WriteVersion == version)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.WriteVersion, version + 1), ct);
        return n == 1 ? version + 1 : throw new StaleWriteException("ticket", ticketId, version);
    }

    public static async Task<long> ExecutionAsync(DroverDb db, long rowId, long version, CancellationToken ct)
    {
        var n = await db.Executions.Where(e => e.Id == rowId && e.WriteVersion == version)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.WriteVersion, version + 1), ct);
        return n == 1 ? version + 1 : throw new StaleWriteException("execution", rowId, version);
    }
}
