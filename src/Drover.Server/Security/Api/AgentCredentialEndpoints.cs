using Drover.Domain.Common;
using Drover.Server.Agents;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary><c>/v1/iam/agent-credentials</c>: the hosts enrolled in the project; revoking one closes its stream.</summary>
public static class AgentCredentialEndpoints
{
    public static void MapAgentCredentials(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/iam/agent-credentials").RequireRole(ProjectRole.Admin);
        g.MapGet("", List);
        g.MapDelete("/{resource_id}", Revoke);
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var limit = Query.Int(ctx.Request, "limit", 1, 1000) ?? 1000;
        var marker = Query.Long(ctx.Request, "marker", 1, long.MaxValue);
        var q = db.AgentCredentials.AsNoTracking().Where(c => c.ProjectId == caller.ProjectId);
        var total = await q.LongCountAsync(ctx.RequestAborted);
        if (marker is { } m) q = q.Where(c => c.Id > m);
        var rows = await q.OrderBy(c => c.Id).Take(limit).ToListAsync(ctx.RequestAborted);
        return Envelope.Page(total, rows.Select(c => new AgentCredentialOut(
            c.Id, c.ResourceId, c.RegionId, c.ProjectId, c.EnrollmentId, c.GmtCreated, c.RevokedAt, c.RevokedAt is null ? "ACTIVE" : "REVOKED")).ToList());
    }

    private static async Task<IResult> Revoke(HttpContext ctx, DroverDb db, AgentSessions sessions, AuditLog audit, TimeProvider clock, string resource_id)
    {
        var caller = Caller.Of(ctx);
        var region = Query.String(ctx.Request, "region_id", 1, 32) ?? "local";
        var row = await db.AgentCredentials.FirstOrDefaultAsync(
                      c => c.ProjectId == caller.ProjectId && c.ResourceId == resource_id && c.RegionId == region && c.RevokedAt == null, ctx.RequestAborted)
                  ?? throw CocError.BadRequest(ErrorCodes.AgentCredentialNotFound, $"resource_id: no active credential for {resource_id} ({region})");
        row.RevokedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "agent.revoke", resource_id, AuditLog.RequestId(ctx), region));
        await db.SaveChangesAsync(ctx.RequestAborted);
        // This replica's stream now; the others' within seconds (CredentialRevocationWatch).
        sessions.CloseHost(new HostKey(caller.ProjectId, resource_id, region));
        return Envelope.Data(resource_id);
    }
}
