using System.Collections.Concurrent;
using Drover.Protocol;
using Drover.Server.Cluster;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Agents;

/// <summary>The agents table: identity as the agent declared it, status, last heartbeat.</summary>
public sealed class AgentRegistry
{
    private readonly IDbContextFactory<DroverDb> dbs;
    private readonly ClusterName me;
    private readonly TimeProvider clock;

    public AgentRegistry(IDbContextFactory<DroverDb> dbs, ClusterName me, TimeProvider clock, IHostApplicationLifetime lifetime)
    {
        (this.dbs, this.me, this.clock) = (dbs, me, clock);
        lifetime.ApplicationStarted.Register(() => startedAt = clock.GetUtcNow());
    }

    /// <summary>
    /// From when this server could hear heartbeats. While it was down none could arrive: that silence is the server's,
    /// so an agent's lease runs from its last heartbeat or from here, whichever is later. That is when the server has
    /// started (its ports open), not when this object was built: a start takes tens of seconds on a loaded machine
    /// (migrations, the silo), and counting them would use up reconnecting agents' leases before they could dial.
    /// </summary>
    private DateTimeOffset ListeningSince => startedAt ?? clock.GetUtcNow();
    private DateTimeOffset? startedAt;

    /// <summary>Heartbeats not yet written: the latest per host.</summary>
    private readonly ConcurrentDictionary<HostKey, long> heartbeats = new();

    /// <summary>Registers the host ONLINE; returns the heartbeat time written (Unix ms).</summary>
    public async Task<long> RegisterAsync(HostKey host, Hello hello, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Agents.FirstOrDefaultAsync(a => a.ProjectId == host.ProjectId && a.ResourceId == host.ResourceId && a.RegionId == host.RegionId, ct);
        if (row is null)
        {
            row = new AgentRow
            {
                ProjectId = host.ProjectId, ResourceId = host.ResourceId, RegionId = host.RegionId,
                HostName = "", IpsJson = "[]", Os = "", AgentVersion = "", AgentUser = "", Status = AgentStatus.Online, GmtCreated = now,
            };
            db.Agents.Add(row);
        }
        row.HostName = Cut(hello.HostName, 255);
        row.IpsJson = StorageJson.Write(hello.Ips.Take(32).Select(ip => Cut(ip, 64)).ToList());
        row.Os = Cut(hello.Os, 255);
        row.AgentVersion = Cut(hello.AgentVersion, 64);
        row.AgentUser = Cut(hello.AgentUser, 64);
        row.Status = AgentStatus.Online;
        row.LastHeartbeat = now;
        row.Replica = me.Name;
        await db.SaveChangesAsync(ct);
        return now;
    }

