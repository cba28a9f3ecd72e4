using Drover.Server.Security;
using Drover.Server.Storage;

namespace Drover.Server.Audit;

/// <summary>
/// Who did what, when, under which request id. Entries are added to the same unit of work as the change they
/// describe, so an audited change and its entry commit together or not at all.
/// </summary>
public sealed class AuditLog(TimeProvider clock)
{
    public void Add(DroverDb db, HttpContext ctx, string action, string target, string? detail = null)
    {
        var caller = Caller.Of(ctx);
        db.Audit.Add(Entry(caller.ProjectId, caller.UserName, action, target, RequestId(ctx), detail));
    }

    public AuditRow Entry(string projectId, string actor, string action, string target, string? requestId, string? detail) => new()
    {
        ProjectId = projectId,
        At = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Actor = actor,
        Action = action,
        Target = target,
        RequestId = requestId,
        Detail = detail,
    };

    public static string RequestId(HttpContext ctx) =>
        ctx.Request.Headers["X-Request-Id"].ToString() is { Length: > 0 and <= 128 } id ? id : ctx.TraceIdentifier;
}
