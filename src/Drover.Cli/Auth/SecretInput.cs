using Drover.Cli.Commands;

namespace Drover.Cli.Auth;

/// <summary>
/// Reads passwords: typed at the terminal without echo, or one line from stdin with <c>--password-stdin</c>. There is
/// deliberately no <c>--password</c> option: a command line is readable by every local user.
/// </summary>
internal sealed class SecretInput(CliStreams streams)
{
    public string Password(string prompt, bool fromStdin)
    {
        if (fromStdin)
            return streams.In.ReadLine() is { Length: > 0 } line ? line : throw new UsageException("--password-stdin: stdin gave no password line");
        if (!streams.InteractiveInput)
            throw new UsageException("no terminal to ask for the password on: pipe it in with --password-stdin");
        return ReadHidden(prompt);
    }

    /// <summary>A new password: asked twice at the terminal so a typo typed blind is not what gets set.</summary>
    public string NewPassword(bool fromStdin)
    {
        if (fromStdin) return Password("", fromStdin: true);
        var first = Password("new password: ", fromStdin: false);
        var second = Password("new password again: ", fromStdin: false);
        return first == second ? first : throw new UsageException("the two passwords differ");
    }

    /// <summary>
    /// A password that may be left out: the next stdin line with <c>--password-stdin</c> (none: null), else asked at the
    /// terminal (empty: null).
    /// </summary>
    public string? Optional(string prompt, bool fromStdin)
    {
        if (fromStdin) return streams.In.ReadLine() is { Length: > 0 } line ? line : null;
        if (!streams.InteractiveInput) return null;
        var typed = ReadHidden(prompt);
        return typed.Length > 0 ? typed : null;
    }

    /// <summary>A visible answer (a user name); stdin cannot serve when it also carries the password.</summary>
    public string Line(string prompt, string option, bool stdinTaken)
    {
        if (stdinTaken || !streams.InteractiveInput) throw new UsageException($"{option} is required when there is no terminal to ask on");
        streams.Error.Write(prompt);
        return streams.In.ReadLine()?.Trim() is { Length: > 0 } answer ? answer : throw new UsageException($"no answer: {option} is required");
    }

    private string ReadHidden(string prompt)
    {
        streams.Error.Write(prompt);
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0) chars.RemoveAt(chars.Count - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }
        streams.Error.WriteLine();
        return chars.Count > 0 ? new string(chars.ToArray()) : throw new UsageException("no password given");
    }
}
