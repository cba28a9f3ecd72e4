using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Drover.Server.Storage.Providers;

/// <summary>
/// SQLite has one writer. Left to contend, the server's writers (ticket grains, output, heartbeats, the API) collide
/// in SQLite's lock, and Microsoft.Data.Sqlite answers SQLITE_BUSY by blocking the thread for 150 ms and trying again:
/// measured, a writer that waited 10 ms for another waited 150 (docs/benchmarks.md). This gate queues the server's own
/// write transactions in the process instead, without blocking a thread: a transaction begins when the previous one
/// has committed, so it never meets SQLite's lock held by this process. <c>busy_timeout</c> is set on every connection
/// as well, for writers the gate cannot see (another process, a statement outside a transaction): SQLite's own
/// handler retries within milliseconds.
/// </summary>
/// <remarks>
/// Acquired when a transaction begins, released when it commits, rolls back or fails, or when its connection closes
/// (a transaction disposed unfinished is rolled back by SQLite then). A connection beginning a transaction while it
/// still holds the gate ended its last one without a word: it keeps the gate.
/// </remarks>
public sealed class SqliteWriteGate(TimeSpan timeout) : DbTransactionInterceptor, IDbConnectionInterceptor
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock holderLock = new();
    /// <summary>EF's id of the connection holding the gate (a transaction's <c>Connection</c> is gone once it commits).</summary>
    private Guid? holder;

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        if (!HeldBy(eventData.ConnectionId) && !gate.Wait(timeout)) throw Busy();
        Hold(eventData.ConnectionId);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!HeldBy(eventData.ConnectionId) && !await gate.WaitAsync(timeout, cancellationToken)) throw Busy();
        Hold(eventData.ConnectionId);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetBusyTimeout(connection);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetBusyTimeout(connection);
        return Task.CompletedTask;
    }

    private void SetBusyTimeout(DbConnection connection)
    {
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {(long)timeout.TotalMilliseconds}";
        pragma.ExecuteNonQuery();
    }

    private bool HeldBy(Guid connection)
    {
        lock (holderLock) return holder == connection;
    }

    private void Hold(Guid connection)
    {
        lock (holderLock) holder = connection;
    }

    private void Release(Guid connection)
    {
        lock (holderLock)
        {
            if (holder != connection) return;
            holder = null;
        }
        gate.Release();
    }

    private Exception Busy() => new TimeoutException($"the database stayed busy for {timeout.TotalSeconds:0} s (another write held it)");
}
