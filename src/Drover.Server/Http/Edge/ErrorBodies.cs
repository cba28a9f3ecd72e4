using Drover.Domain.Common;
using Drover.Server.Security.Access;
using Microsoft.AspNetCore.Http.Features;

namespace Drover.Server.Http.Edge;

/// <summary>
/// The outermost middleware: an error the framework answers without a body (404 of a path nothing serves, 405, a 413
/// or 400 Kestrel raised outside an endpoint) gets COC's <c>{error_code, error_msg}</c> like every other error. gRPC
/// calls are left alone: their errors travel in trailers.
/// </summary>
public sealed class ErrorBodies(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        await next(ctx);
        var r = ctx.Response;
        if (r.StatusCode < 400 || r.HasStarted || r.ContentType is not null || r.ContentLength is > 0) return;
        if (ctx.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true) return;
        var (code, message) = Describe(ctx, r.StatusCode);
        await CocErrorResponse.WriteAsync(ctx, r.StatusCode, code, message);
    }

    private static (string Code, string Message) Describe(HttpContext ctx, int status)
    {
        // CONNECT and OPTIONS * have no path: name the target they asked for.
        var target = ctx.Request.Path.HasValue ? ctx.Request.Path.ToString() : ctx.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var what = $"{ctx.Request.Method} {target}";
        return status switch
        {
            404 => (ErrorCodes.InvalidParameter, $"no API at {what}"),
            405 => (ErrorCodes.InvalidParameter, $"{ctx.Request.Method} is not allowed on {target}"),
            401 => (ErrorCodes.Unauthorized, Credentials.Refused),
            403 => (ErrorCodes.Forbidden, $"{what}: forbidden"),
            408 => (ErrorCodes.RequestTimedOut, $"{what}: the request arrived too slowly"),
            413 => (ErrorCodes.RequestTooLarge, $"{what}: the request body is too large (Drover:BodyLimits)"),
            415 => (ErrorCodes.MalformedBody, $"{what}: Content-Type {ctx.Request.ContentType} is not accepted; send application/json"),
            429 => (ErrorCodes.Throttled, "The throttling threshold has been reached (Drover:RateLimits)"),
            _ when status < 500 => (ErrorCodes.MalformedBody, $"{what}: the request is malformed (HTTP {status})"),
            _ => (ErrorCodes.InternalError, "internal server error"),
        };
    }
}
