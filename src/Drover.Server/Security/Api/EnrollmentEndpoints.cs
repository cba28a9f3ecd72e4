using Drover.Domain.Common;
using Drover.Server.Agents.Identity;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary>
/// <c>/v1/iam/agent-enrollments</c>: tokens an agent trades for a credential per host (gRPC <c>Enroll</c>). Each host
/// enrolled is one use; the token is answered once and kept only as a hash.
/// </summary>
public static class EnrollmentEndpoints
{
    public const long MaxLifetimeSeconds = 366L * 24 * 3600;
    public const int MaxUsesLimit = 100_000;

    public static void MapEnrollments(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/iam/agent-enrollments");
        g.MapPost("", Create).AllowAuthenticated();
        g.MapGet("", List).RequireRole(ProjectRole.Admin);
        g.MapDelete("/{enrollment_id}", Delete).RequireRole(ProjectRole.Admin);
    }

    private static async Task<IResult> Create(HttpContext ctx, DroverDb db, TimeProvider clock, AuditLog audit)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var req = await RequestBody.ReadAsync<CreateEnrollmentRequest>(ctx.Request, ct);
        var project = IamRules.ProjectId(req.ProjectId ?? caller.ProjectId);
        var lifetime = req.ExpiresInSeconds ?? 3600;
        if (lifetime < 1 || lifetime > MaxLifetimeSeconds) throw CocError.Invalid("expires_in_seconds", $"must be between 1 and {MaxLifetimeSeconds}");
        var uses = req.MaxUses ?? 1;
        if (uses < 1 || uses > MaxUsesLimit) throw CocError.Invalid("max_uses", $"must be between 1 and {MaxUsesLimit}");
        var prefix = IamRules.ResourceIdPrefix(req.ResourceIdPrefix);
        await IamAccess.RequireAdminOfAsync(db, caller, project, ct);
        var token = AgentSecrets.NewEnrollmentToken();
        var now = clock.GetUtcNow();
        var row = new EnrollmentRow
        {
            EnrollmentId = "EN" + IamIds.NewId()[..22], TokenHash = SecretHash.Of(token), ProjectId = project, ResourceIdPrefix = prefix,
            ExpiresAt = now.AddSeconds(lifetime).ToUnixTimeMilliseconds(), MaxUses = uses, CreatedBy = caller.UserName,
            GmtCreated = now.ToUnixTimeMilliseconds(),
        };
        db.Enrollments.Add(row);
        db.Audit.Add(audit.Entry(project, AuditLog.ActorOf(caller), "enrollment.create", row.EnrollmentId, AuditLog.RequestId(ctx),
            $"max_uses {uses}, expires in {lifetime} s{(prefix is null ? "" : $", prefix {prefix}")}"));
        await db.SaveChangesAsync(ct);
        return Envelope.Data(Out(row, token, now.ToUnixTimeMilliseconds()));
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db, TimeProvider clock)
    {
        var caller = Caller.Of(ctx);
        var rows = await db.Enrollments.AsNoTracking().Where(e => e.ProjectId == caller.ProjectId).OrderByDescending(e => e.Id)
            .Take(1000).ToListAsync(ctx.RequestAborted);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return Envelope.Page(rows.Count, rows.Select(r => Out(r, null, now)).ToList());
    }

    private static async Task<IResult> Delete(HttpContext ctx, DroverDb db, TimeProvider clock, AuditLog audit, string enrollment_id)
    {
        var caller = Caller.Of(ctx);
        var row = await db.Enrollments.FirstOrDefaultAsync(e => e.EnrollmentId == enrollment_id && e.ProjectId == caller.ProjectId, ctx.RequestAborted)
                  ?? throw CocError.BadRequest(ErrorCodes.EnrollmentNotFound, $"enrollment_id: no enrollment {enrollment_id}");
        row.RevokedAt ??= clock.GetUtcNow().ToUnixTimeMilliseconds();
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "enrollment.revoke", enrollment_id, AuditLog.RequestId(ctx), null));
        await db.SaveChangesAsync(ctx.RequestAborted);
        return Envelope.Data(enrollment_id);
    }

    private static EnrollmentOut Out(EnrollmentRow r, string? token, long now) => new(
        r.EnrollmentId, token, r.ProjectId, r.ExpiresAt, r.MaxUses, r.Uses, r.ResourceIdPrefix, r.CreatedBy, r.GmtCreated,
        r.RevokedAt is not null ? "REVOKED" : r.ExpiresAt <= now ? "EXPIRED" : r.Uses >= r.MaxUses ? "USED_UP" : "ACTIVE");
}
