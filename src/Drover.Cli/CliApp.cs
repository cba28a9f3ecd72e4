using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Drover.Cli.Auth;
using Drover.Cli.Commands;

namespace Drover.Cli;

/// <summary>
/// The whole CLI behind one call, so integration tests can run <c>drover</c> commands in-process against a
/// real server and read what they print.
/// </summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and answers its exit code.</summary>
    /// <param name="args">Arguments as after <c>drover</c> on a command line.</param>
    /// <param name="stdout">Receives results (tables, ids, JSON).</param>
    /// <param name="stderr">Receives <c>error: ...</c> lines, warnings and parse errors.</param>
    /// <param name="handler">Optional HTTP handler (e.g. a test server's); not disposed.</param>
    /// <param name="ct">Cancels the running command (exit 130).</param>
    /// <param name="stdin">Where <c>--password-stdin</c> reads from (default: the process's stdin).</param>
    /// <param name="environment">Overrides environment variables (a null value unsets one), so tests can run in parallel.</param>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, HttpMessageHandler? handler = null, CancellationToken ct = default,
        TextReader? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        // Only the real console gets live displays and colours; anything else (pipes, test writers) gets plain text.
        var console = ReferenceEquals(stdout, Console.Out);
        var streams = new CliStreams(stdout, stderr, handler, IsTerminal: console && !Console.IsOutputRedirected)
        {
            In = stdin ?? Console.In,
            // Passwords are typed without echo only at a real terminal; a test's reader or a pipe never prompts.
            InteractiveInput = stdin is null && console && !Console.IsInputRedirected,
            Environment = new CliEnvironment(environment),
        };
        var root = Build(streams);
        if (args is [ShellCompletion.Command, .. var typed]) return Task.FromResult(ShellCompletion.Complete(root, typed, stdout));
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Ctrl+C handling hooks process-wide signals: right for the real process, wrong inside a test host.
            ProcessTerminationTimeout = console ? TimeSpan.FromSeconds(2) : null,
        };
        var result = root.Parse(args);
        if (result.Action is ParseErrorAction)
        {
            // System.CommandLine would also print the full help to stdout, which breaks `--output json` consumers.
            foreach (var error in result.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine($"see: {CommandPath(result.CommandResult)} --help");
            return Task.FromResult(ExitCodes.Failed);
        }
        return result.InvokeAsync(configuration, ct);
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? s = command; s is not null; s = s.Parent)
            if (s is CommandResult c) names.Insert(0, c.Command is RootCommand ? "drover" : c.Command.Name);
        return string.Join(' ', names);
    }

    internal static RootCommand Build(CliStreams streams)
    {
        var globals = new GlobalOptions();
        var session = new Session(streams, globals);
        var root = new RootCommand("drover: run scripts and jobs across fleets of hosts in batches (Drover / COC-compatible job API)");
        globals.AddTo(root);
        root.Add(ScriptCommands.Build(session));
        root.Add(TicketCommands.Build(session));
        root.Add(LogCommands.Build(session));
        root.Add(JobCommands.Build(session));
        root.Add(ExecutionCommands.Build(session));
        root.Add(AgentCommands.Build(session));
        foreach (var command in AuthCommands.Build(session)) root.Add(command);
        root.Add(ProjectCommands.Build(session));
        root.Add(UserCommands.Build(session));
        root.Add(KeyCommands.Build(session));
        root.Add(EnrollmentCommands.Build(session));
        root.Add(AuditCommands.Build(session));
        root.Add(ShellCompletion.Build(streams));
        return root;
    }
}
