using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts.Risk;

/// <summary>
/// Some commands only take text: echo and printf print it, grep and friends search for it, logger logs it. A quoted
/// argument of theirs is not a command (<c>echo "done; reboot"</c>, <c>grep -E 'reboot|halt' log</c>), so its content
/// is blanked before the rules read the line. A double-quoted argument with <c>$(</c> or a backtick
/// runs that command, so it is kept; redirections after the text are kept too (<c>echo 0 > /dev/sda</c>).
/// </summary>
internal static partial class TextArguments
{
    // The command's word with what precedes it and the blank after it (no lookaround, so it can run NonBacktracking:
    // linear in the line, needing no timeout; a wall-clock match timeout fired on a loaded host and failed the request).
    [GeneratedRegex(@"(?:^|[;&|(){}!]|\$\()[ \t]*(?:echo|printf|grep|egrep|fgrep|zgrep|rg|logger)[ \t]",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TextCommand();

    public static string Blank(string line)
    {
        char[]? chars = null;
        foreach (Match m in TextCommand().Matches(line))
        {
            var i = m.Index + m.Length;
            while (i < line.Length && line[i] is not (';' or '&' or '|' or '>' or '<' or ')' or '`' or '#'))
            {
                var quote = line[i];
                if (quote is not ('"' or '\'')) { i++; continue; }
                var close = Close(line, i, quote);
                if (close < 0) break;
                var inner = line.AsSpan(i + 1, close - i - 1);
                if (quote == '\'' || (!inner.Contains("$(", StringComparison.Ordinal) && !inner.Contains('`')))
                {
                    chars ??= line.ToCharArray();
                    Array.Fill(chars, ' ', i + 1, close - i - 1);
                }
                i = close + 1;
            }
        }
        return chars is null ? line : new string(chars);
    }

    // The closing quote; inside double quotes a backslash escapes the next character.
    private static int Close(string line, int open, char quote)
    {
        for (var i = open + 1; i < line.Length; i++)
        {
            if (quote == '"' && line[i] == '\\') { i++; continue; }
            if (line[i] == quote) return i;
        }
        return -1;
    }
}
