using System.Text.RegularExpressions;
using Drover.Protocol;

namespace Drover.Agent.Running;

/// <summary>
/// How parameters reach a script: <c>${name}</c> in its text and <c>DROVER_PARAM_NAME</c> in its environment.
/// A substituted value is always one literal word for the interpreter, never structure: each script kind
/// substitutes by where the placeholder sits (docs/semantics.md, "Parameters in the script text").
/// </summary>
internal static partial class ScriptTemplate
{
    public const string EnvironmentPrefix = "DROVER_PARAM_";

    [GeneratedRegex(@"\G\$\{([^${}]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Replaces <c>${name}</c> for the names given; any other <c>${...}</c> is the script's own syntax and stays.</summary>
    public static string Substitute(ScriptKind kind, string content, IEnumerable<ScriptParameter> parameters)
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
        return kind switch
        {
            ScriptKind.Shell => ShellSubstitution.Substitute(content, values),
            ScriptKind.Python => PythonSubstitution.Substitute(content, values),
            // cmd.exe has no quoting that keeps every character literal; the server refuses, for BAT, the
            // characters that would change its structure (ParameterRules), so the value goes in as it is.
            _ => RawSubstitution(content, values),
        };
    }

    /// <summary>The placeholder of a given parameter starting at <paramref name="at"/>, if there is one.</summary>
    internal static bool TryMatch(string content, int at, IReadOnlyDictionary<string, string> values, out string value, out int length)
    {
        value = "";
        length = 0;
        if (content[at] != '$')
        {
            return false;
        }
        var m = Placeholder().Match(content, at);
        if (!m.Success || !values.TryGetValue(m.Groups[1].Value, out var v))
        {
            return false;
        }
        value = v;
        length = m.Length;
        return true;
    }

    private static string RawSubstitution(string content, IReadOnlyDictionary<string, string> values)
    {
        var text = new System.Text.StringBuilder(content.Length);
        for (var i = 0; i < content.Length;)
        {
            if (TryMatch(content, i, values, out var value, out var length))
            {
                text.Append(value);
                i += length;
                continue;
            }
            text.Append(content[i++]);
        }
        return text.ToString();
    }

    public static IEnumerable<KeyValuePair<string, string>> Environment(IEnumerable<ScriptParameter> parameters) =>
        parameters.Where(p => p.Name.Length > 0)
            .Select(p => KeyValuePair.Create(EnvironmentPrefix + p.Name.ToUpperInvariant(), p.Value));
}
