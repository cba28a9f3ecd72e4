using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Api;

/// <summary>
/// Jobs ("documents"): <c>/v1/documents</c> (reference §5.2-§5.6, semantics §4). Every update is a new version;
/// POST on one job's path executes it (mapped with the executions).
/// </summary>
public static class DocumentEndpoints
{
    public static void MapDocuments(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/documents");
        g.MapPost("", Create);
        g.MapGet("", List);
        g.MapGet("/{document_id}", Get);
        g.MapPut("/{document_id}", Update);
        g.MapDelete("/{document_id}", Delete);
    }

    private static async Task<IResult> Create(HttpContext ctx, DroverDb db, IDbContextFactory<DroverDb> dbs, TimeProvider clock, AuditLog audit)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var req = await RequestBody.ReadAsync<CreateDocumentRequest>(ctx.Request, ct);
        var name = DocumentValidation.Name(req.Name);
        var risk = DocumentValidation.Risk(req.RiskLevel);
        var description = DocumentValidation.Description(req.Description);
        var enterprise = DocumentValidation.EnterpriseProject(req.EnterpriseProjectId);
        var tags = DocumentValidation.Tags(req.Tags);
        var content = DocumentValidation.Content(req.Content, ct);
        if (await NameTakenAsync(db, caller, name, null, ct)) throw NameTaken(name);

