using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drover.Domain.Scripts;

namespace Drover.Server.Jobs.Engine;

/// <summary>
/// A step run's inputs as they are stored and shown (<c>GET /v1/executions/{id}/steps</c>): only ever shown, never
/// read back by the engine (it resolves a step's inputs from the document and the globals), so secrets are masked
/// before they are written. HTTP header values read back as COC's 17-asterisk mask, their names kept; a scripts step's
/// values for parameters its script declares sensitive likewise; any other occurrence of a secret as <c>*****</c>.
/// </summary>
public static class StepInputsShown
{
    // Shown as written: '+' or '<' in a value stay as they are rather than becoming \u002B.
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dictionary<string, string> Mask(IReadOnlyDictionary<string, string> inputs, IReadOnlySet<string> sensitiveParams, IEnumerable<string> secrets)
    {
        var values = secrets.ToList();
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in inputs)
        {
            shown[key] = key switch
            {
                ExecutionSecrets.HeadersInput => Headers(value),
                ExecutionSecrets.ScriptParamsInput => ExecutionSecrets.Mask(ScriptParams(value, sensitiveParams), values),
                _ => ExecutionSecrets.Mask(value, values),
            };
        }
        return shown;
    }

    /// <summary>Every header value masked; text that is not a JSON object is masked whole.</summary>
    public static string Headers(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return json;
        try
        {
            if (JsonNode.Parse(json) is JsonObject headers)
            {
                var masked = new JsonObject();
                foreach (var (name, _) in headers) masked[name] = ParameterRules.MaskedValue;
                return masked.ToJsonString(AsWritten);
            }
        }
        catch (JsonException)
        {
        }
        return ParameterRules.MaskedValue;
    }

    /// <summary>Every <c>param_name</c> in a <c>script_params</c> array (none if it is not one).</summary>
    public static IReadOnlySet<string> ParamNames(string json)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (JsonNode.Parse(json) is JsonArray ps)
                foreach (var p in ps)
                    if (p is JsonObject o && o["param_name"] is JsonValue n) names.Add(n.ToString());
        }
        catch (JsonException)
        {
        }
        return names;
    }

    /// <summary>The values of sensitive parameters masked; text that is not a JSON array is left to the other masks.</summary>
    private static string ScriptParams(string json, IReadOnlySet<string> sensitive)
    {
        if (string.IsNullOrWhiteSpace(json) || sensitive.Count == 0) return json;
        try
        {
            if (JsonNode.Parse(json) is not JsonArray ps) return json;
            foreach (var p in ps)
                if (p is JsonObject o && o["param_name"] is JsonValue n && n.ToString() is var name && sensitive.Contains(name) && o.ContainsKey("param_value"))
                    o["param_value"] = ParameterRules.MaskedValue;
            return ps.ToJsonString(AsWritten);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
