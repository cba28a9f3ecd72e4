using System.Globalization;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary>
/// <c>/v3/auth/tokens</c> as Huawei IAM (Keystone v3) has it: a password for a token (201, the token in
/// <c>X-Subject-Token</c>), a token checked (GET) or revoked (DELETE). Drover is one account: <c>domain</c> is accepted and
/// not checked.
/// </summary>
public static class TokenEndpoints
{
    public sealed record TokenRequest(AuthPart? Auth);
    public sealed record AuthPart(IdentityPart? Identity, ScopePart? Scope);
    public sealed record IdentityPart(List<string>? Methods, PasswordPart? Password);
    public sealed record PasswordPart(UserPart? User);
    public sealed record UserPart(string? Name, string? Id, string? Password, NamePart? Domain);
    public sealed record ScopePart(NamePart? Project);
    public sealed record NamePart(string? Name, string? Id);

    public sealed record TokenBody(TokenOut Token);
    public sealed record TokenOut(string ExpiresAt, string IssuedAt, IReadOnlyList<string> Methods, NamedOut User, NamedOut? Project, IReadOnlyList<IdName> Roles);
    public sealed record NamedOut(string Id, string Name, IdName Domain);
    public sealed record IdName(string Id, string Name);

    private static readonly IdName Account = new("drover", "drover");

    public static void MapTokens(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v3/auth/tokens");
        g.MapPost("", Issue);
        g.MapGet("", Check).AllowAuthenticated();
        g.MapDelete("", Revoke).AllowAuthenticated();
    }

    private static async Task<IResult> Issue(HttpContext ctx, DroverDb db, Tokens tokens, AuditLog audit)
    {
        var ct = ctx.RequestAborted;
        var req = await RequestBody.ReadAsync<TokenRequest>(ctx.Request, ct);
        var identity = req.Auth?.Identity ?? throw CocError.Invalid("auth.identity", "required");
        if (identity.Methods is not ["password"]) throw CocError.Invalid("auth.identity.methods", "must be [\"password\"]");
        var u = identity.Password?.User ?? throw CocError.Invalid("auth.identity.password.user", "required");
        if (u.Name is null && u.Id is null) throw CocError.Invalid("auth.identity.password.user.name", "required (or id)");
        if (u.Password is null) throw CocError.Invalid("auth.identity.password.user.password", "required");
        if (u.Password.Length > Passwords.MaxLength || (u.Name?.Length ?? 0) > 64 || (u.Id?.Length ?? 0) > 64)
            throw Refused();
        var user = u.Id is not null
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == u.Id, ct)
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(x => x.Name == u.Name, ct);
        var who = new AuditActor(u.Name ?? u.Id!, "password", user?.UserId, AuditLog.SourceOf(ctx));
        if (!Passwords.Verify(user, u.Password))
        {
            db.Audit.Add(audit.Entry(ProjectScope.DefaultProject, who, "token.issue", u.Name ?? u.Id!, AuditLog.RequestId(ctx), null, "refused: wrong user or password"));
            await db.SaveChangesAsync(ct);
            RefusedWrites.MarkRecorded(ctx);
            throw Refused();
        }

        ProjectRow? project = null;
        var roles = new List<IdName>();
        if (req.Auth.Scope?.Project is { } scope)
        {
            if (scope.Id is null && scope.Name is null) throw CocError.Invalid("auth.scope.project", "id or name required");
            project = scope.Id is not null
                ? await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.ProjectId == scope.Id, ct)
                : await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Name == scope.Name, ct);
            var role = project is null ? null : await db.Roles.AsNoTracking()
                .Where(r => r.UserId == user!.UserId && r.ProjectId == project.ProjectId).Select(r => (ProjectRole?)r.Role).FirstOrDefaultAsync(ct);
            // As Keystone: a scope the user has no role in is not a token at all.
            if (role is not { } held) throw Refused("The user has no role in the requested project.");
            roles.Add(new IdName(held.ToWire(), held.ToWire()));
        }
        var (token, row) = await tokens.IssueAsync(db, user!, project?.ProjectId, ct);
        db.Audit.Add(audit.Entry(project?.ProjectId ?? ProjectScope.DefaultProject, who, "token.issue", user!.UserId, AuditLog.RequestId(ctx),
            project is null ? "unscoped" : $"scoped to {project.ProjectId}"));
        await db.SaveChangesAsync(ct);
        ctx.Response.Headers["X-Subject-Token"] = token;
        return Results.Json(Body(row, user, project, roles), CocJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Check(HttpContext ctx, DroverDb db, Tokens tokens)
    {
        var (row, user) = await SubjectAsync(ctx, tokens);
        var project = row.ProjectId is null ? null : await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.ProjectId == row.ProjectId, ctx.RequestAborted);
        var held = row.ProjectId is null ? [] : await db.Roles.AsNoTracking().Where(r => r.UserId == user.UserId && r.ProjectId == row.ProjectId)
            .Select(r => r.Role).ToListAsync(ctx.RequestAborted);
        var roles = held.Select(r => new IdName(r.ToWire(), r.ToWire())).ToList();
        return Results.Json(Body(row, user, project, roles), CocJson.Options);
    }

    private static async Task<IResult> Revoke(HttpContext ctx, DroverDb db, Tokens tokens, AuditLog audit)
    {
        var (row, user) = await SubjectAsync(ctx, tokens);
        await tokens.RevokeAsync(db, ctx.Request.Headers["X-Subject-Token"].ToString(), ctx.RequestAborted);
        var caller = Caller.Of(ctx);
        db.Audit.Add(audit.Entry(row.ProjectId ?? ProjectScope.DefaultProject, AuditLog.ActorOf(caller), "token.revoke", user.UserId, AuditLog.RequestId(ctx), null));
        await db.SaveChangesAsync(ctx.RequestAborted);
        return Results.NoContent();
    }

    /// <summary>The token in <c>X-Subject-Token</c>: the caller's own, or any for the bootstrap admin. Someone else's answers as an invalid one.</summary>
    private static async Task<(TokenRow, UserRow)> SubjectAsync(HttpContext ctx, Tokens tokens)
    {
        var caller = Caller.Of(ctx);
        var subject = ctx.Request.Headers["X-Subject-Token"].ToString();
        if (subject.Length == 0) throw CocError.Invalid("X-Subject-Token", "required: the token to check or revoke");
        var found = await tokens.FindAsync(subject, ctx.RequestAborted);
        if (found is not { } f || (!caller.IsBootstrap && f.User.UserId != caller.UserId))
            throw new CocError(404, Drover.Domain.Common.ErrorCodes.Unauthorized, "X-Subject-Token: no such live token");
        return f;
    }

    private static TokenBody Body(TokenRow row, UserRow user, ProjectRow? project, IReadOnlyList<IdName> roles) => new(new TokenOut(
        Iso(row.ExpiresAt), Iso(row.IssuedAt), ["password"], new NamedOut(user.UserId, user.Name, Account),
        project is null ? null : new NamedOut(project.ProjectId, project.Name, Account), roles));

    /// <summary>IAM's time format: <c>2026-12-03T17:40:00.000000Z</c>.</summary>
    private static string Iso(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static CocError Refused(string message = "The username or password is wrong.") => new(401, Drover.Domain.Common.ErrorCodes.Unauthorized, message);
}
