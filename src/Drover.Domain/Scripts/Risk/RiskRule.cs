using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts.Risk;

/// <summary>
/// One entry of the blacklist: a regex over one logical line of a script and what to tell the operator about it.
/// <paramref name="Family"/>: rules about the same command (rm, chmod); on one line only the most severe of a family
/// is reported, so <c>rm -rf /</c> is one HIGH finding and not also the MEDIUM "rm of a variable path".
/// <paramref name="Needles"/>: words the pattern cannot match without (rm, reboot); a line with none of them skips the
/// regex. Most lines have none, and a regex that must be tried at every character costs far more than a substring search.
/// </summary>
public sealed record RiskRule(
    string Id, string CommandName, RiskLevel Level, string Example, string DescriptionEn, string DescriptionZh,
    Regex Pattern, string[] Needles, string? Family = null)
{
    /// <summary>Whether the line may match: it holds one of the needles (case-insensitively when the pattern is).</summary>
    public bool MayMatch(string line)
    {
        var comparison = (Pattern.Options & RegexOptions.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var needle in Needles)
            if (line.Contains(needle, comparison)) return true;
        return false;
    }

    /// <summary>The regex as text: COC's <c>command_rule</c>.</summary>
    public string Rule => Pattern.ToString();
}
