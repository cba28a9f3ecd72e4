using System.Text.RegularExpressions;
using Drover.Protocol;

namespace Drover.Agent.Running;

/// <summary>How parameters reach a script: <c>${name}</c> in its text and <c>DROVER_PARAM_NAME</c> in its environment.</summary>
internal static partial class ScriptTemplate
{
    public const string EnvironmentPrefix = "DROVER_PARAM_";

    [GeneratedRegex(@"\$\{([^${}]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Replaces <c>${name}</c> for the names given; any other <c>${...}</c> is shell syntax and stays.</summary>
    public static string Substitute(string content, IEnumerable<ScriptParameter> parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            values[parameter.Name] = parameter.Value;
        }
        if (values.Count == 0)
        {
            return content;
        }
        return Placeholder().Replace(content, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    public static IEnumerable<KeyValuePair<string, string>> Environment(IEnumerable<ScriptParameter> parameters) =>
        parameters.Where(p => p.Name.Length > 0)
            .Select(p => KeyValuePair.Create(EnvironmentPrefix + p.Name.ToUpperInvariant(), p.Value));
}
