using System.Text.Json;
using System.Text.Json.Nodes;
using Drover.Domain.Jobs;
using Drover.Domain.Scripts;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Engine;

/// <summary>
/// Which of an execution's values are secrets: HTTP step header values (they carry credentials: <c>Authorization</c>,
/// <c>X-Auth-Token</c>), values a scripts step gives to parameters its script declares sensitive, and the global inputs
/// either is built from. Such values are write-only: the globals are sealed at rest (the engine needs them again), and
/// a step run's recorded inputs and messages keep them only masked.
/// </summary>
public static class ExecutionSecrets
{
    public const string HeadersInput = "headers";
    public const string ScriptParamsInput = "script_params";
    public const string ScriptUuidInput = "script_uuid";

    /// <summary>
    /// The secret global inputs of <paramref name="document"/>: those an HTTP step's <c>headers</c> refer to, and those a
    /// scripts step's <c>script_params</c> pass to a parameter its script (looked up in <paramref name="projectId"/>)
    /// declares sensitive.
    /// </summary>
    public static async Task<IReadOnlySet<string>> GlobalsAsync(DroverDb db, string projectId, Document document, CancellationToken ct)
    {
        var uuids = document.Steps.Where(s => StepTasks.KindOf(s.Task) == StepKind.Scripts)
            .Select(s => s.Inputs.GetValueOrDefault(ScriptUuidInput)).OfType<string>().Distinct().ToList();
        var scripts = uuids.Count == 0
            ? []
            : await db.Scripts.AsNoTracking().Where(x => x.ProjectId == projectId && uuids.Contains(x.ScriptUuid))
                .Select(x => new { x.ScriptUuid, x.ParamsJson }).ToListAsync(ct);
        var sensitive = scripts.ToDictionary(x => x.ScriptUuid, x => SensitiveNames(x.ParamsJson), StringComparer.Ordinal);
        return Globals(document, sensitive);
    }

    public static IReadOnlySet<string> Globals(Document document, IReadOnlyDictionary<string, IReadOnlySet<string>> sensitiveByScript)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in document.Steps)
        {
            switch (StepTasks.KindOf(step.Task))
            {
                case StepKind.ExecuteApi when step.Inputs.TryGetValue(HeadersInput, out var headers):
                    names.UnionWith(GlobalsIn(headers));
                    break;
                case StepKind.Scripts when step.Inputs.TryGetValue(ScriptParamsInput, out var ps):
                    // A script the document names through a reference, or that is gone, is unknown: all it is given counts.
                    var sensitive = step.Inputs.GetValueOrDefault(ScriptUuidInput) is { } uuid ? sensitiveByScript.GetValueOrDefault(uuid) : null;
                    names.UnionWith(ParamValues(ps, sensitive).SelectMany(GlobalsIn));
                    break;
            }
        }
        return names;
    }

    /// <summary>The parameters a script's stored <c>ParamsJson</c> declares sensitive.</summary>
    public static IReadOnlySet<string> SensitiveNames(string paramsJson) =>
        SealedParameters.Shown(paramsJson).Where(p => p.Sensitive).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces every secret value in <paramref name="text"/> with the output mask, longest first.</summary>
    public static string Mask(string text, IEnumerable<string> secrets)
    {
        foreach (var s in secrets.Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length))
            text = text.Replace(s, ParameterRules.OutputMask, StringComparison.Ordinal);
        return text;
    }

    private static IEnumerable<string> GlobalsIn(string template) =>
        Interpolation.References(template).Where(r => r.Kind == ReferenceKind.Global).Select(r => r.Name);

    /// <summary>
    /// The <c>param_value</c> templates of a <c>script_params</c> template for the <paramref name="sensitive"/> names (all
    /// of them when null); the whole template when it is not a JSON array of objects.
    /// </summary>
    private static IEnumerable<string> ParamValues(string template, IReadOnlySet<string>? sensitive)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(template);
        }
        catch (JsonException)
        {
            return [template];
        }
        if (parsed is not JsonArray ps) return [template];
        var values = new List<string>();
        foreach (var p in ps)
        {
            if (p is not JsonObject o) return [template];
            var name = o["param_name"] is JsonValue n ? n.ToString() : null;
            if ((sensitive is null || (name is not null && sensitive.Contains(name))) && o["param_value"] is JsonValue v)
                values.Add(v.ToString());
        }
        return values;
    }
}
