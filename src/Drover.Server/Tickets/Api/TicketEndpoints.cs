using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Audit;
using Drover.Server.Http;
using Drover.Server.Limits;
using Drover.Server.Output;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Drover.Server.Tickets.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Tickets.Api;

/// <summary>Script tickets: <c>/v1/job/script/orders</c> (reference §4, semantics §3).</summary>
public static class TicketEndpoints
{
    private static readonly InstanceStatus[] ListedStatuses =
        [InstanceStatus.Ready, InstanceStatus.Processing, InstanceStatus.Abnormal, InstanceStatus.Canceled, InstanceStatus.Finished];

    public static void MapTickets(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/job/script/orders");
        g.MapGet("", List);
        g.MapGet("/{execute_uuid}", Get);
        g.MapGet("/{execute_uuid}/statistics", Statistics);
        g.MapGet("/{execute_uuid}/batches", Batches);
        g.MapGet("/{execute_uuid}/batches/{batch_index}", Batch);
        g.MapPut("/{execute_uuid}/operation", Operate);
        g.MapGet("/{execute_uuid}/instances/{instance_id}/output", FullOutput);
    }

    private static async Task<IResult> List(HttpContext ctx, DroverDb db)
    {
        var caller = Caller.Of(ctx);
        var r = ctx.Request;
        var limit = Query.Int(r, "limit", 1, 100) ?? 100;
        var marker = Query.Long(r, "marker", 1, long.MaxValue);
        var start = Query.Long(r, "start_time", 0, long.MaxValue);
        var end = Query.Long(r, "end_time", 0, long.MaxValue);
        var creator = Query.String(r, "creator", 1, 64);
        var nameLike = Query.String(r, "name_like", 1, 64);
        var status = Query.Enum<TicketStatus>(r, "status", WireNames.TryParse, "PROCESSING, ABNORMAL, PAUSED, CANCELED, FINISHED");
        if (status == TicketStatus.Ready) throw CocError.Invalid("status", "must be one of PROCESSING, ABNORMAL, PAUSED, CANCELED, FINISHED");

        var q = db.Tickets.AsNoTracking().Where(t => t.ProjectId == caller.ProjectId);
        if (start is { } s) q = q.Where(t => t.GmtCreated >= s);
        if (end is { } e) q = q.Where(t => t.GmtCreated <= e);
        if (creator is not null) q = q.Where(t => t.Creator == creator);
        if (nameLike is not null) q = q.Where(t => t.ScriptName.Contains(nameLike));
        if (status is { } st) q = q.Where(t => t.Status == st);
        // Unfiltered, the total is the project's kept count; a filter counts its rows.
        var total = start is null && end is null && creator is null && nameLike is null && status is null
            ? await db.TicketCounts.AsNoTracking().Where(c => c.ProjectId == caller.ProjectId).Select(c => c.Count).FirstOrDefaultAsync(ctx.RequestAborted)
            : await q.LongCountAsync(ctx.RequestAborted);
        if (marker is { } m) q = q.Where(t => t.Id < m);
        // Only the columns a list row shows: a ticket row also holds its script (up to 100 KB) and its parameters.
        var rows = await q.OrderByDescending(t => t.Id).Take(limit)
            .Select(t => new TicketMapping.Listed(t.Id, t.ScriptName, t.ExecuteUuid, t.GmtCreated, t.GmtFinished, t.Creator, t.Status, t.RegionIds))
            .ToListAsync(ctx.RequestAborted);
        return Envelope.Page(total, rows.Select(TicketMapping.ToListRow).ToList());
    }

