using System.Text.Json;
using Drover.Domain.Common;
using Drover.Domain.Jobs.Documents;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Tickets;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Jobs.Engine;
using Drover.Server.Limits;
using Drover.Server.Output;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Jobs.Api;

/// <summary>Job tickets: executing a job (<c>POST /v1/documents/{id}</c>) and <c>/v1/executions</c> (reference §5.7, §6; semantics §4).</summary>
public static class ExecutionEndpoints
{
    public static void MapExecutions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/documents/{document_id}", Execute);
        var g = app.MapGroup("/v1/executions");
        g.MapGet("", List);
        g.MapPost("", Operate);
        g.MapGet("/instances", Instances);
        g.MapGet("/{execution_id}", Get);
        g.MapGet("/{execution_id}/steps", Steps);
    }

    private static async Task<IResult> Execute(HttpContext ctx, DroverDb db, ExecutionCreation creation, string document_id)
    {
        var caller = Caller.Of(ctx);
        var document = await DocumentLookup.FindAsync(db, caller, document_id, ctx.RequestAborted);
        var req = await RequestBody.ReadAsync<ExecuteDocumentRequest>(ctx.Request, ctx.RequestAborted);
        if (req.DocumentType is not (null or "PRIVATE"))
            throw CocError.Invalid("document_type", "must be PRIVATE: Drover has no public jobs");
        var version = await DocumentLookup.VersionAsync(db, document, req.Version, ctx.RequestAborted);
        var parsed = DocumentParser.Parse(version.Content, ctx.RequestAborted);
        if (parsed.Document is null)
            throw CocError.BadRequest(ErrorCodes.ExecutionInvalid, $"version v{version.Number} of job {document_id} is not valid: {string.Join("; ", parsed.Errors.Take(3))}");
        var plan = ExecuteDocumentValidation.Validate(req, parsed.Document);
        var secret = await ExecutionSecrets.GlobalsAsync(db, caller.ProjectId, parsed.Document, ctx.RequestAborted);
        var id = await creation.CreateAsync(caller, AuditLog.RequestId(ctx), document, version, secret, plan,
            JsonSerializer.Serialize(req.Targets ?? [], TargetsEcho), ctx.RequestAborted);
        return Opsflow.Data(id);
    }

    // Targets are echoed as given: Drover's optional rate-control fields only when they were set.
    private static readonly JsonSerializerOptions TargetsEcho = new(CocJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var limit = Query.Int(r, "limit", 1, 100) ?? 10;
        var offset = Query.Int(r, "offset", 0, int.MaxValue) ?? 0;
        var creator = Query.String(r, "creator", 1, 64);
        var start = Query.Long(r, "start_time", 0, long.MaxValue);
        var end = Query.Long(r, "end_time", 0, long.MaxValue);
        var name = Query.String(r, "document_name", 1, 128);
        var documentId = Query.String(r, "document_id", 1, 128);
        var tags = Query.String(r, "tags", 1, 1024);
        var exclude = Query.String(r, "exclude_child_executions", 1, 5);
        if (exclude is not null and not ("true" or "false")) throw CocError.Invalid("exclude_child_executions", "must be true or false");

        var q = db.Executions.AsNoTracking().Where(e => e.ProjectId == caller.ProjectId);
        if (creator is not null) q = q.Where(e => e.Creator.Contains(creator));
        if (start is { } s) q = q.Where(e => e.StartTime > s);
        if (end is { } en) q = q.Where(e => e.EndTime != null && e.EndTime < en);
        if (name is not null) q = q.Where(e => e.DocumentName.Contains(name));
        if (documentId is not null) q = q.Where(e => e.DocumentId == documentId);
        var rows = await q.OrderByDescending(e => e.Id).ToListAsync(ctx.RequestAborted);
        if (tags is not null)
        {
            var wanted = tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('=', 2)).Select(kv => new KeyValue(kv[0], kv.Length > 1 ? kv[1] : "")).ToList();
            rows = rows.Where(e => wanted.All(w => StorageJson.Read<List<KeyValue>>(e.SysTagsJson).Contains(w))).ToList();
        }
        return Opsflow.List(rows.Count, rows.Skip(offset).Take(limit).Select(ToOut).ToList());
    }

    private static async Task<IResult> Get(HttpContext ctx, DroverDb db, string execution_id)
    {
        var row = await FindAsync(db, Caller.Of(ctx), execution_id, ctx.RequestAborted);
        return Opsflow.Data(ToOut(row));
    }

    private static async Task<IResult> Steps(HttpContext ctx, DroverDb db, string execution_id)
    {
        var row = await FindAsync(db, Caller.Of(ctx), execution_id, ctx.RequestAborted);
        var r = ctx.Request;
        var limit = Query.Int(r, "limit", 1, 1000) ?? 100;
        var offset = Query.Int(r, "offset", 0, int.MaxValue) ?? 0;
        var only = r.Query["execution_step_id_list"].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToHashSet();
        var steps = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == row.Id)
            .OrderBy(s => s.BatchIndex).ThenBy(s => s.StepIndex).ToListAsync(ctx.RequestAborted);
        if (only.Count > 0) steps = steps.Where(s => only.Contains(s.ExecutionStepId)).ToList();
        return Opsflow.List(steps.Count, steps.Skip(offset).Take(limit).Select(StepOut).ToList());
    }

    private static async Task<IResult> Instances(HttpContext ctx, DroverDb db, OutputStore output, SealedParameters sealedParams, IOptions<LimitsOptions> limits)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var stepId = Query.String(r, "execution_step_id", 1, 128) ?? throw CocError.Invalid("execution_step_id", "required");
        var limit = Query.Int(r, "limit", 1, 1000) ?? 100;
        var offset = Query.Int(r, "offset", 0, int.MaxValue) ?? 0;
        var step = await db.ExecutionSteps.AsNoTracking().FirstOrDefaultAsync(s => s.ExecutionStepId == stepId, ctx.RequestAborted);
        var owner = step is null ? null : await db.Executions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == step.ExecutionRowId && e.ProjectId == caller.ProjectId, ctx.RequestAborted);
        if (step is null || owner is null)
            throw CocError.BadRequest(ErrorCodes.ExecutionStepNotFound, $"execution_step_id: step {stepId} does not exist");

        if (step.TicketId is not { } ticketId)
        {
            // A step without hosts is its own single instance.
            var single = new StepInstanceOut(1, $"{step.ExecutionStepId}-1", step.ExecutionStepId, step.StartTime, step.EndTime,
                InstanceStatusOf(step.Status), step.Message ?? "", StorageJson.Read<Dictionary<string, string>>(step.InputsJson));
            return Opsflow.List<StepInstanceOut>(1, offset == 0 ? [single] : []);
        }
        var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == ticketId, ctx.RequestAborted);
        var q = db.Instances.AsNoTracking().Where(i => i.TicketId == ticketId);
        var total = await q.CountAsync(ctx.RequestAborted);
        var rows = await q.OrderBy(i => i.Id).Skip(offset).Take(limit).ToListAsync(ctx.RequestAborted);
        var messages = await output.MessagesAsync(db, rows.Select(i => (i.Id, i.Attempt, i.Note)).ToList(), sealedParams.SensitiveValues(ticket.ParamsJson),
            limits.Value.MaxMessageBytes, ctx.RequestAborted);
        return Opsflow.List(total, rows.Select(i => new StepInstanceOut(
            i.Id, $"{step.ExecutionStepId}-{i.Id}", step.ExecutionStepId, i.StartedAt, i.FinishedAt, HostStatusOf(i.Status),
            messages.GetValueOrDefault(i.Id, ""),
            new Dictionary<string, string>
            {
                ["resource_id"] = i.ResourceId, ["region_id"] = i.RegionId, ["provider"] = i.Provider,
                ["exit_code"] = i.ExitCode?.ToString() ?? "", ["attempt"] = i.Attempt.ToString(),
                ["execute_uuid"] = ticket.ExecuteUuid, ["host_status"] = i.Status.ToWire(),
            })).ToList());
    }

    private static async Task<IResult> Operate(HttpContext ctx, DroverDb db, ExecutionEngine engine, AuditLog audit)
    {
        var caller = Caller.Of(ctx);
        var req = await RequestBody.ReadAsync<OperateExecutionRequest>(ctx.Request, ctx.RequestAborted);
        if (string.IsNullOrEmpty(req.ExecutionId)) throw CocError.Invalid("execution_id", "required");
        if (string.IsNullOrEmpty(req.OperateType)) throw CocError.Invalid("operate_type", "required");
        if (!WireNames.TryParse(req.OperateType, out ExecutionOperation op))
            throw CocError.Invalid("operate_type", "must be one of RESUME, TERMINATE, RETRY, SKIP_BATCH");
        var row = await FindAsync(db, caller, req.ExecutionId, ctx.RequestAborted);
        var entry = audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "execution.operation", row.ExecutionId, AuditLog.RequestId(ctx), op.ToWire());
        if (await engine.SubmitAsync(row.Id, new ExecutionEvent.Operate(op), entry) is { } refusal) throw CocError.From(refusal);
        return Results.Json(new { }, CocJson.Options);
    }

    internal static async Task<ExecutionRow> FindAsync(DroverDb db, Caller caller, string id, CancellationToken ct)
    {
        if (id.Length is 0 or > 128) throw CocError.BadRequest(ErrorCodes.ExecutionNotFound, $"execution_id: invalid execution id '{id}'");
        return await db.Executions.AsNoTracking().FirstOrDefaultAsync(e => e.ExecutionId == id && e.ProjectId == caller.ProjectId, ct)
            ?? throw CocError.BadRequest(ErrorCodes.ExecutionNotFound, $"execution_id: execution {id} does not exist");
    }

    internal static ExecutionOut ToOut(ExecutionRow e)
    {
        var state = StorageJson.Read<ExecutionState>(e.StateJson);
        var document = DocumentParser.Parse(e.Content).Document;
        var currentStep = document?.Steps.ElementAtOrDefault(state.CurrentStep)?.Name;
        return new ExecutionOut(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.ExecutionId, e.DocumentId, e.DocumentName,
            e.DocumentVersionId, e.DocumentVersion, e.StartTime, e.EndTime, e.UpdateTime, e.Creator, e.Status.ToWire(), e.Description,
            StorageJson.Read<List<KeyValue>>(e.ParametersJson), StorageJson.Read<List<KeyValue>>(e.SysTagsJson), [], e.Type.ToWire(),
            e.TargetParameterName, JsonDocument.Parse(e.TargetsJson).RootElement, state.CurrentBatch, state.Batches.Count, currentStep);
    }

    internal static ExecutionStepOut StepOut(ExecutionStepRow s)
    {
        var properties = StorageJson.Read<Dictionary<string, string>>(s.PropertiesJson);
        properties["batch_index"] = s.BatchIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties["step_index"] = s.StepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties["attempt"] = s.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ExecutionStepOut(s.ExecutionStepId, s.Action, s.Name, s.Status.ToWire(), s.Message, s.StartTime, s.EndTime,
            Pairs(s.InputsJson), Pairs(s.OutputsJson), properties);
    }

    private static List<KeyValue> Pairs(string json) => StorageJson.Read<Dictionary<string, string>>(json).Select(kv => new KeyValue(kv.Key, kv.Value)).ToList();

    /// <summary>COC's step-instance statuses are Running, Succeed, Canceled, Failed.</summary>
    private static string InstanceStatusOf(StepStatus stepStatus) => stepStatus switch
    {
        StepStatus.Succeed => "Succeed",
        StepStatus.Canceled => "Canceled",
        StepStatus.Failed or StepStatus.Timeout => "Failed",
        _ => "Running",
    };

    private static string HostStatusOf(InstanceStatus hostStatus) => hostStatus switch
    {
        InstanceStatus.Finished => "Succeed",
        InstanceStatus.Abnormal => "Failed",
        InstanceStatus.Canceled => "Canceled",
        _ => "Running",
    };
}
