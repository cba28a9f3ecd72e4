using Drover.Agent.Running;
using Microsoft.Extensions.Logging;

namespace Drover.Agent;

/// <summary>
/// Where the enrollment token comes from: a file (--enroll-token-file) or the environment (DROVER_ENROLL_TOKEN, or the
/// old DROVER_TOKEN). The old --token still works, with a warning: any local user can read a command line.
/// </summary>
internal static class EnrollTokenInput
{
    /// <summary>The token, or "" if none was given. The file wins over --token, which wins over the environment.</summary>
    public static string Read(string? file, string? commandLineToken, ILogger logger)
    {
        if (!string.IsNullOrEmpty(file))
        {
            return ReadFile(file, logger);
        }
        if (!string.IsNullOrEmpty(commandLineToken))
        {
            logger.LogWarning("--token is deprecated: a secret on the command line is readable by any local user " +
                "(/proc/PID/cmdline, ps). Put the enrollment token in a file and use --enroll-token-file, or set {Variable}",
                SecretVariables.EnrollToken);
            return commandLineToken.Trim();
        }
        if (Environment.GetEnvironmentVariable(SecretVariables.EnrollToken) is { Length: > 0 } fromEnv)
        {
            return fromEnv.Trim();
        }
        if (Environment.GetEnvironmentVariable(SecretVariables.LegacyToken) is { Length: > 0 } legacy)
        {
            // Not a warning (the environment is private to the agent's user), but the CLI reads the same name
            // for an API token, and an API token is no enrollment token.
            logger.LogInformation("Using {Legacy} as the enrollment token; prefer {Variable}", SecretVariables.LegacyToken, SecretVariables.EnrollToken);
            return legacy.Trim();
        }
        return "";
    }

    private static string ReadFile(string file, ILogger logger)
    {
        string token;
        try
        {
            token = File.ReadAllText(file).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot read the enrollment token file {file}: {e.Message}", e);
        }
        if (token.Length == 0)
        {
            throw new IOException($"the enrollment token file {file} is empty");
        }
        // A warning, not a refusal: the token is short-lived and limited in uses, and mounted secrets
        // (Kubernetes: 0644 by default) are often readable by all.
        if (!OperatingSystem.IsWindows() &&
            (File.GetUnixFileMode(file) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
        {
            logger.LogWarning("The enrollment token file {File} is readable by other users; chmod 600 it, or remove it once the hosts are enrolled", file);
        }
        return token;
    }
}
