using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary>
/// Who may administer what, where an identity endpoint names a project or a user other than the request's own.
/// Managing a user (password, keys, deletion) acts as that user in every project it has a role in, so it needs admin in
/// all of them: a project admin cannot take over a user who is also admin elsewhere.
/// </summary>
public static class IamAccess
{
    public static async Task RequireAdminOfAsync(DroverDb db, Caller caller, string projectId, CancellationToken ct)
    {
        if (caller.IsBootstrap)
        {
            if (!await db.Projects.AnyAsync(p => p.ProjectId == projectId, ct))
                throw CocError.BadRequest(Domain.Common.ErrorCodes.ProjectNotFound, $"project_id: no project {projectId}");
            return;
        }
        if (caller.ScopeProjectId is { } scoped && scoped != projectId)
            throw RequestAuthentication.Forbidden($"project_id: this token is scoped to project {scoped}, not {projectId}");
        var role = await db.Roles.AsNoTracking().Where(r => r.UserId == caller.UserId && r.ProjectId == projectId)
            .Select(r => (ProjectRole?)r.Role).FirstOrDefaultAsync(ct);
        if (role != ProjectRole.Admin)
            throw RequestAuthentication.Forbidden($"project_id: this needs the admin role in project {projectId}");
    }

    /// <summary>The user, if the caller may manage it (itself, the bootstrap admin, or admin of all its projects); else not found or 403.</summary>
    public static async Task<UserRow> ManageableUserAsync(DroverDb db, Caller caller, string userId, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserId == userId, ct);
        if (user is null) throw UserNotFound(userId);
        if (caller.IsBootstrap || (caller.Kind != CredentialKind.Internal && caller.UserId == userId)) return user;
        var theirs = await db.Roles.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.ProjectId).ToListAsync(ct);
        // A user the caller shares no project with answers as one that does not exist.
        if (!theirs.Contains(caller.ProjectId)) throw UserNotFound(userId);
        var adminOf = await db.Roles.AsNoTracking()
            .Where(r => r.UserId == caller.UserId && r.Role == ProjectRole.Admin).Select(r => r.ProjectId).ToListAsync(ct);
        if (caller.ScopeProjectId is { } scoped) adminOf = adminOf.Where(p => p == scoped).ToList();
        var missing = theirs.Except(adminOf).ToList();
        if (missing.Count > 0)
            throw RequestAuthentication.Forbidden(
                $"user_id: managing {user.Name} needs the admin role in each of its projects; missing: {string.Join(", ", missing)}");
        return user;
    }

    public static CocError UserNotFound(string userId) =>
        CocError.BadRequest(Domain.Common.ErrorCodes.UserNotFound, $"user_id: no user {userId}");
}
