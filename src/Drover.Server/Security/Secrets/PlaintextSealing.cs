using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Documents;
using Drover.Domain.Scripts;
using Drover.Server.Jobs.Api;
using Drover.Server.Jobs.ApiStep;
using Drover.Server.Jobs.Engine;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Security.Secrets;

/// <summary>
/// The upgrade from a version that kept secrets in clear, run at every start before the engines (an idempotent pass:
/// rows already sealed or masked are left alone). Seals sensitive parameter values of scripts and tickets, and the
/// secret globals of executions (<see cref="ExecutionSecrets"/>); masks header values, sensitive script parameters and
/// secret globals in step runs' recorded inputs and messages, and the secret globals among an execution's "parameters
/// given". Each row is rewritten only if it still holds what was
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
        return count;
    }

    /// <summary>
    /// Executions written before globals were sealed: their secret globals sealed, and masked among the parameters given;
    /// their step runs' recorded inputs and messages masked. The execution row is rewritten last, so a start that dies
    /// half-way does it all again.
    /// </summary>
    private async Task<int> ExecutionsAsync(DroverDb db, CancellationToken ct)
    {
        var count = 0;
        var marker = SealedGlobals.SealedMarker;
        var legacy = await db.Executions.AsNoTracking().Where(e => !e.GlobalsJson.Contains(marker))
            .Select(e => new { e.Id, e.ProjectId, e.Content, e.GlobalsJson, e.ParametersJson }).ToListAsync(ct);
        foreach (var e in legacy)
        {
            if (DocumentParser.Parse(e.Content, ct).Document is not { } document) continue;
            var secret = await ExecutionSecrets.GlobalsAsync(db, e.ProjectId, document, ct);
            var (values, _) = globals.Open(e.GlobalsJson);
            var secretValues = secret.Select(n => values.GetValueOrDefault(n)).OfType<string>().Where(v => v.Length > 0).ToList();

            var steps = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == e.Id)
                .Select(s => new { s.Id, s.Action, s.InputsJson, s.Message, s.TicketId }).ToListAsync(ct);
            foreach (var s in steps)
            {
                var inputs = StorageJson.Read<Dictionary<string, string>>(s.InputsJson);
                ApiHeaders.Parse(inputs.GetValueOrDefault(ExecutionSecrets.HeadersInput), out var headers);
                var sensitive = s.Action == StepTasks.Scripts ? await SensitiveParamsAsync(db, e.ProjectId, s.TicketId, inputs, ct) : new HashSet<string>();
                var shown = StorageJson.Write(StepInputsShown.Mask(inputs, sensitive, secretValues));
                var message = s.Message is null ? null : ExecutionSecrets.Mask(s.Message, headers.Select(h => h.Value).Concat(secretValues));
                if (shown == s.InputsJson && message == s.Message) continue;
                count += await db.ExecutionSteps.Where(x => x.Id == s.Id && x.InputsJson == s.InputsJson)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.InputsJson, shown).SetProperty(x => x.Message, message), ct);
            }

            var sealedJson = globals.Write(values, secret);
            var given = StorageJson.Write(StorageJson.Read<List<KeyValue>>(e.ParametersJson)
                .Select(p => secret.Contains(p.Key) ? p with { Value = ParameterRules.MaskedValue } : p).ToList());
            count += await db.Executions.Where(x => x.Id == e.Id && x.GlobalsJson == e.GlobalsJson)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.GlobalsJson, sealedJson).SetProperty(x => x.ParametersJson, given), ct);
        }
        return count;
    }

    /// <summary>The sensitive parameters of a scripts step run: its ticket's, else its script's, else every one it names.</summary>
    private static async Task<IReadOnlySet<string>> SensitiveParamsAsync(DroverDb db, string projectId, long? ticketId,
        IReadOnlyDictionary<string, string> inputs, CancellationToken ct)
    {
        var json = ticketId is { } id
            ? await db.Tickets.AsNoTracking().Where(t => t.Id == id).Select(t => t.ParamsJson).FirstOrDefaultAsync(ct)
            : null;
        if (json is null && inputs.GetValueOrDefault(ExecutionSecrets.ScriptUuidInput) is { } uuid)
            json = await db.Scripts.AsNoTracking().Where(x => x.ScriptUuid == uuid && x.ProjectId == projectId).Select(x => x.ParamsJson).FirstOrDefaultAsync(ct);
        return json is not null
            ? ExecutionSecrets.SensitiveNames(json)
            : StepInputsShown.ParamNames(inputs.GetValueOrDefault(ExecutionSecrets.ScriptParamsInput) ?? "");
    }
}
