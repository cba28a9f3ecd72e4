using System.CommandLine;

namespace Drover.Cli.Commands;

/// <summary>
/// Shell completion: <c>drover completion bash|zsh|fish</c> prints a script for the shell, which asks
/// <c>drover __complete WORD...</c> for the candidates at the cursor (commands, options, the values an option accepts),
/// computed by the same command tree that parses the line, so completion never disagrees with the CLI.
/// </summary>
internal static class ShellCompletion
{
    public const string Command = "__complete";

    public static Command Build(CliStreams streams)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or fish" }.AcceptOnlyFromAmong("bash", "zsh", "fish");
        var command = new Command("completion", "Print the shell completion script: eval \"$(drover completion bash)\" in ~/.bashrc") { shell };
        command.SetAction(r =>
        {
            streams.Out.Write(r.GetValue(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                _ => Fish,
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Candidates for the last of <paramref name="typed"/> (the word being completed, maybe empty), one per line.</summary>
    public static int Complete(RootCommand root, string[] typed, TextWriter stdout)
    {
        var partial = typed.Length == 0 ? "" : typed[^1];
        var before = typed.Length == 0 ? [] : typed[..^1];
        // After an option that takes a value: that option's values (statuses, formats, ...); else what the parser offers.
        var option = before.Length > 0 && before[^1].StartsWith('-') ? OptionNamed(root.Parse(before).CommandResult, before[^1]) : null;
        var labels = option is not null
            ? option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label)
            : root.Parse([.. before, partial]).GetCompletions().Select(c => c.Label);
        var candidates = labels
            .Where(l => l.StartsWith(partial, StringComparison.Ordinal) && l != Command && !l.StartsWith('/') && l != "-?"
                        && !(l.StartsWith('-') && !partial.StartsWith('-')))
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var c in candidates) stdout.WriteLine(c);
        return ExitCodes.Ok;
    }

    private static Option? OptionNamed(System.CommandLine.Parsing.CommandResult? command, string name)
    {
        for (var c = command; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
            foreach (var o in c.Command.Options)
                if (o.Name == name || o.Aliases.Contains(name)) return o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool) ? o : null;
        return null;
    }

    private const string Bash = """
        # drover completion for bash: eval "$(drover completion bash)"
        _drover() {
          local IFS=$'\n'
          COMPREPLY=($(drover __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
        }
        complete -o default -F _drover drover

        """;

    private const string Zsh = """
        # drover completion for zsh: eval "$(drover completion zsh)"
        _drover() {
          local -a candidates
          candidates=("${(@f)$(drover __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
          compadd -a candidates
        }
        compdef _drover drover

        """;

    private const string Fish = """
        # drover completion for fish: drover completion fish | source
        complete -c drover -f -a '(drover __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'

        """;
}
