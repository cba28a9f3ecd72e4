using System.Text;

namespace Drover.Agent.Running;

/// <summary>
/// The pure rule of SHELL substitution: how a value is written so that it stays one literal word in the place
/// its placeholder sits (<see cref="ShellSubstitution"/> finds the place).
/// </summary>
internal static class ShellQuoting
{
    /// <summary>The value as it must be written where the placeholder sits: the pure rule, tested per context.</summary>
    public static string Quote(string value, ShellContext context) => context switch
    {
        ShellContext.Unquoted => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'",
        ShellContext.DoubleQuoted => Escape(value, "\\\"$`"),
        ShellContext.SingleQuoted => value.Replace("'", "'\\''", StringComparison.Ordinal),
        ShellContext.AnsiC => Escape(value, "\\'"),
        ShellContext.Heredoc => Escape(value, "\\$`"),
        _ => value,
    };

    private static string Escape(string value, string special)
    {
        var text = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (special.Contains(c, StringComparison.Ordinal)) text.Append('\\');
            text.Append(c);
        }
        return text.ToString();
    }
}

/// <summary>Where a placeholder sits in a SHELL script: decides how its value is written.</summary>
internal enum ShellContext { Unquoted, DoubleQuoted, SingleQuoted, AnsiC, Heredoc, Literal }
