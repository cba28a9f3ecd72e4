using System.Text.RegularExpressions;
using Drover.Server.Http;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Access;

/// <summary>
/// The project a request acts in (<c>x-project-id</c>; else a scoped token's project; else <c>default</c>) and the
/// caller's role there: the bootstrap admin is admin of every project that exists, a user has the role recorded for it.
/// </summary>
public sealed partial class ProjectScope(IDbContextFactory<DroverDb> dbs)
{
    public const string DefaultProject = "default";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex ProjectPattern();

    public static bool IsValidId(string id) => ProjectPattern().IsMatch(id);

    // Compiled once: every request asks one of these, and building and looking up the LINQ query each time cost more
    // than the query itself.
    private static readonly Func<DroverDb, string, CancellationToken, Task<bool>> ProjectExists =
        EF.CompileAsyncQuery((DroverDb db, string project, CancellationToken _) => db.Projects.Any(p => p.ProjectId == project));

    private static readonly Func<DroverDb, string, string, CancellationToken, Task<ProjectRole?>> RoleOf =
        EF.CompileAsyncQuery((DroverDb db, string user, string project, CancellationToken _) =>
            db.Roles.AsNoTracking().Where(r => r.UserId == user && r.ProjectId == project).Select(r => (ProjectRole?)r.Role).FirstOrDefault());

    public async Task<Caller> ResolveAsync(Principal who, HttpContext ctx)
    {
        var header = ctx.Request.Headers["x-project-id"].ToString();
        var project = header.Length > 0 ? header : who.ScopeProjectId ?? DefaultProject;
        if (!IsValidId(project))
            throw CocError.Invalid("x-project-id", "must be 1-64 letters, digits, '_' or '-'");
        await using var db = await dbs.CreateDbContextAsync(ctx.RequestAborted);
        ProjectRole? role = null;
        if (who.Kind == CredentialKind.Bootstrap)
        {
            if (await ProjectExists(db, project, ctx.RequestAborted)) role = ProjectRole.Admin;
        }
        else if (who.ScopeProjectId is null || who.ScopeProjectId == project)
        {
            role = await RoleOf(db, who.UserId, project, ctx.RequestAborted);
        }
        // Where the request came from, for the audit entries of the changes it makes (refusals add it themselves).
        return new Caller(project, who.UserName, who.UserId, who.Kind, role, who.CredentialId, who.ScopeProjectId,
            ctx.Connection.RemoteIpAddress?.ToString());
    }
}
