using System.Collections.Concurrent;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Output;

/// <summary>
/// Writes output chunks from every agent stream together: a caller's rows join whatever else is waiting, and one
/// transaction (one fsync) commits them all. Each caller still returns only once its rows are committed, so a stream
/// acknowledges nothing it could lose. Chunks written twice (redelivered after a reconnect) are ignored by the
/// unique (instance, attempt, seq) index.
/// </summary>
/// <remarks>
/// Measured: 20 hosts printing 2 MB each, one transaction per 16 KB chunk, stored about 1 MB/s on SQLite (every
/// stream waited for its own commit behind the others'); docs/benchmarks.md has the figures after.
/// </remarks>
public sealed class ChunkWriter(IDbContextFactory<DroverDb> dbs)
{
    /// <summary>At most this many rows in one transaction (agents send chunks of up to 16 KB: about 8 MB).</summary>
    private const int MaxRows = 512;

    private readonly ConcurrentQueue<Pending> queue = new();
    private readonly SemaphoreSlim writing = new(1, 1);

    private sealed record Pending(IReadOnlyList<OutputChunkRow> Rows)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Per row: stored now (false: it was stored before, a redelivered copy).</summary>
        public bool[] Stored { get; } = new bool[Rows.Count];
    }

    /// <summary>
    /// Commits <paramref name="rows"/> (with whatever else is waiting); returns once they are durable, saying for each
    /// whether it was stored now (false: an earlier copy was).
    /// </summary>
    public async Task<bool[]> WriteAsync(IReadOnlyList<OutputChunkRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var mine = new Pending(rows);
        queue.Enqueue(mine);
        // Whoever holds the writer commits what is queued, mine too if it was there; else my turn comes.
        while (!mine.Done.Task.IsCompleted)
        {
            await writing.WaitAsync(ct);
            try
            {
                if (mine.Done.Task.IsCompleted) break;
                var batch = new List<Pending>();
                var count = 0;
                while (count < MaxRows && queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                    count += next.Rows.Count;
                }
                try
                {
                    await CommitAsync(batch);
                    foreach (var p in batch) p.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    foreach (var p in batch) p.Done.TrySetException(e);
                }
            }
            finally
            {
                writing.Release();
            }
        }
        await mine.Done.Task;
        return mine.Stored;
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        // Not the caller's token: these rows are other streams' too.
        await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
        await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        foreach (var p in batch)
            for (var i = 0; i < p.Rows.Count; i++)
            {
                var r = p.Rows[i];
                p.Stored[i] = await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO output_chunks ("InstanceId", "Attempt", "Seq", "Data") VALUES ({r.InstanceId}, {r.Attempt}, {r.Seq}, {r.Data}) ON CONFLICT DO NOTHING""",
                    CancellationToken.None) == 1;
            }
        await tx.CommitAsync(CancellationToken.None);
    }
}
