using Drover.Server.Security;
using Drover.Server.Security.Access;
using Prometheus;

namespace Drover.Server.Monitoring;

public static class MonitoringRegistration
{
    /// <summary>Metrics, their scrape-time gauges, and readiness.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection s)
    {
        s.AddSingleton<DroverMetrics>();
        s.AddSingleton<StateGauges>();
        s.AddSingleton<Readiness>();
        return s;
    }

    /// <summary>
    /// <c>/healthz</c> and <c>/readyz</c> (open: load balancers probe without credentials, and they tell nothing but
    /// alive and ready), and <c>/metrics</c> (authenticated like the API, admin only: it counts every project).
    /// </summary>
    public static void MapMonitoring(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (Readiness readiness, CancellationToken ct) =>
        {
            var checks = await readiness.CheckAsync(ct);
            var ready = checks.All(c => c.Ok);
            return Results.Json(new { ready, checks = checks.Select(c => new { name = c.Name, ok = c.Ok, detail = c.Detail }) },
                statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/metrics", async (HttpContext ctx, DroverMetrics metrics, StateGauges gauges) =>
        {
            await gauges.RefreshAsync(ctx.RequestAborted);
            ctx.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await metrics.Registry.CollectAndExportAsTextAsync(ctx.Response.Body, ctx.RequestAborted);
        }).RequireRole(ProjectRole.Admin);
    }
}
