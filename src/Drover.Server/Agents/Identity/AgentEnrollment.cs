using Drover.Protocol;
using Drover.Server.Audit;
using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Agents.Identity;

/// <summary>
/// Trades an enrollment token for one credential per host, all hosts or none. A host that holds an active credential
/// is refused (an enrollment token must not take over an enrolled host); a revoked host's row is replaced by a new one.
/// </summary>
public sealed class AgentEnrollment(IDbContextFactory<DroverDb> dbs, AuditLog audit, TimeProvider clock, ILogger<AgentEnrollment> log)
{
    public const int MaxHostsPerCall = 10_000;

    public async Task<EnrollReply> EnrollAsync(EnrollRequest request, string? source, CancellationToken ct)
    {
        if (request.Hosts.Count == 0 || request.Hosts.Count > MaxHostsPerCall)
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"hosts: between 1 and {MaxHostsPerCall} per call"));
        var hosts = request.Hosts.Select((h, i) => (
            Resource: AgentHello.Field(h.ResourceId, $"hosts[{i}].resource_id", "", 64),
            Region: AgentHello.Field(h.RegionId, $"hosts[{i}].region_id", "local", 32))).ToList();
        if (hosts.Distinct().Count() != hosts.Count)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "hosts: each host at most once"));

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var hash = SecretHash.Of(request.EnrollmentToken ?? "");
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var enrollment = await db.Enrollments.AsNoTracking().FirstOrDefaultAsync(e => e.TokenHash == hash, ct);
        if (enrollment is null || enrollment.RevokedAt is not null || enrollment.ExpiresAt <= now || enrollment.Uses + hosts.Count > enrollment.MaxUses)
        {
            log.LogWarning("Enrollment refused from {Source}: {Reason}", source,
                enrollment is null ? "unknown token" : enrollment.RevokedAt is not null ? $"{enrollment.EnrollmentId} revoked"
                : enrollment.ExpiresAt <= now ? $"{enrollment.EnrollmentId} expired" : $"{enrollment.EnrollmentId} has {enrollment.MaxUses - enrollment.Uses} uses left, {hosts.Count} asked");
            throw new RpcException(new Status(StatusCode.Unauthenticated, "enrollment token invalid, expired, revoked or used up"));
        }
        if (enrollment.ResourceIdPrefix is { } prefix && hosts.FirstOrDefault(h => !h.Resource.StartsWith(prefix, StringComparison.Ordinal)) is { Resource: not null } outside)
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"resource_id {outside.Resource}: this enrollment admits only ids starting with {prefix}"));

        // Uses are counted in the database, so two agents racing on one token can never enroll more hosts than it allows.
        var counted = await db.Enrollments.Where(e => e.Id == enrollment.Id && e.Uses + hosts.Count <= e.MaxUses)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Uses, e => e.Uses + hosts.Count), ct);
        if (counted == 0) throw new RpcException(new Status(StatusCode.Unauthenticated, "enrollment token invalid, expired, revoked or used up"));

        var project = enrollment.ProjectId;
        var resources = hosts.Select(h => h.Resource).ToList();
        var existing = (await db.AgentCredentials.Where(c => c.ProjectId == project && resources.Contains(c.ResourceId)).ToListAsync(ct))
            .ToDictionary(c => (c.ResourceId, c.RegionId));
        var replaced = new List<AgentCredentialRow>();
        foreach (var (resource, region) in hosts)
        {
            if (!existing.TryGetValue((resource, region), out var row)) continue;
            if (row.RevokedAt is null)
                throw new RpcException(new Status(StatusCode.AlreadyExists,
                    $"host {resource} ({region}) is enrolled already: revoke its credential first (DELETE /v1/iam/agent-credentials/{resource})"));
            replaced.Add(row);
        }
        // A revoked host's row is replaced by a new one, not updated: the row id names one enrollment, so a stream still
        // open with the revoked credential (on a replica that has not yet seen the revocation) is told from the new
        // credential's, and closed by CredentialRevocationWatch.
        if (replaced.Count > 0)
        {
            db.AgentCredentials.RemoveRange(replaced);
            await db.SaveChangesAsync(ct);
        }
        var reply = new EnrollReply();
        foreach (var (resource, region) in hosts)
        {
            var credential = AgentSecrets.NewCredential();
            db.AgentCredentials.Add(new AgentCredentialRow
            {
                ProjectId = project, ResourceId = resource, RegionId = region, CredentialHash = SecretHash.Of(credential),
                EnrollmentId = enrollment.EnrollmentId, GmtCreated = now,
            });
            reply.Credentials.Add(new HostCredential { ResourceId = resource, RegionId = region, ProjectId = project, Credential = credential });
        }
        var who = new AuditActor($"enrollment:{enrollment.EnrollmentId}", "enrollment", enrollment.EnrollmentId, source);
        db.Audit.Add(audit.Entry(project, who, "agent.enroll", enrollment.EnrollmentId, null,
            hosts.Count == 1 ? resources[0] : $"{hosts.Count} hosts: {string.Join(", ", resources.Take(5))}{(hosts.Count > 5 ? ", ..." : "")}"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Enrolled {Count} host(s) in project {Project} with {Enrollment}", hosts.Count, project, enrollment.EnrollmentId);
        return reply;
    }
}
