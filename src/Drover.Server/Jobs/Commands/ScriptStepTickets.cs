using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Server.Jobs.Engine;
using Drover.Server.Limits;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Drover.Server.Tickets.Commands;
using Drover.Server.Tickets.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drover.Server.Jobs.Commands;

/// <summary>
/// The script tickets of a job's scripts steps: the step names its script, which must be in the execution's project and
/// APPROVED; its <see cref="ExecuteScript"/> command passes the same rules as over the API; the ticket is created as
/// the API creates one, steered by the step. What a scripts step needs of the database is here, not in the step.
/// </summary>
public sealed class ScriptStepTickets(IDbContextFactory<DroverDb> dbs, SealedParameters sealedParams, TicketCreation creation, IOptions<LimitsOptions> limits)
{
    /// <param name="owner">Who started the execution: the ticket's creator and project.</param>
    /// <param name="scriptUuid">The step's <c>script_uuid</c> input.</param>
    /// <param name="stepRowId">The step run the ticket belongs to.</param>
    /// <returns>The ticket's execute_uuid and id.</returns>
    /// <exception cref="CommandRejected">No such script, not APPROVED, or the command breaks a rule: nothing was created.</exception>
    public async Task<(string ExecuteUuid, long Id)> CreateAsync(Caller owner, string? scriptUuid, ExecuteScript command, long stepRowId, CancellationToken ct)
    {
        var uuid = scriptUuid ?? throw CommandRejected.Invalid(ExecutionSecrets.ScriptUuidInput, "required");
        await using var db = await dbs.CreateDbContextAsync(ct);
        var script = await db.Scripts.AsNoTracking().FirstOrDefaultAsync(x => x.ScriptUuid == uuid && x.ProjectId == owner.ProjectId, ct)
            ?? throw new CommandRejected(ErrorCodes.ScriptNotFound, $"script_uuid: script {uuid} does not exist");
        if (script.Status != ScriptStatus.Approved)
            throw new CommandRejected(ErrorCodes.ScriptNotApproved, $"script_uuid: script {uuid} is {script.Status.ToWire()}: only an APPROVED script can run");
        var plan = ExecuteScriptRules.Plan(command, sealedParams.Open(script.ParamsJson), script.Kind, limits.Value);
        return await creation.CreateAsync(owner, null, script, plan, stepRowId, ct);
    }

    /// <summary>
    /// The parameters the step's script declares sensitive, whose values its <c>script_params</c> must not show; every
    /// parameter <paramref name="given"/> names when the script cannot be found (the step fails, but its inputs are still recorded).
    /// </summary>
    public async Task<IReadOnlySet<string>> SensitiveParamsAsync(Caller owner, string? scriptUuid, string given, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var json = await db.Scripts.AsNoTracking().Where(x => x.ScriptUuid == scriptUuid && x.ProjectId == owner.ProjectId)
            .Select(x => x.ParamsJson).FirstOrDefaultAsync(ct);
        return json is null ? StepInputsShown.ParamNames(given) : ExecutionSecrets.SensitiveNames(json);
    }
}