    /// <summary>
    /// Records a heartbeat; <see cref="HeartbeatFlush"/> writes them all once a second in one transaction. One write per
    /// heartbeat per agent was 100 transactions a second for 1,000 agents, each holding a thread (SQLite's calls block)
    /// and the database's only write lock: the API stalled for up to a second, for 8 s at a 2 s heartbeat.
    /// </summary>
    /// <returns>The heartbeat time that will be written (Unix ms).</returns>
    public long Heartbeat(HostKey host)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        heartbeats[host] = now;
        return now;
    }

    /// <summary>
    /// Writes the heartbeats recorded since the last flush, of hosts still connected here (one that left has been marked
    /// OFFLINE, and a late heartbeat must not bring it back ONLINE). Returns how many were written.
    /// </summary>
    public async Task<int> FlushHeartbeatsAsync(Func<HostKey, bool> connectedHere, CancellationToken ct)
    {
        var beats = new List<(HostKey Host, long At)>();
        foreach (var host in heartbeats.Keys)
            if (heartbeats.TryRemove(host, out var at) && connectedHere(host)) beats.Add((host, at));
        if (beats.Count == 0) return 0;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (host, at) in beats)
            await Of(db, host).Where(a => a.LastHeartbeat < at)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastHeartbeat, at).SetProperty(a => a.Status, AgentStatus.Online)
                    .SetProperty(a => a.Replica, me.Name), ct);
        await tx.CommitAsync(ct);
        return beats.Count;
    }

    /// <summary>
    /// How long to wait for a host with no session here whose agent was ONLINE within its lease: after a server restart
    /// (or a network blip) agents are reconnecting, not offline. Zero when the agent is OFFLINE, unknown, or silent too long.
    /// </summary>
    public async Task<TimeSpan> ReconnectGraceAsync(HostKey host, TimeSpan lease, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var agent = await Of(db, host).AsNoTracking().Select(a => new { a.Status, a.LastHeartbeat }).FirstOrDefaultAsync(ct);
        if (agent is null || agent.Status != AgentStatus.Online) return TimeSpan.Zero;
        var heard = DateTimeOffset.FromUnixTimeMilliseconds(agent.LastHeartbeat);
        var left = (heard > ListeningSince ? heard : ListeningSince) + lease - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>
    /// The host's stream here closed. If it has meanwhile connected to another replica, that one speaks for it; if a
    /// newer stream registered it since (here or there), its heartbeat is later than any <paramref name="lastWrittenMs"/>
    /// of the closed stream, and the row is left ONLINE.
    /// </summary>
    public async Task MarkOfflineAsync(HostKey host, long lastWrittenMs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await Of(db, host).Where(a => (a.Replica == null || a.Replica == me.Name) && a.LastHeartbeat <= lastWrittenMs)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AgentStatus.Offline), ct);
    }

    /// <summary>Whether the host's agent is ONLINE on another replica (so this one must not give up on it).</summary>
    public async Task<bool> IsOnlineElsewhereAsync(HostKey host, TimeSpan lease, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)lease.TotalMilliseconds;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Of(db, host).AnyAsync(a => a.Status == AgentStatus.Online && a.Replica != null && a.Replica != me.Name
                                                && a.LastHeartbeat >= cutoff, ct);
    }

    /// <summary>Agents silent for longer than the lease become OFFLINE (a half-open connection never says goodbye).</summary>
    public async Task<int> ExpireAsync(TimeSpan lease, Func<HostKey, bool> connectedHere, CancellationToken ct)
    {
        // In its first lease this server has not yet had the time to hear from every agent: none has expired.
        if (clock.GetUtcNow() - ListeningSince < lease) return 0;
        var cutoff = clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)lease.TotalMilliseconds;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stale = await db.Agents.AsNoTracking().Where(a => a.Status == AgentStatus.Online && a.LastHeartbeat < cutoff)
            .Select(a => new { a.Id, a.ProjectId, a.ResourceId, a.RegionId }).ToListAsync(ct);
        var ids = stale.Where(a => !connectedHere(new HostKey(a.ProjectId, a.ResourceId, a.RegionId))).Select(a => a.Id).ToList();
        var expired = 0;
        // The write checks the silence again: a host that registered (or beat) between the read and now has a fresh
        // heartbeat and stays ONLINE. A plain save overwrote it (a reconnection storm left connected hosts OFFLINE).
        foreach (var batch in ids.Chunk(500))
            expired += await db.Agents.Where(a => batch.Contains(a.Id) && a.Status == AgentStatus.Online && a.LastHeartbeat < cutoff)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, AgentStatus.Offline), ct);
        return expired;
    }

    private static IQueryable<AgentRow> Of(DroverDb db, HostKey host) =>
        db.Agents.Where(a => a.ProjectId == host.ProjectId && a.ResourceId == host.ResourceId && a.RegionId == host.RegionId);

    /// <summary>Facts are free text from the host: bounded, and without NULs (PostgreSQL text refuses them).</summary>
    private static string Cut(string s, int max)
    {
        s = s.Replace("\0", "", StringComparison.Ordinal);
        return s.Length <= max ? s : s[..max];
    }
}
