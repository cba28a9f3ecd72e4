using System.Collections.Immutable;
using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Documents;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Tickets;
using Drover.Server.Cluster.Writers;
using Drover.Server.Events;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Engine;

/// <summary>Reads an execution into the domain's shape and writes a transition back (execution row + changed step runs + audit) in one transaction.</summary>
public sealed class ExecutionStore(IDbContextFactory<DroverDb> dbs, SealedGlobals sealedGlobals, TimeProvider clock)
{
    public async Task<(ExecutionContext Context, Execution Execution, long Version)?> LoadAsync(long rowId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Executions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == rowId, ct);
        if (row is null) return null;
        var runs = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == rowId).OrderBy(s => s.Id).ToListAsync(ct);
        var document = DocumentParser.Parse(row.Content, ct).Document
            ?? throw new InvalidDataException($"execution {row.ExecutionId}: its pinned content no longer parses");
        var state = StorageJson.Read<ExecutionState>(row.StateJson);

        var (globals, secretGlobals) = sealedGlobals.Open(row.GlobalsJson);
        var context = new ExecutionContext(
            row.Id, row.ExecutionId, Caller.Internal(row.ProjectId, row.Creator, row.Creator), document,
            globals, row.TargetParameterName,
            state.Batches.ToDictionary(b => b.Index, b => b.InstancesJson), state.Concurrency, state.ErrorThreshold, secretGlobals);
        var execution = new Execution(
            row.ExecutionId, row.Type, row.Status,
            [.. document.Steps.Select(s => StepTasks.KindOf(s.Task) ?? throw new InvalidDataException($"unknown task {s.Task}"))],
            [.. state.Batches.Select(b => new ExecutionBatch(b.Index, b.Strategy == "PAUSE" ? RotationStrategy.Pause : RotationStrategy.Continue, b.Skipped))],
            state.CurrentBatch, state.CurrentStep,
            [.. runs.Select(r => new StepRun(r.BatchIndex, r.StepIndex, r.Status, r.Attempt, r.Message, r.StartTime, r.EndTime))],
            row.EndTime);
        return (context, execution, row.WriteVersion);
    }

    /// <summary>Commits a transition over <paramref name="version"/>; returns the version now stored.</summary>
    public async Task<long> SaveAsync(long version, ExecutionContext ctx, Execution before, Execution after, AuditRow? audit, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var next = await WriteFence.ExecutionAsync(db, ctx.RowId, version, ct);
        var row = await db.Executions.FirstAsync(e => e.Id == ctx.RowId, ct);
        var state = StorageJson.Read<ExecutionState>(row.StateJson);
        row.Status = after.Status;
        row.EndTime = after.EndedAtMs;
        row.UpdateTime = clock.GetUtcNow().ToUnixTimeMilliseconds();
        row.StateJson = StorageJson.Write(state with
        {
            CurrentBatch = after.CurrentBatchIndex,
            CurrentStep = after.CurrentStepIndex,
            Batches = [.. state.Batches.Select(b => b with { Skipped = after.Batches.First(x => x.Index == b.Index).Skipped })],
        });
        var existing = await db.ExecutionSteps.Where(s => s.ExecutionRowId == ctx.RowId).ToListAsync(ct);
        var steps = new Dictionary<StepRun, ExecutionStepRow>(ReferenceEqualityComparer.Instance);
        foreach (var run in after.Runs)
        {
            if (before.Runs.Any(r => ReferenceEquals(r, run))) continue;
            var id = Execution.StepRunId(ctx.ExecutionId, run.BatchIndex, run.StepIndex);
            var step = existing.FirstOrDefault(s => s.ExecutionStepId == id);
            if (step is null)
            {
                var doc = ctx.Document.Steps[run.StepIndex];
                step = new ExecutionStepRow
                {
                    ExecutionStepId = id, ExecutionRowId = ctx.RowId, BatchIndex = run.BatchIndex, StepIndex = run.StepIndex,
                    Name = doc.Name, Action = doc.Task, Status = run.Status, InputsJson = "{}", OutputsJson = "{}", PropertiesJson = "{}",
                };
                db.ExecutionSteps.Add(step);
            }
            step.Status = run.Status;
            step.Message = run.Message;
            step.StartTime = run.StartedAtMs;
            step.EndTime = run.EndedAtMs;
            step.Attempt = run.Attempt;
            steps[run] = step;
        }
        db.ChangeEvents.Add(ChangeEvents.Row(ChangeSubject.Execution, ctx.RowId, next, clock,
            ExecutionChange.Between(before, after, run => StateOf(steps[run]))));
        if (audit is not null) db.Audit.Add(audit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return next;
    }

    public async Task<ExecutionStepRow?> StepAsync(ExecutionContext ctx, int batchIndex, int stepIndex, CancellationToken ct)
    {
        var id = Execution.StepRunId(ctx.ExecutionId, batchIndex, stepIndex);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ExecutionSteps.AsNoTracking().FirstOrDefaultAsync(s => s.ExecutionStepId == id, ct);
    }

    /// <summary>Records what a step run was given, produced, or started (its inputs after interpolation, its outputs, its script ticket).</summary>
    public async Task<long> UpdateStepAsync(long executionRowId, long version, long stepRowId, IReadOnlyDictionary<string, string>? inputs, IReadOnlyDictionary<string, string>? outputs,
        long? ticketId, IReadOnlyDictionary<string, string>? properties, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var next = await WriteFence.ExecutionAsync(db, executionRowId, version, ct);
        var step = await db.ExecutionSteps.FirstAsync(s => s.Id == stepRowId, ct);
        if (inputs is not null) step.InputsJson = StorageJson.Write(inputs);
        if (outputs is not null) step.OutputsJson = StorageJson.Write(outputs);
        if (ticketId is not null) step.TicketId = ticketId;
        if (properties is not null)
        {
            var merged = StorageJson.Read<Dictionary<string, string>>(step.PropertiesJson);
            foreach (var (k, v) in properties) merged[k] = v;
            step.PropertiesJson = StorageJson.Write(merged);
        }
        db.ChangeEvents.Add(ChangeEvents.Row(ChangeSubject.Execution, executionRowId, next, clock, ExecutionChange.OfStep(StateOf(step))));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return next;
    }

    /// <summary>The script ticket created for a step run (a ticket names its step run from the moment it is committed).</summary>
    public async Task<(long Id, string ExecuteUuid)?> TicketOfStepAsync(long stepRowId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.ExecutionStepRowId == stepRowId)
            .Select(t => new { t.Id, t.ExecuteUuid }).FirstOrDefaultAsync(ct);
        return ticket is null ? null : (ticket.Id, ticket.ExecuteUuid);
    }

    /// <summary>Outputs of the steps of one batch that have run, by step name: what later steps may interpolate.</summary>
    public async Task<Dictionary<string, IReadOnlyDictionary<string, string>>> OutputsAsync(ExecutionContext ctx, int batchIndex, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == ctx.RowId && s.BatchIndex == batchIndex).ToListAsync(ct);
        return rows.ToDictionary(r => r.Name, r => (IReadOnlyDictionary<string, string>)StorageJson.Read<Dictionary<string, string>>(r.OutputsJson));
    }

    /// <summary>Whether any host of this execution's script tickets is running or awaiting the confirmation of its kill.</summary>
    public async Task<bool> HasLiveProcessesAsync(long executionRowId, CancellationToken ct)
    {
        var processing = InstanceStatus.Processing;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var tickets = db.ExecutionSteps.Where(s => s.ExecutionRowId == executionRowId && s.TicketId != null).Select(s => s.TicketId!.Value);
        return await db.Instances.AnyAsync(i => tickets.Contains(i.TicketId) && (i.Status == processing || i.AwaitingKill), ct);
    }

    public async Task<List<long>> OpenExecutionIdsAsync(CancellationToken ct)
    {
        ExecutionStatus[] open = [ExecutionStatus.Running, ExecutionStatus.Canceling];
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Executions.AsNoTracking().Where(e => open.Contains(e.Status)).Select(e => e.Id).ToListAsync(ct);
    }

    public async Task<long?> ExecutionOfStepAsync(long stepRowId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ExecutionSteps.AsNoTracking().Where(s => s.Id == stepRowId).Select(s => (long?)s.ExecutionRowId).FirstOrDefaultAsync(ct);
    }

    private static ExecutionChange.StepState StateOf(ExecutionStepRow s) => new(
        s.ExecutionStepId, s.BatchIndex, s.StepIndex, s.Name, s.Action, s.Status, s.Attempt, s.Message, s.StartTime, s.EndTime, s.TicketId);
}
