using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Documents;
using Drover.Domain.Scripts;
using Drover.Server.Api.Executions;
using Drover.Server.Engine.Jobs;
using Drover.Server.Engine.Jobs.Api;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Secrets;

/// <summary>
/// The upgrade from a version that kept secrets in clear, run at every start before the engines (an idempotent pass:
/// rows already sealed or masked are left alone). Seals sensitive parameter values of scripts and tickets and the
/// globals that feed HTTP headers; masks header values and sensitive script parameters in step runs' recorded inputs,
/// and the header globals in an execution's "parameters given". Each row is rewritten only if it still holds what was
/// read (a replica writing it meanwhile wins). On SQLite, once anything was rewritten, the database is vacuumed and
/// its WAL truncated, so the old plaintext does not linger in free pages or old WAL frames.
/// </summary>
public sealed class PlaintextSealing(IDbContextFactory<DroverDb> dbs, SealedParameters parameters, SealedGlobals globals, ILogger<PlaintextSealing> log)
    : IHostedService
{
    private const string SensitiveFlag = "\"sensitive\":true";

    public async Task StartAsync(CancellationToken ct)
    {
        var rewritten = await RunAsync(ct);
        if (rewritten == 0) return;
        log.LogWarning("Secrets at rest: {Count} row(s) written by an earlier version held secrets in clear; they are now sealed or masked", rewritten);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
            await db.Database.ExecuteSqlRawAsync("VACUUM;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <returns>How many rows were rewritten.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var count = 0;

        var scripts = await db.Scripts.AsNoTracking().Where(s => s.ParamsJson.Contains(SensitiveFlag))
            .Select(s => new { s.Id, s.ParamsJson }).ToListAsync(ct);
        foreach (var s in scripts.Where(s => SealedParameters.HasPlaintext(s.ParamsJson)))
        {
            var json = parameters.Write(parameters.Open(s.ParamsJson));
            count += await db.Scripts.Where(x => x.Id == s.Id && x.ParamsJson == s.ParamsJson)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ParamsJson, json), ct);
        }

        var tickets = await db.Tickets.AsNoTracking().Where(t => t.ParamsJson.Contains(SensitiveFlag))
            .Select(t => new { t.Id, t.ParamsJson }).ToListAsync(ct);
        foreach (var t in tickets.Where(t => SealedParameters.HasPlaintext(t.ParamsJson)))
        {
            var json = parameters.Write(parameters.Open(t.ParamsJson));
            count += await db.Tickets.Where(x => x.Id == t.Id && x.ParamsJson == t.ParamsJson)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ParamsJson, json), ct);
        }

        count += await ExecutionsAsync(db, ct);
        count += await ScriptStepsAsync(db, ct);
        return count;
    }

    /// <summary>Executions with HTTP steps: header globals sealed, and masked among the parameters given; their HTTP step runs' inputs masked.</summary>
    private async Task<int> ExecutionsAsync(DroverDb db, CancellationToken ct)
    {
        var count = 0;
        var withHeaders = await db.Executions.AsNoTracking()
            .Where(e => e.Content.Contains(StepTasks.ExecuteApi) && e.Content.Contains(ExecutionSecrets.HeadersInput))
            .Select(e => new { e.Id, e.Content, e.GlobalsJson, e.ParametersJson }).ToListAsync(ct);
        foreach (var e in withHeaders)
        {
            if (DocumentParser.Parse(e.Content, ct).Document is not { } document) continue;
            var secret = ExecutionSecrets.HeaderGlobals(document);
            var values = globals.Open(e.GlobalsJson);
            if (SealedGlobals.HasPlaintext(e.GlobalsJson, secret))
            {
                var sealedJson = globals.Write(values, secret);
                var given = StorageJson.Write(StorageJson.Read<List<KeyValue>>(e.ParametersJson)
                    .Select(p => secret.Contains(p.Key) ? p with { Value = ParameterRules.MaskedValue } : p).ToList());
                count += await db.Executions.Where(x => x.Id == e.Id && x.GlobalsJson == e.GlobalsJson)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.GlobalsJson, sealedJson).SetProperty(x => x.ParametersJson, given), ct);
            }

            var secretValues = ExecutionSecrets.HeaderGlobalValues(document, values);
            var steps = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == e.Id && s.Action == StepTasks.ExecuteApi)
                .Select(s => new { s.Id, s.InputsJson, s.Message }).ToListAsync(ct);
            foreach (var s in steps)
            {
                var inputs = StorageJson.Read<Dictionary<string, string>>(s.InputsJson);
                ApiHeaders.Parse(inputs.GetValueOrDefault(ExecutionSecrets.HeadersInput), out var headers);
                var shown = StorageJson.Write(StepInputsShown.Mask(inputs, new HashSet<string>(), secretValues));
                var message = s.Message is null ? null : ExecutionSecrets.Mask(s.Message, headers.Select(h => h.Value).Concat(secretValues));
                if (shown == s.InputsJson && message == s.Message) continue;
                count += await db.ExecutionSteps.Where(x => x.Id == s.Id && x.InputsJson == s.InputsJson)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.InputsJson, shown).SetProperty(x => x.Message, message), ct);
            }
        }
        return count;
    }

    /// <summary>Scripts step runs whose ticket has sensitive parameters: those parameters' values masked in the recorded inputs.</summary>
    private static async Task<int> ScriptStepsAsync(DroverDb db, CancellationToken ct)
    {
        var count = 0;
        var steps = await db.ExecutionSteps.AsNoTracking()
            .Where(s => s.Action == StepTasks.Scripts && s.TicketId != null && s.InputsJson.Contains("param_value"))
            .Join(db.Tickets.AsNoTracking().Where(t => t.ParamsJson.Contains(SensitiveFlag)), s => s.TicketId, t => (long?)t.Id,
                (s, t) => new { s.Id, s.InputsJson, t.ParamsJson })
            .ToListAsync(ct);
        foreach (var s in steps)
        {
            var sensitive = SealedParameters.Shown(s.ParamsJson).Where(p => p.Sensitive).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var shown = StorageJson.Write(StepInputsShown.Mask(StorageJson.Read<Dictionary<string, string>>(s.InputsJson), sensitive, []));
            if (shown == s.InputsJson) continue;
            count += await db.ExecutionSteps.Where(x => x.Id == s.Id && x.InputsJson == s.InputsJson)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.InputsJson, shown), ct);
        }
        return count;
    }
}
