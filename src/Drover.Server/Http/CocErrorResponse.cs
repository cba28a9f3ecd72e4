using System.Globalization;

namespace Drover.Server.Http;

/// <summary>
/// Writes <c>{error_code, error_msg}</c>: the one way every error answer is written, from the error middleware and from
/// the edge (rate limits, answers the framework would leave empty) alike.
/// </summary>
public static class CocErrorResponse
{
    /// <summary>COC's ErrorRsp allows 2-512 characters of error_msg; a message echoing a huge id or path is cut to fit.</summary>
    public const int MaxMessageLength = 512;

    /// <summary>Where the error code answered is left for the audit of refused writes.</summary>
    public const string ErrorCodeKey = "drover.error_code";

    public static Task WriteAsync(HttpContext ctx, int status, string code, string message, int? retryAfterSeconds = null)
    {
        if (message.Length > MaxMessageLength) message = string.Concat(message.AsSpan(0, MaxMessageLength - 3), "...");
        ctx.Items[ErrorCodeKey] = code;
        ctx.Response.Clear();
        ctx.Response.Headers["X-Request-Id"] = Drover.Server.Audit.AuditLog.RequestId(ctx);
        ctx.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds) ctx.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ctx.Response.WriteAsJsonAsync(new ErrorBody(code, message), CocJson.Options);
    }

    private sealed record ErrorBody(string ErrorCode, string ErrorMsg);
}
