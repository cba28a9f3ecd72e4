using Drover.Domain.Common;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Api;

/// <summary><c>/v1/iam/projects</c>: created and deleted by the bootstrap admin; anyone lists the projects it has a role in.</summary>
public static class ProjectEndpoints
{
    public static void MapProjects(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/iam/projects").AllowAuthenticated();
        g.MapPost("", Create);
        g.MapGet("", List);
        g.MapDelete("/{project_id}", Delete);
    }

    private static void RequireBootstrap(Caller caller)
    {
        if (!caller.IsBootstrap) throw RequestAuthentication.Forbidden("projects are created and deleted by the bootstrap admin only");
    }

    private static async Task<IResult> Create(HttpContext ctx, DroverDb db, TimeProvider clock, AuditLog audit)
    {
        var caller = Caller.Of(ctx);
        RequireBootstrap(caller);
        var req = await RequestBody.ReadAsync<CreateProjectRequest>(ctx.Request, ctx.RequestAborted);
        var name = IamRules.ProjectName(req.Name);
        var id = req.Id is null ? IamIds.NewId() : IamRules.ProjectId(req.Id, "id");
        if (await db.Projects.AnyAsync(p => p.ProjectId == id, ctx.RequestAborted))
            throw CocError.BadRequest(ErrorCodes.ProjectNameTaken, $"id: a project with id {id} exists");
        var row = new ProjectRow { ProjectId = id, Name = name, GmtCreated = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        db.Projects.Add(row);
        db.Audit.Add(audit.Entry(row.ProjectId, AuditLog.ActorOf(caller), "project.create", row.ProjectId, AuditLog.RequestId(ctx), name));
        try
        {
            await db.SaveChangesAsync(ctx.RequestAborted);
        }
        catch (DbUpdateException)
        {
            if (await NameTakenAsync(db, name, ctx.RequestAborted))
                throw CocError.BadRequest(ErrorCodes.ProjectNameTaken, $"name: a project named {name} exists");
            if (await db.Projects.AnyAsync(p => p.ProjectId == id, ctx.RequestAborted))
                throw CocError.BadRequest(ErrorCodes.ProjectNameTaken, $"id: a project with id {id} exists");
            throw;
        }
        return Envelope.Data(Out(row));
    }

    private static async Task<bool> NameTakenAsync(DroverDb db, string name, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Projects.AnyAsync(p => p.Name == name, ct);
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var q = db.Projects.AsNoTracking();
        if (!caller.IsBootstrap)
        {
            var mine = db.Roles.Where(r => r.UserId == caller.UserId).Select(r => r.ProjectId);
            q = q.Where(p => mine.Contains(p.ProjectId));
            if (caller.ScopeProjectId is { } scoped) q = q.Where(p => p.ProjectId == scoped);
        }
        var rows = await q.OrderBy(p => p.Id).ToListAsync(ctx.RequestAborted);
        return Envelope.Page(rows.Count, rows.Select(Out).ToList());
    }

    private static async Task<IResult> Delete(HttpContext ctx, DroverDb db, AuditLog audit, TimeProvider clock, string project_id)
    {
        var caller = Caller.Of(ctx);
        RequireBootstrap(caller);
        var ct = ctx.RequestAborted;
        var row = await db.Projects.FirstOrDefaultAsync(p => p.ProjectId == project_id, ct)
                  ?? throw CocError.BadRequest(ErrorCodes.ProjectNotFound, $"project_id: no project {project_id}");
        if (row.ProjectId == ProjectScope.DefaultProject)
            throw CocError.Invalid("project_id", "the default project cannot be deleted");
        var holds = new List<string>();
        if (await db.Scripts.AnyAsync(s => s.ProjectId == project_id, ct)) holds.Add("scripts");
        if (await db.Documents.AnyAsync(s => s.ProjectId == project_id, ct)) holds.Add("jobs");
        if (await db.Tickets.AnyAsync(s => s.ProjectId == project_id, ct)) holds.Add("tickets");
        if (await db.Executions.AnyAsync(s => s.ProjectId == project_id, ct)) holds.Add("executions");
        if (await db.Agents.AnyAsync(s => s.ProjectId == project_id, ct)) holds.Add("agents");
        if (await db.AgentCredentials.AnyAsync(s => s.ProjectId == project_id && s.RevokedAt == null, ct)) holds.Add("agent credentials");
        if (holds.Count > 0)
            throw CocError.BadRequest(ErrorCodes.ProjectNotEmpty, $"project_id: project {row.Name} still holds {string.Join(", ", holds)}; delete them first");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Roles.Where(r => r.ProjectId == project_id).ExecuteDeleteAsync(ct);
        await db.Enrollments.Where(e => e.ProjectId == project_id).ExecuteDeleteAsync(ct);
        await db.AgentCredentials.Where(e => e.ProjectId == project_id).ExecuteDeleteAsync(ct);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.Tokens.Where(t => t.ProjectId == project_id && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        db.Projects.Remove(row);
        db.Audit.Add(audit.Entry(project_id, AuditLog.ActorOf(caller), "project.delete", project_id, AuditLog.RequestId(ctx), row.Name));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Envelope.Data(project_id);
    }

    private static ProjectOut Out(ProjectRow p) => new(p.ProjectId, p.Name, p.GmtCreated);
}
