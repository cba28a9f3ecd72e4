using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Limits;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Drover.Server.Tickets.Api;
using Drover.Server.Tickets.Commands;
using Drover.Server.Tickets.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Scripts.Api;

/// <summary>Custom scripts: <c>/v1/job/scripts</c> (reference §3). POST on one script's path executes it.</summary>
public static class ScriptEndpoints
{
    public static void MapScripts(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/job/scripts");
        g.MapPost("", Create);
        g.MapGet("", List);
        g.MapGet("/{script_uuid}", Get);
        g.MapPut("/{script_uuid}", Update);
        g.MapDelete("/{script_uuid}", Delete);
        g.MapPost("/{script_uuid}", Execute);
        g.MapPost("/{script_uuid}/action", Approve);
    }

    private static async Task<IResult> Create(HttpContext ctx, DroverDb db, SealedParameters sealedParams, IOptions<LimitsOptions> limits, IOptions<SecurityOptions> security, TimeProvider clock, AuditLog audit)
    {
        var caller = Caller.Of(ctx);
        var req = await RequestBody.ReadAsync<CreateScriptRequest>(ctx.Request, ctx.RequestAborted);
        var name = ScriptValidation.Name(req.Name);
        var kind = ScriptValidation.Kind(req.Type);
        var content = ScriptValidation.Content(req.Content, limits.Value);
        var description = ScriptValidation.Description(req.Description);
        var props = ScriptValidation.Props(req.Properties);
        var ps = ScriptValidation.Params(req.ScriptParams, kind);
        var enterprise = ScriptValidation.EnterpriseProject(req.EnterpriseProjectId);
        await ScriptReview.CheckReviewersAsync(db, caller, props.Reviewers, ctx.RequestAborted);
        if (security.Value.HighRiskNeedsReviewers) ScriptReview.CheckRisk(content, kind, props.Reviewers);
        if (await db.Scripts.AnyAsync(s => s.ProjectId == caller.ProjectId && s.Name == name, ctx.RequestAborted))
            throw NameTaken(name);

        var now = clock.GetUtcNow();
        var row = new ScriptRow
        {
            ScriptUuid = Ids.NewScriptUuid(now),
            ProjectId = caller.ProjectId,
            Name = name,
            Kind = kind,
            Content = content,
            Description = description,
            RiskLevel = props.RiskLevel,
            Version = props.Version,
            Protocol = props.Protocol,
            ReviewersJson = StorageJson.Write(props.Reviewers),
            Status = props.Reviewers.Count > 0 ? ScriptStatus.PendingApprove : ScriptStatus.Approved,
            Reviewed = props.Reviewers.Count > 0,
            ParamsJson = sealedParams.Write(ps),
            EnterpriseProjectId = enterprise,
            Creator = caller.UserName,
            CreatorId = caller.UserId,
            GmtCreated = now.ToUnixTimeMilliseconds(),
        };
        db.Scripts.Add(row);
        audit.Add(db, ctx, "script.create", row.ScriptUuid, name);
        try
        {
            await db.SaveChangesAsync(ctx.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A concurrent create may have taken the name between the check above and this insert (the unique index
            // said no): that is the duplicate-name answer, not a 500. Anything else goes on up.
            db.ChangeTracker.Clear();
            if (await db.Scripts.AnyAsync(s => s.ProjectId == caller.ProjectId && s.Name == name, ctx.RequestAborted)) throw NameTaken(name);
            throw;
        }
        return Envelope.Data(row.ScriptUuid);
    }

    private static CocError NameTaken(string name) => CocError.BadRequest(ErrorCodes.ScriptNameTaken, $"name: Exist script with same name: {name}");

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var limit = Query.RequiredInt(r, "limit", 1, 100);
        var marker = Query.Long(r, "marker", 0, long.MaxValue);
        var nameLike = Query.String(r, "name_like", 1, 64);
        var creator = Query.String(r, "creator", 1, 64);
        var risk = Query.Enum<RiskLevel>(r, "risk_level", WireNames.TryParse, WireNames.Choices<RiskLevel>(WireNames.ToWire));
        var kind = Query.Enum<ScriptKind>(r, "type", WireNames.TryParse, WireNames.Choices<ScriptKind>(WireNames.ToWire));
        var enterprise = Query.String(r, "enterprise_project_id", 1, 64);

        var q = db.Scripts.AsNoTracking().Where(s => s.ProjectId == caller.ProjectId);
        if (nameLike is not null) q = q.Where(s => s.Name.Contains(nameLike));
        if (creator is not null) q = q.Where(s => s.Creator == creator);
        if (risk is { } rl) q = q.Where(s => s.RiskLevel == rl);
        if (kind is { } k) q = q.Where(s => s.Kind == k);
        if (enterprise is not null) q = q.Where(s => s.EnterpriseProjectId == enterprise);
        var total = await q.LongCountAsync(ctx.RequestAborted);
        if (marker is { } m) q = q.Where(s => s.Id < m);
        var rows = await q.OrderByDescending(s => s.Id).Take(limit).ToListAsync(ctx.RequestAborted);
        return Envelope.Page(total, rows.Select(ScriptMapping.ToListRow).ToList());
    }

    private static async Task<IResult> Get(HttpContext ctx, DroverDb db, string script_uuid)
    {
        var row = await ScriptLookup.FindAsync(db, Caller.Of(ctx), script_uuid, ctx.RequestAborted);
        return Envelope.Data(ScriptMapping.ToDetail(row));
    }

    private static async Task<IResult> Update(HttpContext ctx, DroverDb db, SealedParameters sealedParams, IOptions<LimitsOptions> limits, IOptions<SecurityOptions> security, TimeProvider clock, AuditLog audit, string script_uuid)
    {
        var caller = Caller.Of(ctx);
        var row = await ScriptLookup.FindAsync(db, caller, script_uuid, ctx.RequestAborted);
        var req = await RequestBody.ReadAsync<UpdateScriptRequest>(ctx.Request, ctx.RequestAborted);
        var content = ScriptValidation.Content(req.Content, limits.Value);
        var description = ScriptValidation.Description(req.Description);
        var props = req.Properties is null ? null : ScriptValidation.Props(req.Properties);
        var ps = req.ScriptParams is null ? null : ScriptValidation.Params(req.ScriptParams, row.Kind, sealedParams.Open(row.ParamsJson));
        var reviewers = props?.Reviewers ?? ScriptMapping.Reviewers(row);
        var reviewed = row.Reviewed || ScriptMapping.Reviewers(row).Count > 0;
        if (reviewed && reviewers.Count == 0)
            throw CocError.BadRequest(ErrorCodes.ReviewersRequired,
                "properties.reviewers: this script is reviewed; an edit must name at least one reviewer (dropping them does not approve it)");
        await ScriptReview.CheckReviewersAsync(db, caller, reviewers, ctx.RequestAborted);
        if (security.Value.HighRiskNeedsReviewers) ScriptReview.CheckRisk(content, row.Kind, reviewers);

        row.Content = content;
        row.Description = description;
        if (props is not null)
        {
            row.RiskLevel = props.RiskLevel;
            row.Version = props.Version;
            row.Protocol = props.Protocol;
            row.ReviewersJson = StorageJson.Write(props.Reviewers);
        }
        if (ps is not null) row.ParamsJson = sealedParams.Write(ps);
        // An edited script with reviewers goes back to review: what was approved is not what will run.
        row.Status = reviewers.Count > 0 ? ScriptStatus.PendingApprove : ScriptStatus.Approved;
        row.Reviewed = reviewers.Count > 0;
        row.Approver = null;
        row.ApproverId = null;
        row.ReviewComments = null;
        row.Operator = caller.UserName;
        row.OperatorId = caller.UserId;
        row.GmtModified = clock.GetUtcNow().ToUnixTimeMilliseconds();
        audit.Add(db, ctx, "script.update", row.ScriptUuid, row.Name);
        await ScriptLookup.SaveAsync(db, script_uuid, ctx.RequestAborted);
        return Envelope.Data(row.ScriptUuid);
    }

    private static async Task<IResult> Delete(HttpContext ctx, DroverDb db, AuditLog audit, string script_uuid)
    {
        var row = await ScriptLookup.FindAsync(db, Caller.Of(ctx), script_uuid, ctx.RequestAborted);
        db.Scripts.Remove(row);
        audit.Add(db, ctx, "script.delete", row.ScriptUuid, row.Name);
        await ScriptLookup.SaveAsync(db, script_uuid, ctx.RequestAborted);
        return Envelope.Data(row.ScriptUuid);
    }

    private static async Task<IResult> Approve(HttpContext ctx, DroverDb db, TimeProvider clock, AuditLog audit, string script_uuid)
    {
        var caller = Caller.Of(ctx);
        var row = await ScriptLookup.FindAsync(db, caller, script_uuid, ctx.RequestAborted);
        var req = await RequestBody.ReadAsync<ApproveScriptRequest>(ctx.Request, ctx.RequestAborted);
        if (string.IsNullOrEmpty(req.Status)) throw CocError.Invalid("status", "required");
        if (!WireNames.TryParse(req.Status, out ScriptStatus decision) || decision == ScriptStatus.PendingApprove)
            throw CocError.Invalid("status", "must be one of APPROVED, REJECTED");
        if (req.Comments is { Length: > 256 }) throw CocError.Invalid("comments", "length must be between 1 and 256");
        if (row.Status != ScriptStatus.PendingApprove)
            throw CocError.BadRequest(ErrorCodes.ScriptNotPendingApproval,
                $"script_uuid {script_uuid} is {row.Status.ToWire()}: only a PENDING_APPROVE script can be reviewed");
        ScriptReview.CheckReviewer(row, caller);
        row.Status = decision;
        row.Approver = caller.UserName;
        row.ApproverId = caller.UserId;
        row.ReviewComments = req.Comments;
        audit.Add(db, ctx, "script.review", row.ScriptUuid, $"{decision.ToWire()} {req.Comments}".Trim());
        await ScriptLookup.SaveAsync(db, script_uuid, ctx.RequestAborted);
        return Envelope.Data(true);
    }

    private static async Task<IResult> Execute(HttpContext ctx, DroverDb db, SealedParameters sealedParams, IOptions<LimitsOptions> limits, TicketCreation creation, string script_uuid)
    {
        var caller = Caller.Of(ctx);
        var script = await ScriptLookup.FindAsync(db, caller, script_uuid, ctx.RequestAborted);
        var req = await RequestBody.ReadAsync<ExecuteScriptRequest>(ctx.Request, ctx.RequestAborted);
        var command = ExecuteScriptMapping.ToCommand(req);
        TicketPlan plan;
        try
        {
            plan = ExecuteScriptRules.Plan(command, sealedParams.Open(script.ParamsJson), script.Kind, limits.Value);
        }
        catch (CommandRejected rejected)
        {
            throw ExecuteScriptMapping.Answer(rejected);
        }
        if (script.Status != ScriptStatus.Approved)
            throw CocError.BadRequest(ErrorCodes.ScriptNotApproved, $"script_uuid {script_uuid} is {script.Status.ToWire()}: only an APPROVED script can run");
        string uuid;
        try
        {
            uuid = (await creation.CreateAsync(caller, AuditLog.RequestId(ctx), script, plan, null, ctx.RequestAborted)).ExecuteUuid;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The script was deleted after it was read: its usage count had no row to update, and the ticket's
            // transaction was rolled back. Answered as the not-found it is now.
            throw ScriptLookup.NotFound(script_uuid);
        }
        return Envelope.Data(uuid);
    }
}
