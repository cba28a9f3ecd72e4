using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Replicas;

/// <summary>
/// Leases in the database (<c>runner_leases</c>): taken when a runner starts, renewed while this replica lives, checked
/// inside every transaction a runner commits (the fence), released when the runner retires. PostgreSQL's row locks
/// order a takeover against a commit: whichever comes second sees the other.
/// </summary>
public sealed class Leases(IDbContextFactory<DroverDb> dbs, Replica me, TimeProvider clock)
{
    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();
    private long Until => Now + (long)me.LeaseTime.TotalMilliseconds;

    /// <summary>Takes the lease if it is free, expired, or already this replica's (a runner restarting here); null if another replica holds it.</summary>
    public async Task<Lease?> TryAcquireAsync(string kind, long targetId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var fence = await db.Database.SqlQuery<long>($"""
            INSERT INTO runner_leases ("Kind", "TargetId", "Owner", "Fence", "ExpiresAt") VALUES ({kind}, {targetId}, {me.Name}, 1, {Until})
            ON CONFLICT ("Kind", "TargetId") DO UPDATE
              SET "Owner" = excluded."Owner", "Fence" = runner_leases."Fence" + 1, "ExpiresAt" = excluded."ExpiresAt"
              WHERE runner_leases."Owner" = excluded."Owner" OR runner_leases."ExpiresAt" < {Now}
            RETURNING "Fence" AS "Value"
            """).ToListAsync(ct);
        return fence.Count == 1 ? new Lease(kind, targetId, fence[0]) : null;
    }

    /// <summary>Inside a runner's transaction: proves the lease is still its own (and extends it), or throws so nothing commits.</summary>
    public async Task ConfirmAsync(DroverDb db, Lease lease, CancellationToken ct)
    {
        var n = await db.Database.ExecuteSqlAsync($"""
            UPDATE runner_leases SET "ExpiresAt" = {Until}
            WHERE "Kind" = {lease.Kind} AND "TargetId" = {lease.TargetId} AND "Owner" = {me.Name} AND "Fence" = {lease.Fence}
            """, ct);
        if (n != 1) throw new LeaseLostException(lease);
    }

    /// <summary>
    /// Lets the lease go by expiring it. The row stays, so fences only ever grow: a release that arrives late (its
    /// statement waited for the database while the lease was taken again, released and taken again) matches no later
    /// holder's fence. Were the row deleted, the next holder would start again at fence 1 and a late release of an
    /// earlier fence 1 would free it from under its runner.
    /// </summary>
    public async Task ReleaseAsync(Lease lease)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Leases.Where(l => l.Kind == lease.Kind && l.TargetId == lease.TargetId && l.Owner == me.Name && l.Fence == lease.Fence)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, 0L));
    }

    /// <summary>Keeps every lease of this replica alive; returns how many it holds.</summary>
    public async Task<int> RenewAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var until = Until;
        return await db.Leases.Where(l => l.Owner == me.Name).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), ct);
    }

    /// <summary>Of <paramref name="ids"/>, those no live replica holds: orphans to take over.</summary>
    public async Task<List<long>> UnheldAsync(string kind, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = Now;
        var held = await db.Leases.AsNoTracking().Where(l => l.Kind == kind && ids.Contains(l.TargetId) && l.ExpiresAt >= now)
            .Select(l => l.TargetId).ToListAsync(ct);
        return [.. ids.Except(held)];
    }

    /// <summary>The replica holding a live lease on the target, if any.</summary>
    public async Task<string?> HolderAsync(string kind, long targetId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = Now;
        return await db.Leases.AsNoTracking().Where(l => l.Kind == kind && l.TargetId == targetId && l.ExpiresAt >= now)
            .Select(l => l.Owner).FirstOrDefaultAsync(ct);
    }

    /// <summary>A replica stopping cleanly lets the others take its tickets over now rather than when the leases expire.</summary>
    public async Task ReleaseAllAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Leases.Where(l => l.Owner == me.Name).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, 0L), ct);
    }

    /// <summary>SQLite has one server: whatever an earlier (crashed) process held is this one's now.</summary>
    public async Task ForgetAllAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Leases.ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, 0L), ct);
    }
}
