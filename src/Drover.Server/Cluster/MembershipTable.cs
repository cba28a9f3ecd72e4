using System.Globalization;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Cluster;

/// <summary>
/// Orleans' membership table on Drover's own database (tables <c>cluster_members</c> and <c>cluster_versions</c>, made
/// by Drover's migrations): servers sharing one PostgreSQL find each other and agree on who is dead here. Every change
/// of a member is checked against the table version the caller read and bumps it, in one transaction; PostgreSQL's row
/// lock on the version row orders concurrent changes, so exactly one of two racing writers wins, as the protocol needs.
/// </summary>
public sealed class MembershipTable(IDbContextFactory<DroverDb> dbs) : IMembershipTable
{
    private static string Id => ClusterName.ClusterId;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        if (!tryInitTableVersion) return;
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO cluster_versions ("ClusterId", "Version") VALUES ({Id}, 0) ON CONFLICT ("ClusterId") DO NOTHING
            """);
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.ClusterMembers.Where(m => m.ClusterId == clusterId).ExecuteDeleteAsync();
        await db.ClusterVersions.Where(v => v.ClusterId == clusterId).ExecuteDeleteAsync();
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        var before = beforeDate.ToUnixTimeMilliseconds();
        var active = (int)SiloStatus.Active;
        await using var db = await dbs.CreateDbContextAsync();
        await db.ClusterMembers.Where(m => m.ClusterId == Id && m.IAmAliveAt < before && m.Status != active).ExecuteDeleteAsync();
    }

    public async Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        var silo = key.ToParsableString();
        await using var db = await dbs.CreateDbContextAsync();
        var version = await VersionAsync(db);
        var rows = await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == Id && m.Silo == silo).ToListAsync();
        return Data(rows, version);
    }

    public async Task<MembershipTableData> ReadAll()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var version = await VersionAsync(db);
        var rows = await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == Id).ToListAsync();
        return Data(rows, version);
    }

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        if (!await BumpVersionAsync(db, tableVersion)) return false;
        var silo = entry.SiloAddress.ToParsableString();
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO cluster_members ("ClusterId", "Silo", "Status", "Entry", "IAmAliveAt")
            VALUES ({Id}, {silo}, {(int)entry.Status}, {MemberJson.Write(entry)}, {Ms(entry.IAmAliveTime)})
            ON CONFLICT ("ClusterId", "Silo") DO NOTHING
            """);
        if (inserted != 1) return false;
        await tx.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        if (!await BumpVersionAsync(db, tableVersion)) return false;
        var silo = entry.SiloAddress.ToParsableString();
        var updated = await db.ClusterMembers.Where(m => m.ClusterId == Id && m.Silo == silo).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, (int)entry.Status)
            .SetProperty(m => m.Entry, MemberJson.Write(entry))
            .SetProperty(m => m.IAmAliveAt, Ms(entry.IAmAliveTime)));
        if (updated != 1) return false;
        await tx.CommitAsync();
        return true;
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        var silo = entry.SiloAddress.ToParsableString();
        var at = Ms(entry.IAmAliveTime);
        await using var db = await dbs.CreateDbContextAsync();
        await db.ClusterMembers.Where(m => m.ClusterId == Id && m.Silo == silo).ExecuteUpdateAsync(s => s.SetProperty(m => m.IAmAliveAt, at));
    }

    /// <summary>The caller read version N and writes N+1: only if the table is still at N (its etag).</summary>
    private async Task<bool> BumpVersionAsync(DroverDb db, TableVersion next)
    {
        var read = int.Parse(next.VersionEtag, CultureInfo.InvariantCulture);
        var n = await db.ClusterVersions.Where(v => v.ClusterId == Id && v.Version == read)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1));
        return n == 1;
    }

    private async Task<int> VersionAsync(DroverDb db) =>
        await db.ClusterVersions.AsNoTracking().Where(v => v.ClusterId == Id).Select(v => (int?)v.Version).FirstOrDefaultAsync() ?? 0;

    private static MembershipTableData Data(List<ClusterMemberRow> rows, int version)
    {
        var etag = version.ToString(CultureInfo.InvariantCulture);
        var entries = rows.Select(r =>
        {
            var e = MemberJson.Read(r.Entry);
            e.IAmAliveTime = DateTimeOffset.FromUnixTimeMilliseconds(r.IAmAliveAt).UtcDateTime;
            return Tuple.Create(e, etag);
        }).ToList();
        return new MembershipTableData(entries, new TableVersion(version, etag));
    }

    private static long Ms(DateTime t) => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
}
