using System.Text;

namespace Drover.Domain.Scripts.Risk;

/// <summary>One logical line: a command with its continuations joined, numbered by its first physical line (1-based).</summary>
public sealed record ScriptLine(int Number, string Text);

/// <summary>
/// Cuts a script into the logical lines the interpreter sees: a line ending in an unescaped continuation character
/// (<c>\</c>, or <c>^</c> for BAT) goes on in the next one, and full-line comments are left out (a comment ends at
/// its newline even when it ends in a backslash).
/// </summary>
public static class ScriptLines
{
    public static IEnumerable<ScriptLine> Of(string content, ScriptKind kind)
    {
        var lines = content.Split('\n');
        var continuation = kind == ScriptKind.Bat ? '^' : '\\';
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd('\r');
            if (IsComment(text, kind)) continue;
            var number = i + 1;
            if (!Continues(text, continuation))
            {
                yield return new ScriptLine(number, text);
                continue;
            }
            var joined = new StringBuilder();
            while (Continues(text, continuation) && i + 1 < lines.Length)
            {
                joined.Append(text, 0, text.Length - 1);
                text = lines[++i].TrimEnd('\r');
            }
            joined.Append(Continues(text, continuation) ? text[..^1] : text);
            yield return new ScriptLine(number, joined.ToString());
        }
    }

    private static bool IsComment(string line, ScriptKind kind)
    {
        var t = line.AsSpan().TrimStart();
        if (kind != ScriptKind.Bat) return t.StartsWith("#");
        if (t.StartsWith("::")) return true;
        if (t.StartsWith("@")) t = t[1..];
        return t.StartsWith("rem", StringComparison.OrdinalIgnoreCase) && (t.Length == 3 || char.IsWhiteSpace(t[3]));
    }

    // An odd number of trailing continuation characters: `\\` at the end is an escaped backslash, not a continuation.
    private static bool Continues(string line, char continuation)
    {
        var n = 0;
        for (var i = line.Length - 1; i >= 0 && line[i] == continuation; i--) n++;
        return n % 2 == 1;
    }
}
