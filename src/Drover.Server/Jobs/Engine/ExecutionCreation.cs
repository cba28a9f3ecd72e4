using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Scripts;
using Drover.Server.Audit;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Engine;

/// <summary>Creates an execution pinned to one document version, commits it, then starts it.</summary>
public sealed class ExecutionCreation(IDbContextFactory<DroverDb> dbs, ExecutionEngine engine, SealedGlobals sealedGlobals, TimeProvider clock, AuditLog audit)
{
    /// <param name="secret">The globals that are secrets (<see cref="ExecutionSecrets.GlobalsAsync"/>): sealed for the engine,
    /// and kept only masked as "the parameters given".</param>
    public async Task<string> CreateAsync(Caller caller, string? requestId, DocumentRow document, DocumentVersionRow version,
        IReadOnlySet<string> secret, ExecutionPlan plan, string targetsJson, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ms = now.ToUnixTimeMilliseconds();
        var row = new ExecutionRow
        {
            ExecutionId = Ids.NewExecutionId(now),
            ProjectId = caller.ProjectId,
            DocumentId = document.DocumentId,
            DocumentName = document.Name,
            DocumentVersion = $"v{version.Number}",
            DocumentVersionId = version.VersionUuid,
            Content = version.Content,
            Type = plan.Type,
            Status = ExecutionStatus.Running,
            Description = plan.Description,
            ParametersJson = StorageJson.Write(plan.Parameters.Select(p => secret.Contains(p.Key) ? p with { Value = ParameterRules.MaskedValue } : p).ToList()),
            GlobalsJson = sealedGlobals.Write(plan.Globals, secret),
            SysTagsJson = StorageJson.Write(plan.SysTags),
            TargetParameterName = plan.TargetParameterName,
            TargetsJson = targetsJson,
            StateJson = StorageJson.Write(new ExecutionState([.. plan.Batches], plan.Batches[0].Index, 0, plan.Concurrency, plan.ErrorThreshold)),
            Creator = caller.UserName,
            StartTime = ms,
            UpdateTime = ms,
        };
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Executions.Add(row);
        db.Audit.Add(audit.Entry(caller.ProjectId, AuditLog.ActorOf(caller), "execution.create", row.ExecutionId, requestId,
            $"job {document.DocumentId} {row.DocumentVersion}, {row.Type.ToWire()}, {plan.Batches.Count} batch(es)"));
        await db.SaveChangesAsync(ct);
        // Committed first: if the server dies here, recovery finds a Running execution with no step started and starts it.
        _ = engine.WakeAsync(row.Id); // its writer starts it; the answer does not wait for the first step
        return row.ExecutionId;
    }
}
