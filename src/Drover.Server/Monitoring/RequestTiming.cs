using System.Diagnostics;
using System.Globalization;

namespace Drover.Server.Monitoring;

/// <summary>
/// Times every API request into <c>drover_api_request_duration_seconds</c>, labelled by its route pattern (never its
/// path: ids in paths would make a series per ticket), and logs each once (category <c>Drover.Requests</c>, Information)
/// with its request id in the log scope.
/// </summary>
public sealed class RequestTiming(RequestDelegate next, DroverMetrics metrics, ILoggerFactory logs)
{
    private readonly ILogger log = logs.CreateLogger("Drover.Requests");

    public async Task InvokeAsync(HttpContext ctx)
    {
        var started = Stopwatch.GetTimestamp();
        using var scope = log.BeginScope("Request {RequestId}", Audit.AuditLog.RequestId(ctx));
        try
        {
            await next(ctx);
        }
        finally
        {
            var route = (ctx.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (!route.EndsWith("/events", StringComparison.Ordinal))
                metrics.ApiLatency.WithLabels(ctx.Request.Method, route, ctx.Response.StatusCode.ToString(CultureInfo.InvariantCulture))
                    .Observe(elapsed.TotalSeconds);
            if (log.IsEnabled(LogLevel.Information))
                log.LogInformation("{Method} {Path} answered {Status} in {Milliseconds:0.0} ms", ctx.Request.Method, ctx.Request.Path.Value,
                    ctx.Response.StatusCode, elapsed.TotalMilliseconds);
        }
    }
}
