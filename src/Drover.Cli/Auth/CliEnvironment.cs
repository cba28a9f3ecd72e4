namespace Drover.Cli.Auth;

/// <summary>
/// Environment variables, with per-invocation overrides: tests run many CLI invocations in one process at once,
/// and setting process-wide variables would leak between them.
/// </summary>
internal sealed class CliEnvironment(IReadOnlyDictionary<string, string?>? overrides)
{
    /// <summary>The variable's value; empty counts as unset, as shells treat <c>DROVER_TOKEN=</c>.</summary>
    public string? Get(string name)
    {
        var value = overrides is not null && overrides.TryGetValue(name, out var o) ? o : Environment.GetEnvironmentVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
