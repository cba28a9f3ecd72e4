using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Drover.Domain.Scripts;

namespace Drover.Domain.Jobs.Documents;

/// <summary>
/// Whether one input value keeps its task's rules (<see cref="TaskInputSpec"/>). Used on a document's literal values
/// when it is saved, and by the engine on every value once its references are resolved.
/// </summary>
public static class TaskInputRules
{
    /// <summary>The rule the value breaks, worded to follow "inputs.NAME: ", or null when it keeps them all.</summary>
    public static string? Problem(TaskInputSpec input, string value)
    {
        if (input.ParamType == "DICTIONARY") return JsonProblem(input.Key, value);
        switch (input.Type)
        {
            case "integer":
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || !InRange(n, input))
                    return $"must be an integer{Range(input)} (got '{Clip(value)}')";
                break;
            case "number":
                if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || !InRange(d, input))
                    return $"must be a number{Range(input)} (got '{Clip(value)}')";
                break;
        }
        if (input.MinLen is { } minLen && value.Length < minLen)
            return input.MaxLen is { } max ? $"length must be between {minLen} and {max}" : $"length must be at least {minLen}";
        if (input.MaxLen is { } maxLen && value.Length > maxLen)
            return $"length must be at most {maxLen} (it has {value.Length})";
        if (input.Enums is { Count: > 0 } enums && !enums.Contains(value, StringComparer.Ordinal))
            return $"must be one of {string.Join(", ", enums)} (got '{Clip(value)}')";
        if (input.Pattern is { } pattern && !MatchesWhole(pattern, value))
            return $"must match {pattern} (got '{Clip(value)}')";
        return null;
    }

    private static bool InRange(decimal v, TaskInputSpec input) => (input.Min is not { } min || v >= min) && (input.Max is not { } max || v <= max);

    private static string Range(TaskInputSpec input) => (input.Min, input.Max) switch
    {
        ({ } min, { } max) => $" between {min} and {max}",
        ({ } min, null) => $" of at least {min}",
        (null, { } max) => $" of at most {max}",
        _ => "",
    };

    // .NET's '$' also matches before a final '\n': the match must cover the whole value.
    private static bool MatchesWhole(string pattern, string value)
    {
        var m = Regex.Match(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success && m.Index == 0 && m.Length == value.Length;
    }

    /// <summary>Values in messages are cut short: a message names the rule, it does not echo a whole body.</summary>
    internal static string Clip(string value) => value.Length <= 64 ? value : value[..61] + "...";

    // A DICTIONARY input is JSON text; the three Drover knows have a shape the engine relies on.
    private static string? JsonProblem(string key, string value)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(value);
        }
        catch (JsonException e)
        {
            return $"must be JSON{Expected(key)}: {FirstSentence(e.Message)}";
        }
        using (doc)
        {
            return key switch
            {
                "instance_list" => Hosts(doc.RootElement),
                "script_params" => ScriptParams(doc.RootElement),
                "headers" => Headers(doc.RootElement),
                _ => null,
            };
        }
    }

    private static string Expected(string key) => key switch
    {
        "instance_list" => " (an array of hosts [{\"resource_id\": ..., \"region_id\": ...}])",
        "script_params" => " (an array [{\"param_name\": ..., \"param_value\": ...}])",
        "headers" => " (an object of header names to text values)",
        _ => "",
    };

    private static string FirstSentence(string message)
    {
        var at = message.IndexOf(". ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message.TrimEnd('.');
    }

    private static string? Hosts(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array) return "must be a JSON array of hosts [{\"resource_id\": ..., \"region_id\": ...}]";
        if (e.GetArrayLength() == 0) return "must name at least one host";
        var i = 0;
        foreach (var host in e.EnumerateArray())
        {
            if (host.ValueKind != JsonValueKind.Object) return $"[{i}]: must be an object {{\"resource_id\": ..., \"region_id\": ...}}";
            if (!host.TryGetProperty("resource_id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString()!.Length == 0)
                return $"[{i}].resource_id: required, non-empty text";
            if (host.TryGetProperty("region_id", out var region) && region.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return $"[{i}].region_id: must be text";
            i++;
        }
        return null;
    }

    private static string? ScriptParams(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array) return "must be a JSON array [{\"param_name\": ..., \"param_value\": ...}]";
        var i = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateArray())
        {
            if (p.ValueKind != JsonValueKind.Object) return $"[{i}]: must be an object {{\"param_name\": ..., \"param_value\": ...}}";
            if (!p.TryGetProperty("param_name", out var name) || name.ValueKind != JsonValueKind.String)
                return $"[{i}].param_name: required, text";
            var n = name.GetString()!;
            if (!ParameterRules.IsValidName(n)) return $"[{i}].param_name: must be 1-64 letters, digits or '_' (got '{Clip(n)}')";
            if (!seen.Add(n)) return $"[{i}].param_name: duplicate parameter name '{n}'";
            if (!p.TryGetProperty("param_value", out var v) || v.ValueKind != JsonValueKind.String)
                return $"[{i}].param_value: required, text";
            if (ParameterRules.ValueProblem(v.GetString()!) is { } problem) return $"[{i}].param_value: {problem}";
            i++;
        }
        return null;
    }

    private static string? Headers(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return "must be a JSON object of header names to text values";
        foreach (var h in e.EnumerateObject())
        {
            if (h.Name.Length == 0) return "header names must not be empty";
            if (h.Value.ValueKind != JsonValueKind.String) return $"{h.Name}: must be text";
        }
        return null;
    }
}
