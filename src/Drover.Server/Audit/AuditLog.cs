using Drover.Server.Security;
using Drover.Server.Storage;

namespace Drover.Server.Audit;

/// <summary>
/// Who did what, when, from where, under which request id, and how it ended. Entries of accepted changes are added to
/// the same unit of work as the change they describe, so an audited change and its entry commit together or not at
/// all; refused writes are recorded after their answer (<see cref="RefusedWrites"/>). Nothing in the API deletes them.
/// </summary>
public sealed class AuditLog(TimeProvider clock)
{
    public const string Ok = "ok";

    public void Add(DroverDb db, HttpContext ctx, string action, string target, string? detail = null)
    {
        var caller = Caller.Of(ctx);
        db.Audit.Add(Entry(caller.ProjectId, ActorOf(caller), action, target, RequestId(ctx), detail));
    }

    public AuditRow Entry(string projectId, AuditActor actor, string action, string target, string? requestId, string? detail, string outcome = Ok) => new()
    {
        ProjectId = projectId,
        At = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Actor = actor.Name,
        ActorKind = actor.Kind,
        ActorId = actor.Id,
        Source = actor.Source,
        Action = action,
        Target = target,
        RequestId = requestId,
        Detail = detail,
        Outcome = outcome,
    };

    public static AuditActor ActorOf(Caller caller) => new(caller.UserName, caller.Kind switch
    {
        CredentialKind.Bootstrap => "bootstrap",
        CredentialKind.Token => "token",
        CredentialKind.AccessKey => "access_key",
        CredentialKind.Internal => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller.Kind, null),
    }, caller.Kind == CredentialKind.AccessKey ? $"{caller.UserId} {caller.CredentialId}" : caller.UserId, caller.Source);

    public static string RequestId(HttpContext ctx) =>
        ctx.Request.Headers["X-Request-Id"].ToString() is { Length: > 0 and <= 128 } id && !id.Any(char.IsControl) ? id : ctx.TraceIdentifier;

    public static string? SourceOf(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString();
}

/// <summary>Who an audit entry is about: a name, how it proved itself, the id behind it, and where it called from.</summary>
public sealed record AuditActor(string Name, string Kind, string? Id, string? Source)
{
    public static AuditActor Agent(string resourceId, string? source) => new($"agent:{resourceId}", "agent", resourceId, source);
}