        var now = clock.GetUtcNow();
        var ms = now.ToUnixTimeMilliseconds();
        var row = new DocumentRow
        {
            DocumentId = Ids.NewDocumentId(now),
            ProjectId = caller.ProjectId,
            Name = name,
            EnterpriseProjectId = enterprise,
            RiskLevel = risk,
            Description = description,
            TagsJson = StorageJson.Write(tags),
            Creator = caller.UserName,
            Modifier = caller.UserName,
            CreateTime = ms,
            UpdateTime = ms,
            LatestVersion = 1,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Documents.Add(row);
        await SaveNamedAsync(dbs, caller, name, null, () => db.SaveChangesAsync(ct));
        db.DocumentVersions.Add(NewVersion(row, 1, content, ms));
        audit.Add(db, ctx, "document.create", row.DocumentId, name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Opsflow.Data(row.DocumentId);
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var limit = Query.Int(r, "limit", 1, 100) ?? 10;
        var offset = Query.Int(r, "offset", 0, int.MaxValue) ?? 0;
        var nameLike = Query.String(r, "name_like", 1, 128);
        var creator = Query.String(r, "creator", 1, 64);
        var enterprise = Query.String(r, "enterprise_project_id", 1, 128);
        // PUBLIC jobs are Huawei's own; Drover has none. NORMAL is the SDK's spelling of PRIVATE.
        var type = Query.String(r, "document_type", 1, 32);
        if (type is not (null or "PRIVATE" or "NORMAL" or "PUBLIC")) throw CocError.Invalid("document_type", "must be one of PRIVATE, PUBLIC");
        if (type == "PUBLIC") return Opsflow.List(0, Array.Empty<DocumentListRow>());

        var q = db.Documents.AsNoTracking().Where(d => d.ProjectId == caller.ProjectId);
        if (nameLike is not null) q = q.Where(d => d.Name.Contains(nameLike));
        if (creator is not null) q = q.Where(d => d.Creator == creator);
        if (enterprise is not null) q = q.Where(d => d.EnterpriseProjectId == enterprise);
        var total = await q.LongCountAsync(ctx.RequestAborted);
        var rows = await q.OrderByDescending(d => d.Id).Skip(offset).Take(limit).ToListAsync(ctx.RequestAborted);
        return Opsflow.List(total, rows.Select(DocumentMapping.ToListRow).ToList());
    }

    private static async Task<IResult> Get(HttpContext ctx, DroverDb db, string document_id)
    {
        var r = ctx.Request;
        var version = Query.String(r, "version", 1, 128);
        var type = Query.String(r, "document_type", 1, 32);
        if (type is not (null or "PRIVATE" or "NORMAL" or "PUBLIC")) throw CocError.Invalid("document_type", "must be one of PRIVATE, PUBLIC");
        if (type == "PUBLIC") throw DocumentLookup.NotFound(document_id);
        var row = await DocumentLookup.FindAsync(db, Caller.Of(ctx), document_id, ctx.RequestAborted);
        var shown = await DocumentLookup.VersionAsync(db, row, version, ctx.RequestAborted);
        var versions = (await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentRowId == row.Id)
                .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.VersionUuid, v.CreateTime }).ToListAsync(ctx.RequestAborted))
            .Select(v => DocumentMapping.ToVersion(v.Number, v.VersionUuid, v.CreateTime)).ToList();
        return Opsflow.Data(DocumentMapping.ToDetail(row, shown, versions));
    }

    private static async Task<IResult> Update(HttpContext ctx, DroverDb db, IDbContextFactory<DroverDb> dbs, TimeProvider clock, AuditLog audit, string document_id)
    {
        var caller = Caller.Of(ctx);
        var ct = ctx.RequestAborted;
        var row = await DocumentLookup.FindAsync(db, caller, document_id, ct);
        var req = await RequestBody.ReadAsync<UpdateDocumentRequest>(ctx.Request, ct);
        var name = DocumentValidation.Name(req.Name);
        RiskLevel? risk = req.RiskLevel is null ? null : DocumentValidation.Risk(req.RiskLevel);
        var description = DocumentValidation.Description(req.Description);
        var content = DocumentValidation.Content(req.Content, ct);
        if (await NameTakenAsync(db, caller, name, row.Id, ct)) throw NameTaken(name);

        var ms = clock.GetUtcNow().ToUnixTimeMilliseconds();
        // The version number is taken by an increment in the database, first in the transaction: two concurrent
        // updates get v2 and v3, never v2 twice; and a job deleted meanwhile is found gone here.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var found = await db.Documents.Where(d => d.Id == row.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LatestVersion, d => d.LatestVersion + 1), ct);
        if (found == 0) throw DocumentLookup.NotFound(document_id);
        var number = await db.Documents.Where(d => d.Id == row.Id).Select(d => d.LatestVersion).SingleAsync(ct);
        row.LatestVersion = number;
        row.Name = name;
        if (risk is { } level) row.RiskLevel = level;
        if (description is not null) row.Description = description;
        row.Modifier = caller.UserName;
        row.UpdateTime = ms;
        db.DocumentVersions.Add(NewVersion(row, number, content, ms));
        audit.Add(db, ctx, "document.update", row.DocumentId, $"{DocumentLookup.Name(number)} {name}");
        await SaveNamedAsync(dbs, caller, name, row.Id, () => DocumentLookup.SaveAsync(db, document_id, ct));
        await tx.CommitAsync(ct);
        return Opsflow.Data(row.DocumentId);
    }

    private static async Task<IResult> Delete(HttpContext ctx, DroverDb db, AuditLog audit, string document_id)
    {
        var ct = ctx.RequestAborted;
        var row = await DocumentLookup.FindAsync(db, Caller.Of(ctx), document_id, ct);
        // Executions keep their own copy of the content they run, so the versions go with the job.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Documents.Where(d => d.Id == row.Id).ExecuteDeleteAsync(ct) == 0) throw DocumentLookup.NotFound(document_id);
        await db.DocumentVersions.Where(v => v.DocumentRowId == row.Id).ExecuteDeleteAsync(ct);
        db.Entry(row).State = EntityState.Detached;
        audit.Add(db, ctx, "document.delete", row.DocumentId, row.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Opsflow.Data(row.DocumentId);
    }

    private static DocumentVersionRow NewVersion(DocumentRow row, int number, string content, long ms) => new()
    {
        DocumentRowId = row.Id,
        Number = number,
        VersionUuid = Guid.NewGuid().ToString(),
        Content = content,
        CreateTime = ms,
    };

    /// <summary>
    /// Saves a job under <paramref name="name"/>. A concurrent create or rename may take the name between the check and
    /// this save: the unique index refuses it, and that is the duplicate-name answer, not a 500. The check after the
    /// failure uses a fresh context: the failed one (on PostgreSQL, its aborted transaction) can answer nothing.
    /// </summary>
    private static async Task SaveNamedAsync(IDbContextFactory<DroverDb> dbs, Caller caller, string name, long? except, Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbs.CreateDbContextAsync(CancellationToken.None);
            if (await NameTakenAsync(fresh, caller, name, except, CancellationToken.None)) throw NameTaken(name);
            throw;
        }
    }

    private static Task<bool> NameTakenAsync(DroverDb db, Caller caller, string name, long? except, CancellationToken ct) =>
        db.Documents.AnyAsync(d => d.ProjectId == caller.ProjectId && d.Name == name && (except == null || d.Id != except), ct);

    private static CocError NameTaken(string name) =>
        CocError.BadRequest(ErrorCodes.DocumentNameTaken, $"name: Exist document with same name: {name}");
}
