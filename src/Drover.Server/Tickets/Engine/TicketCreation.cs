using Drover.Domain.Tickets;
using Drover.Server.Audit;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Tickets.Engine;

/// <summary>
/// Creates a ticket with all its batches and hosts in one transaction, then starts it. Ids of hosts follow batch order.
/// </summary>
public sealed class TicketCreation(IDbContextFactory<DroverDb> dbs, TicketEngine engine, SealedParameters sealedParams, TimeProvider clock, AuditLog audit)
{
    /// <param name="stepRowId">When a job's scripts step runs the ticket: its step run, which the execution steers.</param>
    /// <returns>The ticket's execute_uuid and id.</returns>
    public async Task<(string ExecuteUuid, long Id)> CreateAsync(
        Caller caller, string? requestId, ScriptRow script, TicketPlan plan, long? stepRowId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var ms = now.ToUnixTimeMilliseconds();
        var ticket = new TicketRow
        {
            ExecuteUuid = Ids.NewTicketUuid(now),
            ProjectId = caller.ProjectId,
            ScriptUuid = script.ScriptUuid,
            ScriptName = script.Name,
            ScriptVersion = script.Version,
            ScriptKind = script.Kind,
            Content = script.Content,
            ParamsJson = sealedParams.Write(plan.Parameters),
            ExecuteUser = plan.ExecuteUser,
            TimeoutSeconds = plan.TimeoutSeconds,
            SuccessRateTenths = SuccessRate.FromPercent(plan.SuccessRate).Tenths,
            MaxConcurrency = plan.MaxConcurrency,
            WaitAgentSeconds = plan.WaitAgentSeconds,
            Status = TicketStatus.Ready,
            CurrentBatchIndex = plan.Batches[0].Index,
            RegionIds = string.Join(",", plan.Batches.SelectMany(b => b.Hosts).Select(h => h.RegionId).Distinct()),
            Creator = caller.UserName,
            GmtCreated = ms,
            ExecutionStepRowId = stepRowId,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(ct);
        // The project's ticket count, in the same transaction (the ticket list's total).
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO ticket_counts ("ProjectId", "Count") VALUES ({caller.ProjectId}, 1) ON CONFLICT ("ProjectId") DO UPDATE SET "Count" = ticket_counts."Count" + 1""", ct);
        // Counted in the database, so concurrent runs of one script all count; no row means it was just deleted.
        if (await db.Scripts.Where(s => s.Id == script.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UsageCount, x => x.UsageCount + 1), ct) == 0)
            throw new DbUpdateConcurrencyException($"script {script.ScriptUuid} was deleted while the ticket was being created");
        foreach (var b in plan.Batches)
        {
            db.Batches.Add(new BatchRow { TicketId = ticket.Id, BatchIndex = b.Index, Rotation = b.Rotation, TotalInstances = b.Hosts.Count });
            // One SaveChanges per batch keeps ids in batch order whatever order the provider batches inserts in.
            foreach (var h in b.Hosts)
            {
                db.Instances.Add(new InstanceRow
                {
                    TicketId = ticket.Id, BatchIndex = b.Index, ResourceId = h.ResourceId, RegionId = h.RegionId,
                    Provider = h.Provider, Type = h.Type, CustomAttributesJson = StorageJson.Write(h.Attributes),
                    Status = InstanceStatus.Ready, GmtCreated = ms,
                });
            }
            await db.SaveChangesAsync(ct);
        }
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "ticket.create", ticket.ExecuteUuid, requestId,
            $"script {script.ScriptUuid} as {plan.ExecuteUser} on {plan.Batches.Sum(b => b.Hosts.Count)} hosts in {plan.Batches.Count} batches"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        // Committed first, then acted on: if the server dies here, recovery starts the READY ticket.
        _ = engine.WakeAsync(ticket.Id); // started by its writer; the answer does not wait for the first dispatch
        return (ticket.ExecuteUuid, ticket.Id);
    }
}
