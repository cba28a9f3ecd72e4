using System.Text.Json;
using System.Text.Json.Nodes;
using Drover.Server.Tickets.Commands;

namespace Drover.Server.Jobs.Commands;

/// <summary>
/// A scripts step's inputs as an <see cref="ExecuteScript"/> command, so a step's script ticket passes exactly the
/// rules a script ticket created over the API does. Hosts come from <c>instance_list</c> (a JSON array of instances),
/// all in one batch.
/// </summary>
public static class ScriptStepCommand
{
    /// <param name="concurrency">The execution's concurrency (a rate-controlled execution): over the step's own.</param>
    /// <param name="errorThreshold">The execution's error threshold in percent: the success rate it leaves.</param>
    /// <exception cref="FormatException">An input is not what the task expects; the message names it.</exception>
    public static ExecuteScript From(IReadOnlyDictionary<string, string> inputs, int? concurrency, double? errorThreshold)
    {
        var hosts = Array("instance_list", inputs.GetValueOrDefault("instance_list"))
            .Select((h, i) => h is JsonObject o
                ? new ExecuteScript.Host(
                    ResourceId: Text(o, "resource_id") ?? throw new FormatException($"instance_list[{i}].resource_id: required"),
                    RegionId: Text(o, "region_id") ?? "local",
                    Provider: Text(o, "provider"), Type: null, Attributes: null)
                : throw new FormatException($"instance_list[{i}]: must be an object with resource_id and region_id"))
            .ToList();
        var parameters = inputs.TryGetValue("script_params", out var ps) && !string.IsNullOrWhiteSpace(ps)
            ? Array("script_params", ps).Select((p, i) => p is JsonObject o
                ? new ExecuteScript.ParameterValue(Text(o, "param_name"), Text(o, "param_value") ?? "")
                : throw new FormatException($"script_params[{i}]: must be an object")).ToList()
            : null;
        var successRate = Number(inputs, "success_rate") ?? 100;
        if (errorThreshold is { } threshold) successRate = Math.Max(1, 100 - threshold);
        return new ExecuteScript(
            ExecuteUser: inputs.GetValueOrDefault("execute_user"),
            TimeoutSeconds: (int?)Number(inputs, "timeout") ?? 60,
            SuccessRate: successRate,
            Parameters: parameters,
            MaxConcurrency: concurrency ?? (int?)Number(inputs, "max_concurrency"),
            WaitAgentSeconds: (int?)Number(inputs, "wait_uniagent_time") ?? 0,
            Batches: [new ExecuteScript.Batch(1, "CONTINUE", hosts)]);
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
