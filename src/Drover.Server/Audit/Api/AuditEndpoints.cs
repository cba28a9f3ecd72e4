using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Security.Access;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Audit.Api;

/// <summary><c>GET /v1/audit</c>: the project's audit log for its admins, newest first, keyset-paged by <c>id</c>. Read-only by design.</summary>
public static class AuditEndpoints
{
    public sealed record AuditOut(
        long Id, long At, string Actor, string? ActorKind, string? ActorId, string? Source, string Action, string Target,
        string? RequestId, string? Detail, string? Outcome);

    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGet("/v1/audit", List).RequireRole(ProjectRole.Admin);

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var limit = Query.Int(r, "limit", 1, 1000) ?? 100;
        var marker = Query.Long(r, "marker", 1, long.MaxValue);
        var user = Query.String(r, "user", 1, 128);
        var resource = Query.String(r, "resource", 1, 256);
        var action = Query.String(r, "action", 1, 256);
        var start = Query.Long(r, "start_time", 0, long.MaxValue);
        var end = Query.Long(r, "end_time", 0, long.MaxValue);
        if (start is { } s0 && end is { } e0 && e0 < s0) throw CocError.Invalid("end_time", "must not be before start_time");

        var q = db.Audit.AsNoTracking().Where(a => a.ProjectId == caller.ProjectId);
        if (user is not null)
        {
            // An access key's entries carry "<user id> <access key>" as actor id: the user's id finds them too.
            var keyOfUser = user + " ";
            q = q.Where(a => a.Actor == user || a.ActorId == user || (a.ActorId != null && a.ActorId.StartsWith(keyOfUser)));
        }
        if (resource is not null) q = q.Where(a => a.Target == resource);
        if (action is not null) q = q.Where(a => a.Action == action);
        if (start is { } s) q = q.Where(a => a.At >= s);
        if (end is { } e) q = q.Where(a => a.At <= e);
        var total = await q.LongCountAsync(ctx.RequestAborted);
        if (marker is { } m) q = q.Where(a => a.Id < m);
        var rows = await q.OrderByDescending(a => a.Id).Take(limit).ToListAsync(ctx.RequestAborted);
        return Envelope.Page(total, rows.Select(a => new AuditOut(
            a.Id, a.At, a.Actor, a.ActorKind, a.ActorId, a.Source, a.Action, a.Target, a.RequestId, a.Detail, a.Outcome)).ToList());
    }
}
