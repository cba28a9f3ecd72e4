namespace Drover.Server.Jobs.ApiStep;

public enum ApiCallOutcome
{
    /// <summary>2xx, and every declared output was found.</summary>
    Succeeded,
    /// <summary>Sent, but the answer was not 2xx, could not be reached, or an output was missing.</summary>
    Failed,
    /// <summary>No complete answer within the step's timeout.</summary>
    TimedOut,
    /// <summary>Not sent (or a redirect not followed): the request breaks a rule, e.g. a host not allowed.</summary>
    Refused,
}

/// <param name="StatusCode">The final HTTP status; null when no answer came.</param>
/// <param name="Message">For the step's log: what was called and what came back. Never holds request headers.</param>
/// <param name="Outputs">Output name → value; empty unless <see cref="ApiCallOutcome.Succeeded"/>.</param>
public sealed record ApiCallResult(
    ApiCallOutcome Outcome, int? StatusCode, string Message, IReadOnlyDictionary<string, string> Outputs);
