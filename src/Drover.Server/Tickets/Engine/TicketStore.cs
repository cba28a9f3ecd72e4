using System.Collections.Immutable;
using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Cluster.Writers;
using Drover.Server.Events;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Tickets.Engine;

/// <summary>
/// Reads a ticket into the domain's shape and writes a transition back: the ticket row and only the host rows that
/// changed, in one transaction, with the audit entry that caused it, only over the version its writer loaded.
/// </summary>
public sealed class TicketStore(IDbContextFactory<DroverDb> dbs, SealedParameters sealedParams, TimeProvider clock)
{
    public async Task<(TicketContext Context, Ticket Ticket, long Version)?> LoadAsync(long ticketId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId, ct);
        if (row is null) return null;
        var batches = await db.Batches.AsNoTracking().Where(b => b.TicketId == ticketId).OrderBy(b => b.BatchIndex).ToListAsync(ct);
        var instances = await db.Instances.AsNoTracking().Where(i => i.TicketId == ticketId).OrderBy(i => i.Id).ToListAsync(ct);

        var context = new TicketContext(
            row.Id, row.ExecuteUuid, row.ProjectId, row.ScriptKind, row.Content,
            sealedParams.Open(row.ParamsJson), row.ExecuteUser, row.TimeoutSeconds, row.WaitAgentSeconds,
            instances.ToDictionary(i => i.Id, i => new HostKey(row.ProjectId, i.ResourceId, i.RegionId)),
            row.ExecutionStepRowId);
        var ticket = new Ticket(
            row.ExecuteUuid,
            row.Status,
            row.CurrentBatchIndex,
            [.. batches.Select(b => new Batch(b.BatchIndex, b.Rotation, b.Skipped))],
            [.. instances.Select(ToDomain)],
            new SuccessRate(row.SuccessRateTenths),
            row.MaxConcurrency,
            row.GmtFinished);
        return (context, ticket, row.WriteVersion);
    }

    /// <summary>Commits a transition over <paramref name="version"/>; returns the version now stored.</summary>
    /// <remarks>The change's event (<see cref="TicketChange"/>) commits with it, numbered by the version it makes.</remarks>
    public async Task<long> SaveAsync(TicketContext context, long version, Ticket before, Ticket after, IReadOnlyList<AuditRow> audit, CancellationToken ct)
    {
        var ticketId = context.TicketId;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var next = await WriteFence.TicketAsync(db, ticketId, version, ct);
        db.ChangeEvents.Add(ChangeEvents.Row(ChangeSubject.Ticket, ticketId, next, clock, TicketChange.Between(before, after, context.Hosts)));
        if (before.Status != after.Status || before.CurrentBatchIndex != after.CurrentBatchIndex || before.FinishedAtMs != after.FinishedAtMs)
        {
            var status = after.Status;
            await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, status)
                .SetProperty(t => t.CurrentBatchIndex, after.CurrentBatchIndex)
                .SetProperty(t => t.GmtFinished, after.FinishedAtMs), ct);
        }
        for (var i = 0; i < after.Batches.Length; i++)
        {
            if (ReferenceEquals(after.Batches[i], before.Batches[i])) continue;
            var b = after.Batches[i];
            await db.Batches.Where(x => x.TicketId == ticketId && x.BatchIndex == b.Index)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Skipped, b.Skipped), ct);
        }
        for (var i = 0; i < after.Instances.Length; i++)
        {
            if (ReferenceEquals(after.Instances[i], before.Instances[i])) continue;
            var n = after.Instances[i];
            var row = new InstanceRow
            {
                Id = n.Id, ResourceId = "", RegionId = "", Provider = "", Type = "", CustomAttributesJson = "",
                Status = n.Status, Attempt = n.Attempt, DispatchId = n.DispatchId, ExitCode = n.ExitCode,
                Note = n.Note, StartedAt = n.StartedAtMs, FinishedAt = n.FinishedAtMs, AwaitingKill = n.AwaitingKill,
                DispatchedAt = n.DispatchedAtMs,
            };
            var entry = db.Instances.Attach(row);
            foreach (var p in ChangedInstanceColumns) entry.Property(p).IsModified = true;
        }
        db.Audit.AddRange(audit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return next;
    }

    public async Task AppendAuditAsync(IReadOnlyList<AuditRow> audit, CancellationToken ct)
    {
        if (audit.Count == 0) return;
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Audit.AddRange(audit);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Tickets that may still have work: recovered into the engine at start.</summary>
    public async Task<List<long>> OpenTicketIdsAsync(CancellationToken ct)
    {
        TicketStatus[] open = [TicketStatus.Ready, TicketStatus.Processing];
        var processing = InstanceStatus.Processing;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Tickets.AsNoTracking()
            .Where(t => open.Contains(t.Status) || db.Instances.Any(i => i.TicketId == t.Id && i.Status == processing))
            .Select(t => t.Id).ToListAsync(ct);
    }

    private static readonly string[] ChangedInstanceColumns =
    [
        nameof(InstanceRow.Status), nameof(InstanceRow.Attempt), nameof(InstanceRow.DispatchId), nameof(InstanceRow.ExitCode),
        nameof(InstanceRow.Note), nameof(InstanceRow.StartedAt), nameof(InstanceRow.FinishedAt), nameof(InstanceRow.AwaitingKill),
        nameof(InstanceRow.DispatchedAt),
    ];

    private static Instance ToDomain(InstanceRow r) => new(
        r.Id, r.BatchIndex, r.Status, r.Attempt, r.DispatchId, r.ExitCode, r.Note,
        r.StartedAt, r.FinishedAt) { AwaitingKill = r.AwaitingKill, DispatchedAtMs = r.DispatchedAt };
}
