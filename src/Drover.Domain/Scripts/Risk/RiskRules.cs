using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts.Risk;

/// <summary>
/// COC's CheckScriptRisk: which blacklisted commands a script contains. Advisory only: it reads the text and never
/// runs it, so an obfuscated command goes unseen; it is there to catch the honest mistake before it runs.
/// </summary>
public static class RiskRules
{
    /// <summary>COC answers at most 256 blacklist_commands.</summary>
    public const int MaxFindings = 256;

    public const int MaxMatchedLength = 200;

    public static IReadOnlyList<RiskRule> For(ScriptKind kind) => kind == ScriptKind.Bat ? BatRules.All : ShellRules.All;

    /// <summary>
    /// Every rule against every logical line; each rule reported at most once a line. The level is the highest over
    /// the whole script, even past the first <see cref="MaxFindings"/> findings that are kept.
    /// </summary>
    public static RiskReport Analyze(string content, ScriptKind kind)
    {
        var rules = For(kind);
        var findings = new List<RiskFinding>();
        var level = RiskLevel.Low;
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ScriptLines.Of(content, kind))
        {
            var text = Commands(line.Text, kind);
            if (string.IsNullOrWhiteSpace(text)) continue;
            families.Clear();
            foreach (var rule in rules)
            {
                if (rule.Family is { } family && families.Contains(family)) continue;
                if (!rule.MayMatch(text) || Find(rule, text) is not { } matched) continue;
                if (rule.Family is { } f) families.Add(f);
                if (rule.Level > level) level = rule.Level;
                if (findings.Count < MaxFindings)
                    findings.Add(new RiskFinding(rule.Id, rule.CommandName, rule.Rule, rule.Example, rule.DescriptionEn, rule.DescriptionZh,
                        rule.Level, line.Number, matched));
            }
        }
        return new RiskReport(level, findings);
    }

    // What the rules read of a line: a shell line without the quoted text of echo, grep...; for Python, the command it hands to a shell.
    private static string? Commands(string line, ScriptKind kind) => kind switch
    {
        ScriptKind.Shell => TextArguments.Blank(line),
        ScriptKind.Python => PythonCommands.Of(line) is { } command ? TextArguments.Blank(command) : null,
        _ => line,
    };

    private static string? Find(RiskRule rule, string text)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var m = rule.Pattern.Match(text);
                return m.Success ? Cut(m.Value.Trim()) : null;
            }
            catch (RegexMatchTimeoutException) when (attempt == 1)
            {
                // The first match of a rule in a process also pays for compiling it, and a busy host can push that past
                // the timeout: one more try tells a slow start from a slow line.
            }
            catch (RegexMatchTimeoutException)
            {
                // A line the rule could not decide in time is reported, not passed: the check is advisory, and a line
                // that heavy deserves a look.
                return Cut(text.Trim());
            }
        }
    }

    private static string Cut(string s) => s.Length <= MaxMatchedLength ? s : s[..MaxMatchedLength];
}
