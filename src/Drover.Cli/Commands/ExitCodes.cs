namespace Drover.Cli.Commands;

/// <summary>Process exit codes; scripts around <c>drover</c> branch on these.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Anything else: bad usage, unreadable file, server fault (5xx), a watched ticket ending ABNORMAL or CANCELED.</summary>
    public const int Failed = 1;

    /// <summary>The server refused the request (HTTP 4xx with error_code/error_msg).</summary>
    public const int Refused = 2;

    /// <summary>No answer from the server (connection refused, DNS, timeout).</summary>
    public const int Unreachable = 3;

    /// <summary><c>script risk</c>: the script's risk level is HIGH (or one the CLI does not know, read as HIGH), for CI gates.</summary>
    public const int RiskHigh = 4;

    /// <summary><c>script risk</c>: the script's risk level is MEDIUM.</summary>
    public const int RiskMedium = 5;

    /// <summary>Ctrl+C, as shells report SIGINT.</summary>
    public const int Interrupted = 130;
}

/// <summary>The operator asked for something the CLI cannot do as given; reported as <c>error: message</c>, exit 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
