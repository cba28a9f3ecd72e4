using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Agents.Identity;

/// <summary>The host an agent credential belongs to, if it is active; and which of the streams' credentials still are.</summary>
public sealed class AgentCredentials(IDbContextFactory<DroverDb> dbs, TimeProvider clock)
{
    /// <summary>The host and the credential row's id (a new one for each enrollment of a host, see AgentEnrollment), or null.</summary>
    public async Task<(HostKey Host, long CredentialId)?> FindAsync(string credential, CancellationToken ct)
    {
        if (!credential.StartsWith(AgentSecrets.CredentialPrefix, StringComparison.Ordinal) || credential.Length > 128) return null;
        var hash = SecretHash.Of(credential);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.AgentCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.CredentialHash == hash && c.RevokedAt == null, ct);
        return row is null ? null : (new HostKey(row.ProjectId, row.ResourceId, row.RegionId), row.Id);
    }

    /// <summary>Those of <paramref name="credentialIds"/> that are still active (not revoked, not replaced by a new enrollment).</summary>
    public async Task<HashSet<long>> ActiveAsync(IReadOnlyCollection<long> credentialIds, CancellationToken ct)
    {
        if (credentialIds.Count == 0) return [];
        await using var db = await dbs.CreateDbContextAsync(ct);
        return (await db.AgentCredentials.AsNoTracking().Where(c => credentialIds.Contains(c.Id) && c.RevokedAt == null)
            .Select(c => c.Id).ToListAsync(ct)).ToHashSet();
    }

    public long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
