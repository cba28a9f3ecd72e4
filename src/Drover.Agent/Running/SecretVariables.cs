namespace Drover.Agent.Running;

/// <summary>
/// The environment variables that may carry an agent secret. The agent reads them once at start and then removes
/// them from its own environment, which every child process (every task) would otherwise inherit; launches remove
/// them again from the child's environment in case something set them since (tests, embedders).
/// </summary>
internal static class SecretVariables
{
    public const string EnrollToken = "DROVER_ENROLL_TOKEN";

    /// <summary>The old name, kept as an alias of <see cref="EnrollToken"/>.</summary>
    public const string LegacyToken = "DROVER_TOKEN";

    public static readonly IReadOnlyList<string> Names = [EnrollToken, LegacyToken];

    /// <summary>Removes them from this process's environment (what Process.Start hands on).</summary>
    public static void ScrubFromProcess()
    {
        foreach (var name in Names)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    public static void RemoveFrom(IDictionary<string, string?> environment)
    {
        foreach (var name in Names)
        {
            environment.Remove(name);
        }
    }
}
