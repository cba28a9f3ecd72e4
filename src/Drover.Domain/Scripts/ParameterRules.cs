using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts;

/// <summary>
/// COC's character rules for parameter names and values. They exist so that <c>${name}</c> substitution can
/// never inject shell: no <c>$</c>, backtick, <c>;</c>, <c>|</c>, <c>&amp;</c>, quotes, parentheses, redirections, nor <c>..</c>.
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
}
