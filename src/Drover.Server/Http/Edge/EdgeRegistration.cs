namespace Drover.Server.Http.Edge;

/// <summary>
/// The API port's edge, registered as one feature: COC bodies on bare error answers, body limits per endpoint
/// (<see cref="BodyLimitOptions"/>) and request rate limits (<see cref="RateLimitOptions"/>). The agents' port keeps
/// none of the limits: agents have their own admission control.
/// </summary>
public static class EdgeRegistration
{
    public static IServiceCollection AddEdge(this IServiceCollection s)
    {
        s.AddOptions<RateLimitOptions>().BindConfiguration("Drover:RateLimits")
            .Validate(o => o.PerCaller.IsValid && o.PerAddress.IsValid,
                "Drover:RateLimits:PerCaller and PerAddress need Permits between 1 and 10000000 and WindowSeconds between 1 and 86400")
            .ValidateOnStart();
        s.AddOptions<BodyLimitOptions>().BindConfiguration("Drover:BodyLimits")
            .Validate(o => o.IsValid, "Drover:BodyLimits: SmallBytes must be at least 1024, MaxBytes at least SmallBytes and at most 1 GiB, ContentOverheadBytes not negative")
            .ValidateOnStart();
        s.AddRateLimiter(_ => { });
        s.AddSingleton<ApiRateLimits>();
        return s;
    }

    /// <summary>First in the pipeline, so it sees every answer.</summary>
    public static void UseErrorBodies(this WebApplication app) => app.UseMiddleware<ErrorBodies>();

    /// <summary>Before authentication (and before refused writes are audited): every API-port request but health checks.</summary>
    public static void UseAddressLimits(this WebApplication app, int apiPort)
    {
        var limits = app.Services.GetRequiredService<ApiRateLimits>();
        if (!limits.Enabled) return;
        app.UseWhen(ctx => ctx.Connection.LocalPort == apiPort && !ctx.Request.Path.Equals("/healthz"),
            a => a.UseRateLimiter(limits.AddressLimiter()));
    }

    /// <summary>After routing, before anything reads a body.</summary>
    public static void UseBodyLimits(this WebApplication app, int apiPort) =>
        app.UseWhen(ctx => ctx.Connection.LocalPort == apiPort, a => a.UseMiddleware<BodyLimits>());

    /// <summary>After authentication: the caller is known.</summary>
    public static void UseCallerLimits(this WebApplication app, Func<HttpContext, bool> isApi)
    {
        var limits = app.Services.GetRequiredService<ApiRateLimits>();
        if (!limits.Enabled) return;
        app.UseWhen(isApi, a => a.UseRateLimiter(limits.CallerLimiter()));
    }
}