    private static async Task<IResult> Get(HttpContext ctx, DroverDb db, string execute_uuid)
    {
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ctx.RequestAborted);
        var batches = await db.Batches.CountAsync(b => b.TicketId == t.Id, ctx.RequestAborted);
        return Envelope.Data(TicketMapping.ToInfo(t, batches));
    }

    private static async Task<IResult> Statistics(HttpContext ctx, DroverDb db, string execute_uuid)
    {
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ctx.RequestAborted);
        var groups = await db.Instances.AsNoTracking().Where(i => i.TicketId == t.Id)
            .GroupBy(i => new { i.Status, i.BatchIndex })
            .Select(g => new { g.Key.Status, g.Key.BatchIndex, Count = g.Count() })
            .ToListAsync(ctx.RequestAborted);
        var stats = ListedStatuses.Select(s =>
        {
            var of = groups.Where(g => g.Status == s).ToList();
            return new InstanceStatistic(s.ToWire(), of.Sum(g => g.Count), of.Select(g => g.BatchIndex).Distinct().Order().ToList());
        }).ToList();
        return Envelope.Data(new TicketStatistics(groups.Sum(g => g.Count), stats));
    }

    private static async Task<IResult> Batches(HttpContext ctx, DroverDb db, string execute_uuid)
    {
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ctx.RequestAborted);
        var batches = await db.Batches.AsNoTracking().Where(b => b.TicketId == t.Id).OrderBy(b => b.BatchIndex).ToListAsync(ctx.RequestAborted);
        var statuses = await db.Instances.AsNoTracking().Where(i => i.TicketId == t.Id)
            .GroupBy(i => new { i.BatchIndex, i.Status }).Select(g => new { g.Key.BatchIndex, g.Key.Status })
            .ToListAsync(ctx.RequestAborted);
        return Envelope.Data(batches.Select(b => new BatchListRow(
            b.BatchIndex, b.TotalInstances, b.Rotation.ToWire(),
            TicketMapping.BatchStatus(statuses.Where(s => s.BatchIndex == b.BatchIndex).Select(s => s.Status).ToList()).ToWire(),
            null)).ToList());
    }

    private static async Task<IResult> Batch(HttpContext ctx, DroverDb db, OutputStore output, SealedParameters sealedParams, IOptions<LimitsOptions> limitOptions, string execute_uuid, string batch_index)
    {
        var limits = limitOptions.Value;
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ctx.RequestAborted);
        if (!int.TryParse(batch_index, out var index) || index < 1)
            throw CocError.Invalid("batch_index", "must be a positive integer");
        var r = ctx.Request;
        var limit = Query.RequiredInt(r, "limit", 1, limits.MaxBatchPageSize);
        var marker = Query.Long(r, "marker", 0, long.MaxValue);
        var status = Query.Enum<InstanceStatus>(r, "status", WireNames.TryParse, WireNames.Choices<InstanceStatus>(WireNames.ToWire));

        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.TicketId == t.Id && b.BatchIndex == index, ctx.RequestAborted)
            ?? throw CocError.BadRequest(ErrorCodes.BatchNotFound, $"batch_index {index} is not a batch of ticket {t.ExecuteUuid}");
        var q = db.Instances.AsNoTracking().Where(i => i.TicketId == t.Id && i.BatchIndex == index);
        if (status is { } st) q = q.Where(i => i.Status == st);
        if (marker is { } m) q = q.Where(i => i.Id > m);
        var rows = await q.OrderBy(i => i.Id).Take(limit).ToListAsync(ctx.RequestAborted);

        var secrets = sealedParams.SensitiveValues(t.ParamsJson);
        var messages = await output.MessagesAsync(db, rows.Select(i => (i.Id, i.Attempt, i.Note)).ToList(), secrets, limits.MaxMessageBytes, ctx.RequestAborted);
        var hosts = rows.Select(i => (i.ResourceId, i.RegionId)).Distinct().ToList();
        var resourceIds = hosts.Select(h => h.ResourceId).ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => a.ProjectId == t.ProjectId && resourceIds.Contains(a.ResourceId)).ToListAsync(ctx.RequestAborted);

        var list = rows.Select(i =>
        {
            var agent = agents.FirstOrDefault(a => a.ResourceId == i.ResourceId && a.RegionId == i.RegionId);
            var ips = agent is null ? [] : StorageJson.Read<List<string>>(agent.IpsJson);
            var target = new TargetInstanceOut(i.ResourceId, i.RegionId, i.Provider, i.Type,
                StorageJson.Read<List<CustomAttribute>>(i.CustomAttributesJson), agent?.Status ?? AgentStatus.Offline,
                agent is null ? null : new TargetProperties(agent.HostName, ips.FirstOrDefault() ?? "", i.RegionId));
            return new InstanceRowOut(i.Id, target, i.GmtCreated, i.StartedAt, i.FinishedAt, TicketMapping.Costs(i.StartedAt ?? i.GmtCreated, i.FinishedAt),
                i.Status.ToWire(), messages.GetValueOrDefault(i.Id, ""), i.ExitCode, i.Attempt);
        }).ToList();
        return Envelope.Data(new BatchDetail(index, batch.TotalInstances, list));
    }

    private static async Task<IResult> Operate(HttpContext ctx, DroverDb db, TicketEngine engine, AuditLog audit, string execute_uuid)
    {
        var caller = Caller.Of(ctx);
        var t = await TicketLookup.FindAsync(db, caller, execute_uuid, ctx.RequestAborted);
        var req = await RequestBody.ReadAsync<OperationRequest>(ctx.Request, ctx.RequestAborted);
        var op = OperationOf(req);
        var entry = audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "ticket.operation", t.ExecuteUuid, AuditLog.RequestId(ctx),
            op.WireName + (req.BatchIndex is { } b ? $" batch_index={b}" : "") + (req.InstanceId is { } i ? $" instance_id={i}" : ""));
        if (await engine.SubmitAsync(t.Id, new TicketEvent.Operate(op), entry) is { } refusal) throw CocError.From(refusal);
        return Envelope.Data(t.ExecuteUuid);
    }

    private static TicketOperation OperationOf(OperationRequest req)
    {
        if (string.IsNullOrEmpty(req.OperationType)) throw CocError.Invalid("operation_type", "required");
        if (req.BatchIndex is < 1) throw CocError.Invalid("batch_index", "must be at least 1");
        if (req.InstanceId is < 1) throw CocError.Invalid("instance_id", "must be at least 1");
        long Instance() => req.InstanceId ?? throw CocError.Invalid("instance_id", $"required for {req.OperationType}");
        int BatchIndex() => req.BatchIndex ?? throw CocError.Invalid("batch_index", $"required for {req.OperationType}");
        return req.OperationType switch
        {
            "CANCEL_INSTANCE" => new TicketOperation.CancelInstance(Instance()),
            "SKIP_BATCH" => new TicketOperation.SkipBatch(BatchIndex()),
            "PAUSE_ORDER" => new TicketOperation.PauseOrder(),
            "CONTINUE_ORDER" => new TicketOperation.ContinueOrder(),
            "CANCEL_ORDER" => new TicketOperation.CancelOrder(),
            "RETRY_INSTANCE" => new TicketOperation.RetryInstance(Instance()),
            "RETRY_FAILED" => new TicketOperation.RetryFailed(req.BatchIndex),
            _ => throw CocError.Invalid("operation_type", $"must be one of {string.Join(", ", TicketOperation.WireNames)}"),
        };
    }

    /// <summary>Extension: one attempt's whole output (up to the stored cap), as text, for logs past the 1 MB message.</summary>
    private static async Task<IResult> FullOutput(HttpContext ctx, DroverDb db, OutputStore output, SealedParameters sealedParams, string execute_uuid, string instance_id)
    {
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ctx.RequestAborted);
        if (!long.TryParse(instance_id, out var id)) throw CocError.Invalid("instance_id", "must be an integer");
        var inst = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.TicketId == t.Id, ctx.RequestAborted)
            ?? throw CocError.BadRequest(ErrorCodes.InstanceNotFound, $"instance_id {id} is not an instance of ticket {t.ExecuteUuid}");
        var attempt = Query.Int(ctx.Request, "attempt", 1, Math.Max(1, inst.Attempt)) ?? inst.Attempt;
        var secrets = sealedParams.SensitiveValues(t.ParamsJson);
        // Streamed: a 64 MB output is never held whole in the server's memory.
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false), 64 * 1024);
            await output.StreamAllAsync(db, id, attempt, secrets, writer, ctx.RequestAborted);
        }, "text/plain; charset=utf-8");
    }
}
