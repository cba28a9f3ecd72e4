using Drover.Domain.Common;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary><c>/v1/iam/users</c>: users, their role per project, their passwords.</summary>
public static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/iam/users");
        g.MapPost("", Create).AllowAuthenticated();
        g.MapGet("", List).RequireRole(ProjectRole.Admin);
        g.MapGet("/{user_id}", Get).AllowAuthenticated();
        g.MapDelete("/{user_id}", Delete).AllowAuthenticated();
        g.MapPost("/{user_id}/roles", Grant).AllowAuthenticated();
        g.MapDelete("/{user_id}/roles/{project_id}", Revoke).AllowAuthenticated();
        g.MapPut("/{user_id}/password", SetPassword).AllowAuthenticated();
    }

    private static async Task<IResult> Create(HttpContext ctx, DroverDb db, TimeProvider clock, AuditLog audit)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var req = await RequestBody.ReadAsync<CreateUserRequest>(ctx.Request, ct);
        var name = IamRules.UserName(req.Name);
        var password = IamRules.Password(req.Password);
        var project = IamRules.ProjectId(req.ProjectId ?? caller.ProjectId);
        var role = IamRules.Role(req.Role);
        await IamAccess.RequireAdminOfAsync(db, caller, project, ct);
        if (name == Caller.BootstrapName) throw CocError.Invalid("name", $"'{Caller.BootstrapName}' is the bootstrap admin's name");
        var row = new UserRow { UserId = IamIds.NewId(), Name = name, PasswordHash = Passwords.Hash(password), GmtCreated = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        db.Users.Add(row);
        db.Roles.Add(new RoleRow { UserId = row.UserId, ProjectId = project, Role = role });
        db.Audit.Add(audit.Entry(project, AuditLog.ActorOf(caller), "user.create", row.UserId, AuditLog.RequestId(ctx), $"{name} as {role.ToWire()}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Users.AnyAsync(u => u.Name == name, ct)) throw CocError.BadRequest(ErrorCodes.UserNameTaken, $"name: a user named {name} exists");
            throw;
        }
        return Envelope.Data(await OutAsync(db, caller, row, ct));
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var all = caller.IsBootstrap && ctx.Request.Query["all"] == "true";
        var q = db.Users.AsNoTracking();
        if (!all)
        {
            var members = db.Roles.Where(r => r.ProjectId == caller.ProjectId).Select(r => r.UserId);
            q = q.Where(u => members.Contains(u.UserId));
        }
        var users = await q.OrderBy(u => u.Id).ToListAsync(ctx.RequestAborted);
        var outs = new List<UserOut>();
        foreach (var u in users) outs.Add(await OutAsync(db, caller, u, ctx.RequestAborted));
        return Envelope.Page(outs.Count, outs);
    }

    private static async Task<IResult> Get(HttpContext ctx, DroverDb db, string user_id)
    {
        var caller = Caller.Of(ctx);
        var user = await VisibleUserAsync(db, caller, user_id, ctx.RequestAborted);
        return Envelope.Data(await OutAsync(db, caller, user, ctx.RequestAborted));
    }

    private static async Task<IResult> Delete(HttpContext ctx, DroverDb db, AuditLog audit, Tokens tokens, string user_id)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var user = await IamAccess.ManageableUserAsync(db, caller, user_id, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Roles.Where(r => r.UserId == user_id).ExecuteDeleteAsync(ct);
        await db.AccessKeys.Where(k => k.UserId == user_id).ExecuteDeleteAsync(ct);
        await tokens.RevokeAllAsync(db, user_id, ct);
        db.Users.Remove(user);
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "user.delete", user_id, AuditLog.RequestId(ctx), user.Name));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Envelope.Data(user_id);
    }

    private static async Task<IResult> Grant(HttpContext ctx, DroverDb db, AuditLog audit, string user_id)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var req = await RequestBody.ReadAsync<RoleRequest>(ctx.Request, ct);
        var project = IamRules.ProjectId(req.ProjectId ?? caller.ProjectId);
        var role = IamRules.Role(req.Role);
        await IamAccess.RequireAdminOfAsync(db, caller, project, ct);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == user_id, ct) ?? throw IamAccess.UserNotFound(user_id);
        var existing = await db.Roles.FirstOrDefaultAsync(r => r.UserId == user_id && r.ProjectId == project, ct);
        if (existing is null) db.Roles.Add(new RoleRow { UserId = user_id, ProjectId = project, Role = role });
        else existing.Role = role;
        db.Audit.Add(audit.Entry(project, AuditLog.ActorOf(caller), "user.grant", user_id, AuditLog.RequestId(ctx), $"{user.Name} as {role.ToWire()}"));
        await db.SaveChangesAsync(ct);
        return Envelope.Data(await OutAsync(db, caller, user, ct));
    }

    private static async Task<IResult> Revoke(HttpContext ctx, DroverDb db, AuditLog audit, string user_id, string project_id)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        await IamAccess.RequireAdminOfAsync(db, caller, IamRules.ProjectId(project_id), ct);
        var role = await db.Roles.FirstOrDefaultAsync(r => r.UserId == user_id && r.ProjectId == project_id, ct) ?? throw IamAccess.UserNotFound(user_id);
        db.Roles.Remove(role);
        db.Audit.Add(audit.Entry(project_id, AuditLog.ActorOf(caller), "user.revoke", user_id, AuditLog.RequestId(ctx), role.Role.ToWire()));
        await db.SaveChangesAsync(ct);
        return Envelope.Data(user_id);
    }

    private static async Task<IResult> SetPassword(HttpContext ctx, DroverDb db, AuditLog audit, Tokens tokens, string user_id)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var user = await IamAccess.ManageableUserAsync(db, caller, user_id, ct);
        var req = await RequestBody.ReadAsync<PasswordRequest>(ctx.Request, ct);
        var password = IamRules.Password(req.Password);
        if (!caller.IsBootstrap && caller.UserId == user_id)
        {
            if (req.OldPassword is null) throw CocError.Invalid("old_password", "required when changing your own password");
            if (!Passwords.Verify(user, req.OldPassword)) throw CocError.Invalid("old_password", "does not match your current password");
        }
        user.PasswordHash = Passwords.Hash(password);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Whoever held the old password may hold a token from it.
        await tokens.RevokeAllAsync(db, user_id, ct);
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "user.password", user_id, AuditLog.RequestId(ctx), user.Name));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Envelope.Data(user_id);
    }

    /// <summary>Itself, or a user of the caller's project for its admins (all users for the bootstrap admin).</summary>
    private static async Task<UserRow> VisibleUserAsync(DroverDb db, Caller caller, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == userId, ct) ?? throw IamAccess.UserNotFound(userId);
        if (caller.IsBootstrap || caller.UserId == userId) return user;
        RequestAuthentication.Require(caller, ProjectRole.Admin);
        if (!await db.Roles.AnyAsync(r => r.UserId == userId && r.ProjectId == caller.ProjectId, ct)) throw IamAccess.UserNotFound(userId);
        return user;
    }

    /// <summary>A user with the roles the caller may see: all for the bootstrap admin or the user itself, else the caller's project's.</summary>
    private static async Task<UserOut> OutAsync(DroverDb db, Caller caller, UserRow u, CancellationToken ct)
    {
        var roles = db.Roles.AsNoTracking().Where(r => r.UserId == u.UserId);
        if (!caller.IsBootstrap && caller.UserId != u.UserId) roles = roles.Where(r => r.ProjectId == caller.ProjectId);
        var list = await roles.OrderBy(r => r.ProjectId).Select(r => new { r.ProjectId, r.Role }).ToListAsync(ct);
        return new UserOut(u.UserId, u.Name, [.. list.Select(r => new RoleOut(r.ProjectId, r.Role.ToWire()))], u.GmtCreated);
    }
}
