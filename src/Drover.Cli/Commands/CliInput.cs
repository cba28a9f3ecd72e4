using Drover.Cli.Auth;

namespace Drover.Cli.Commands;

/// <summary>What an invocation reads: stdin (for <c>--password-stdin</c>) and the environment.</summary>
internal sealed partial record CliStreams
{
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>A person at a terminal can be asked for a password (typed without echo).</summary>
    public bool InteractiveInput { get; init; }

    public CliEnvironment Environment { get; init; } = new(null);
}
