using Drover.Server.Http;
using Drover.Server.Tickets.Commands;

namespace Drover.Server.Tickets.Api;

/// <summary>
/// ExecuteScript's body as the <see cref="ExecuteScript"/> command. Only the body's shape is judged here (the
/// <c>execute_param</c> object is there, no list holds a null where an object belongs); the rules about values are
/// the command's (<see cref="ExecuteScriptRules"/>), and its refusal is answered by <see cref="Answer"/>.
/// </summary>
public static class ExecuteScriptMapping
{
    public static ExecuteScript ToCommand(ExecuteScriptRequest req)
    {
        var p = req.ExecuteParam ?? throw CocError.Invalid("execute_param", "required");
        // Fields COC clients send that change nothing here: resourceful (deprecated), param_order, agent_sn, project_id.
        return new ExecuteScript(
            p.ExecuteUser, p.Timeout, p.SuccessRate,
            Objects(p.ScriptParams, "execute_param.script_params", (g, _) => new ExecuteScript.ParameterValue(g.ParamName, g.ParamValue, g.ParamRefer is not null)),
            p.MaxConcurrency, p.WaitAgentSeconds,
            Objects(req.ExecuteBatches, "execute_batches", (b, bf) => new ExecuteScript.Batch(b.BatchIndex, b.RotationStrategy,
                Objects(b.TargetInstances, $"{bf}.target_instances", (t, tf) => new ExecuteScript.Host(t.ResourceId, t.RegionId, t.Provider, t.Type,
                    Objects(t.CustomAttributes, $"{tf}.custom_attributes", (a, _) => new ExecuteScript.CustomAttribute(a.Key, a.Value)))))));
    }

    /// <summary>Each element mapped with its field path; a JSON null element is refused by its path.</summary>
    private static List<TOut>? Objects<TIn, TOut>(List<TIn?>? list, string field, Func<TIn, string, TOut> map) where TIn : class =>
        list?.Select((x, i) => map(x ?? throw CocError.Invalid($"{field}[{i}]", "must be an object"), $"{field}[{i}]")).ToList();

    /// <summary>The command's refusal as the client sees it: 400, with its code and message unchanged.</summary>
    public static CocError Answer(CommandRejected rejected) => new(400, rejected.Code, rejected.Message);
}
