using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts;

/// <summary>
/// COC's character rules for parameter names and values: no <c>$</c>, backtick, <c>;</c>, <c>|</c>, <c>&amp;</c>,
/// quotes, parentheses, redirections, nor <c>..</c>. They alone do not keep a value from changing a script's
/// structure (a space still splits, <c>*</c> globs, <c>#</c> comments out, a trailing <c>\</c> joins lines): the agent
/// substitutes SHELL and PYTHON values as one literal word by context, and for BAT, where cmd.exe has no quoting
/// that keeps every character literal, <see cref="ValueProblem(string, ScriptKind)"/> refuses what cmd.exe would read
/// as structure (docs/semantics.md, "Parameters in the script text").
/// </summary>
public static partial class ParameterRules
{
    /// <summary>The mask COC answers for a sensitive value on read (17 asterisks).</summary>
    public const string MaskedValue = "*****************";

    /// <summary>What a sensitive value is replaced with in stored output.</summary>
    public const string OutputMask = "*****";

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}\\z")]
    private static partial Regex NamePattern();

    // COC's SDK rule: letters, digits, space and _ - / . * ? : , = + @ # \ [ { ] }. Double quotes are in COC's
    // list too, but semantics.md forbids quotes, so they are refused here.
    [GeneratedRegex(@"^[a-zA-Z0-9_\-/.*\x20?:,=+@#\\\[{\]}]*\z")]
    private static partial Regex ValuePattern();

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Null when the value is acceptable, else the rule it breaks.</summary>
    public static string? ValueProblem(string value)
    {
        if (value.Contains("..", StringComparison.Ordinal))
            return "must not contain two consecutive dots";
        if (!ValuePattern().IsMatch(value))
            return "may contain only letters, digits, spaces and _ - / . * ? : , = + @ # \\ [ { ] }";
        return null;
    }

    /// <summary>
    /// <see cref="ValueProblem(string)"/> and, for a BAT script, the characters cmd.exe gives a meaning to: its
    /// argument separators (space, <c>,</c>, <c>=</c>), wildcards (expanded by <c>for</c>, <c>dir</c>, <c>del</c>...),
    /// its metacharacters (<c>% ^ ! &amp; | &lt; &gt; " ( )</c>, already refused above; listed again so that widening
    /// the common rule cannot let them in), and a leading <c>:</c>, which makes a line a label that is skipped.
    /// </summary>
    public static string? ValueProblem(string value, ScriptKind kind)
    {
        if (ValueProblem(value) is { } problem)
            return problem;
        if (kind != ScriptKind.Bat)
            return null;
        foreach (var c in value)
        {
            if (BatRefusal(c) is { } why)
                return $"must not contain {Shown(c)} in a BAT script: {why}";
        }
        if (value.StartsWith(':'))
            return "must not start with ':' in a BAT script: cmd.exe reads a line starting with ':' as a label and skips it";
        return null;
    }

    private static string? BatRefusal(char c) => c switch
    {
        ' ' or ',' or '=' or '\t' or ';' => "cmd.exe splits arguments there",
        '*' or '?' => "cmd.exe and the commands it runs expand wildcards",
        '%' or '!' => "cmd.exe expands variables there",
        '^' or '&' or '|' or '<' or '>' or '"' or '(' or ')' => "it is a cmd.exe metacharacter",
        _ => null,
    };

    private static string Shown(char c) => c == ' ' ? "a space" : $"'{c}'";
}
