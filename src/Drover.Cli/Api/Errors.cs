namespace Drover.Cli.Api;

/// <summary>The server answered with an error body (<c>{"error_code","error_msg"}</c>) or an error status.</summary>
internal sealed class DroverApiException(int statusCode, string errorCode, string errorMsg)
    : Exception($"{errorCode}: {errorMsg}")
{
    public int StatusCode { get; } = statusCode;
    public string ErrorCode { get; } = errorCode;
    public string ErrorMsg { get; } = errorMsg;

    /// <summary>4xx: the request was refused (bad input, missing ticket, no credentials), as opposed to a server fault.</summary>
    public bool IsRefusal => StatusCode is >= 400 and < 500;
}

/// <summary>No HTTP answer at all: connection refused, DNS failure, TLS failure or timeout.</summary>
internal sealed class ServerUnreachableException(Uri server, string reason, Exception? inner = null)
    : Exception($"cannot reach the Drover server at {server}: {reason}", inner)
{
    public Uri Server { get; } = server;
}

/// <summary>The server answered 2xx but not with something the CLI can read.</summary>
internal sealed class UnexpectedAnswerException(string message, Exception? inner = null) : Exception(message, inner);
