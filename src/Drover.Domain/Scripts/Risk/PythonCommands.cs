using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts.Risk;

/// <summary>
/// A Python line that hands a command to the system (os.system, os.popen, subprocess.*, os.exec*, ...): its string
/// literals, joined by spaces, are the command the shell rules read (<c>subprocess.run(["rm", "-rf", "/"])</c> is
/// <c>rm -rf /</c>). Strings anywhere else (print("reboot")) are text.
/// </summary>
internal static partial class PythonCommands
{
    // Linear in the line's length, so no timeout is needed: a match timeout is wall-clock time, and a thread a loaded host
    // does not schedule for 100 ms threw RegexMatchTimeoutException out of a script's create (a 500).
    private const RegexOptions Linear = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    [GeneratedRegex(@"\b(?:os\.(?:system|popen|exec\w*|spawn\w*)|subprocess\.\w+|commands\.\w+|pty\.spawn|(?:check_output|check_call|call|run|Popen|getoutput|getstatusoutput)[ \t]*\()",
        Linear)]
    private static partial Regex Call();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""|'((?:[^'\\]|\\.)*)'", Linear)]
    private static partial Regex StringLiteral();

    /// <summary>The command the line runs, or null when it runs none.</summary>
    public static string? Of(string line)
    {
        if (!Call().IsMatch(line)) return null;
        var parts = StringLiteral().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        return string.Join(' ', parts);
    }
}
