using Drover.Server.Engine;
using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Agents;

/// <summary>The host an agent credential belongs to, if it is active; and the revocations other replicas need to hear of.</summary>
public sealed class AgentCredentials(IDbContextFactory<DroverDb> dbs, TimeProvider clock)
{
    /// <summary>The host and the credential row's id (which tells one enrollment of a host from the next), or null.</summary>
    public async Task<(HostKey Host, long CredentialId)?> FindAsync(string credential, CancellationToken ct)
    {
        if (!credential.StartsWith(AgentSecrets.CredentialPrefix, StringComparison.Ordinal) || credential.Length > 128) return null;
        var hash = SecretHash.Of(credential);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.AgentCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.CredentialHash == hash && c.RevokedAt == null, ct);
        return row is null ? null : (new HostKey(row.ProjectId, row.ResourceId, row.RegionId), row.Id);
    }

    /// <summary>Hosts whose credentials were revoked at or after <paramref name="since"/> (ms), by any replica.</summary>
    public async Task<IReadOnlyList<HostKey>> RevokedSinceAsync(long since, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.AgentCredentials.AsNoTracking().Where(c => c.RevokedAt != null && c.RevokedAt >= since)
            .Select(c => new HostKey(c.ProjectId, c.ResourceId, c.RegionId)).ToListAsync(ct);
    }

    public long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
