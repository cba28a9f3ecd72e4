using System.Text.Json;
using System.Text.Json.Nodes;
using Drover.Server.Api.Tickets;

namespace Drover.Server.Engine.Jobs;

/// <summary>
/// A scripts step's inputs as an ExecuteScript request, so a step's script ticket passes exactly the validation a
/// script ticket created over the API does. Hosts come from <c>instance_list</c> (a JSON array of instances).
/// </summary>
public static class ScriptStepRequest
{
    /// <exception cref="FormatException">An input is not what the task expects; the message names it.</exception>
    public static ExecuteScriptRequest From(IReadOnlyDictionary<string, string> inputs, int? concurrency, double? errorThreshold)
    {
        var hosts = Array("instance_list", inputs.GetValueOrDefault("instance_list"))
            .Select((h, i) => h is JsonObject o
                ? new TargetInstanceDto
                {
                    ResourceId = Text(o, "resource_id") ?? throw new FormatException($"instance_list[{i}].resource_id: required"),
                    RegionId = Text(o, "region_id") ?? "local",
                    Provider = Text(o, "provider"),
                }
                : throw new FormatException($"instance_list[{i}]: must be an object with resource_id and region_id"))
            .Select(t => (TargetInstanceDto?)t).ToList();
        var parameters = inputs.TryGetValue("script_params", out var ps) && !string.IsNullOrWhiteSpace(ps)
            ? Array("script_params", ps).Select((p, i) => (ExecuteInputParamDto?)new ExecuteInputParamDto
            {
                ParamName = p is JsonObject o ? Text(o, "param_name") : throw new FormatException($"script_params[{i}]: must be an object"),
                ParamValue = Text((JsonObject)p, "param_value") ?? "",
            }).ToList()
            : null;
        var successRate = Number(inputs, "success_rate") ?? 100;
        if (errorThreshold is { } threshold) successRate = Math.Max(1, 100 - threshold);
        return new ExecuteScriptRequest
        {
            ExecuteParam = new ExecuteParamDto
            {
                Timeout = (int?)Number(inputs, "timeout") ?? 60,
                SuccessRate = successRate,
                ExecuteUser = inputs.GetValueOrDefault("execute_user"),
                ScriptParams = parameters,
                MaxConcurrency = concurrency ?? (int?)Number(inputs, "max_concurrency"),
                WaitAgentSeconds = (int?)Number(inputs, "wait_uniagent_time") ?? 0,
            },
            ExecuteBatches = [new ExecuteBatchDto { BatchIndex = 1, RotationStrategy = "CONTINUE", TargetInstances = hosts }],
        };
    }

    private static JsonArray Array(string input, string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new FormatException($"{input}: required, a JSON array");
        try
        {
            return JsonNode.Parse(json) as JsonArray ?? throw new FormatException($"{input}: must be a JSON array");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{input}: not valid JSON ({e.Message})");
        }
    }

    private static string? Text(JsonObject o, string key) => o[key] is JsonValue v ? v.ToString() : null;

    private static double? Number(IReadOnlyDictionary<string, string> inputs, string key) =>
        inputs.TryGetValue(key, out var s) && s.Length > 0
            ? double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d : throw new FormatException($"{key}: must be a number, got '{s}'")
            : null;
}
