using Drover.Domain.Common;
using Microsoft.AspNetCore.Http.Features;

namespace Drover.Server.Http;

/// <summary>
/// Turns <see cref="CocError"/> into <c>{error_code, error_msg}</c>. Anything else escaping an endpoint is a bug on our
/// side: logged in full, answered 500 with a generic message and no internals.
/// </summary>
public sealed class CocErrorMiddleware(RequestDelegate next, ILogger<CocErrorMiddleware> log)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        // Every answer names its request id (the client's X-Request-Id, else the server's), as COC's opsflow APIs do:
        // the same id is in the audit log and the server's log lines.
        ctx.Response.Headers["X-Request-Id"] = Drover.Server.Audit.AuditLog.RequestId(ctx);
        try
        {
            NulCharacters.RejectIn(ctx.Request);
            await next(ctx);
        }
        catch (CocError e) when (!ctx.Response.HasStarted)
        {
            await Write(ctx, e.Status, e.Code, e.Message);
        }
        catch (BadHttpRequestException e) when (!ctx.Response.HasStarted)
        {
            // Kestrel found the body itself wrong while it was read: too large, too slow, or badly framed.
            var (status, code, message) = BodyProblem(ctx, e);
            await Write(ctx, status, code, message);
        }
        catch (Exception e) when (e is TimeoutException or Orleans.Runtime.SiloUnavailableException && !ctx.Response.HasStarted)
        {
            // The writer of the ticket or execution did not answer (its server is dying, or the database stalls): what
            // was asked may still be applied, so the caller is told the outcome is pending, not that it failed.
            await Write(ctx, 503, ErrorCodes.OutcomePending,
                $"no answer from the writer of this resource in time ({e.Message}); check its state before asking again", retryAfterSeconds: 5);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            log.LogError(e, "Unhandled error on {Method} {Path}", ctx.Request.Method, ctx.Request.Path);
            await Write(ctx, 500, ErrorCodes.InternalError, "internal server error");
        }
    }

    /// <summary>COC's ErrorRsp allows 2-512 characters of error_msg; a message echoing a huge id or path is cut to fit.</summary>
    public const int MaxMessageLength = CocErrorResponse.MaxMessageLength;

    /// <summary>Where the error code answered is left for the audit of refused writes.</summary>
    public const string ErrorCodeKey = CocErrorResponse.ErrorCodeKey;

    private static (int Status, string Code, string Message) BodyProblem(HttpContext ctx, BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => (413, ErrorCodes.RequestTooLarge,
            $"request body: larger than the {ctx.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize} bytes " +
            $"{ctx.Request.Method} {ctx.Request.Path} accepts (Drover:BodyLimits)"),
        StatusCodes.Status408RequestTimeout => (408, ErrorCodes.RequestTimedOut,
            "request body: arrived too slowly, or not in full (fewer bytes than Content-Length)"),
        _ => (400, ErrorCodes.MalformedBody, $"request body: {e.Message}"),
    };

    private Task Write(HttpContext ctx, int status, string code, string message, int? retryAfterSeconds = null)
    {
        if (status is 401 or 403)
            log.LogWarning("{Method} {Path} refused {Status} {Code}: {Message} (from {Source})", ctx.Request.Method, ctx.Request.Path, status, code, message,
                ctx.Connection.RemoteIpAddress);
        return CocErrorResponse.WriteAsync(ctx, status, code, message, retryAfterSeconds);
    }
}
