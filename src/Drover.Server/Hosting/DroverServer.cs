using Drover.Server.Agents;
using Drover.Server.Agents.Api;
using Drover.Server.Audit;
using Drover.Server.Audit.Api;
using Drover.Server.Cluster;
using Drover.Server.Events;
using Drover.Server.Hosting.Tls;
using Drover.Server.Http;
using Drover.Server.Http.Edge;
using Drover.Server.Jobs;
using Drover.Server.Jobs.Api;
using Drover.Server.Limits;
using Drover.Server.Monitoring;
using Drover.Server.Output;
using Drover.Server.Scripts.Api;
using Drover.Server.Security;
using Drover.Server.Security.Access;
using Drover.Server.Security.Api;
using Drover.Server.Security.Identity;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage.Providers;
using Drover.Server.Tickets;
using Drover.Server.Tickets.Api;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Drover.Server.Hosting;

/// <summary>Builds the whole server: used by Program and, in process, by the integration tests.</summary>
public static class DroverServer
{
    private const string AgentGrpcPrefix = "/drover.agent.v1.AgentGateway/";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        ServerConfiguration.Apply(builder.Configuration, args);
        customize?.Invoke(builder);

        var options = builder.Configuration.GetSection("Drover").Get<ServerOptions>() ?? new ServerOptions();
        ServerLogs.Configure(builder.Logging, builder.Configuration, options.LogFormat);
        var agents = builder.Configuration.GetSection("Drover").Get<AgentOptions>() ?? new AgentOptions();
        var dataDir = Path.GetFullPath(options.DataDir);
        DataDirectory.Prepare(dataDir, Console.Out);
        var security = builder.Configuration.GetSection("Drover:Security").Get<SecurityOptions>() ?? new SecurityOptions();
        var token = AdminTokenFile.Resolve(security, dataDir, Console.Out);
        var secrets = SecretKeys.Load(security, dataDir);

        // Refused addresses and certificates stop the start here, before anything is opened.
        string[] listens = [options.Listen, options.AgentListen];
        Array.ForEach(listens, ListenAddress.Check);
        var tls = ServerCertificate.Resolve(builder.Configuration.GetSection("Drover:Tls").Get<TlsOptions>() ?? new TlsOptions(),
            dataDir, listens, Console.Out);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Each port is TLS or not by its own scheme; the agents' port stays HTTP/2 only (ALPN h2) either way.
            ListenAddress.Bind(k, options.Listen, HttpProtocols.Http1AndHttp2, tls?.Certificate);
            ListenAddress.Bind(k, options.AgentListen, HttpProtocols.Http2, tls?.Certificate);
            // Many simulated hosts share one agent connection; each host is one stream.
            k.Limits.Http2.MaxStreamsPerConnection = 10_000;
            // A peer that stops answering (a stopped agent, a dead host behind an open connection) is found by HTTP/2
            // pings within about two agent leases (Kestrel sets these per server, not per port; the API port is unharmed).
            k.Limits.Http2.KeepAlivePingDelay = TimeSpan.FromSeconds(Math.Max(1, agents.AgentOfflineAfterSeconds));
            k.Limits.Http2.KeepAlivePingTimeout = TimeSpan.FromSeconds(Math.Max(1, agents.AgentOfflineAfterSeconds));
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });

        var database = DatabaseTarget.Parse(options.Database, dataDir);
        builder.AddDrover(database, new BootstrapSecret(token), secrets);

        var app = builder.Build();
        app.Logger.LogInformation("Storage: {Database}", database.Describe);
        if (ServerConfiguration.SecretOnCommandLine(args))
            app.Logger.LogWarning("A secret was given on the command line, where every local user can read it (/proc/PID/cmdline): " +
                                  "use --admin-token-file, DROVER_ADMIN_TOKEN or <data-dir>/admin-token instead");
        if (tls is not null) app.Logger.LogInformation("TLS certificate {File}, SHA-256 fingerprint {Fingerprint}", tls.File, tls.Fingerprint);
        Storage.Providers.Storage.Migrate(app.Services);
        var adopted = ProjectAdoption.AdoptAsync(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Storage.DroverDb>>(),
            TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        if (adopted > 0) app.Logger.LogInformation("Projects: {Count} project id(s) found in the data got their project", adopted);

        var agentPort = ListenAddress.Port(options.AgentListen);
        var apiPort = ListenAddress.Port(options.Listen);
        app.UseErrorBodies();
        // The agents' port serves the agent gateway only; the API port never serves it.
        app.Use(async (ctx, next) =>
        {
            var isAgentCall = ctx.Request.Path.StartsWithSegments(AgentGrpcPrefix.TrimEnd('/'));
            if (isAgentCall != (ctx.Connection.LocalPort == agentPort))
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(ctx);
        });
        app.UseAddressLimits(apiPort);
        app.UseWhen(IsApi, api => api.UseMiddleware<RequestTiming>());
        app.UseWhen(IsApi, api => api.UseMiddleware<RefusedWrites>());
        app.UseMiddleware<CocErrorMiddleware>();
        app.UseBodyLimits(apiPort);
        app.UseWhen(IsApi, api => api.UseMiddleware<RequestAuthentication>());
        app.UseCallerLimits(IsApi);

        app.MapMonitoring();
        app.MapScripts();
        app.MapScriptRisk();
        app.MapTickets();
        app.MapTicketEvents();
        app.MapAgents();
        app.MapDocuments();
        app.MapAtomics();
        app.MapExecutions();
        app.MapExecutionEvents();
        app.MapTokens();
        app.MapProjects();
        app.MapUsers();
        app.MapAccessKeys();
        app.MapEnrollments();
        app.MapAgentCredentials();
        app.MapAudit();
        app.MapGrpcService<AgentGatewayService>();
        // Unknown paths under /v1 answer in COC's shape too.
        app.MapFallback("/v1/{**rest}", NoApi).AllowAuthenticated();
        app.MapFallback("/v3/{**rest}", NoApi).AllowAuthenticated();
        return app;
    }

    /// <summary>Every feature of the server, one registration per folder.</summary>
    private static void AddDrover(this WebApplicationBuilder builder, DatabaseTarget database, BootstrapSecret bootstrap, SecretBox secrets)
    {
        var s = builder.Services;
        s.AddOptions<ServerOptions>().BindConfiguration("Drover");
        s.Configure<JsonOptions>(o => CocJson.Configure(o.SerializerOptions));
        // A clock registered before (the engine tests' fake one) stands.
        s.TryAddSingleton(TimeProvider.System);
        s.AddSecurity(bootstrap, secrets);
        s.AddDroverDatabase(database);
        s.AddSingleton<AuditLog>();
        s.AddLimits();
        builder.AddCluster(database);
        s.AddAgents();
        s.AddTickets();
        s.AddEvents();
        s.AddMonitoring();
        s.AddJobs(builder.Configuration);
        s.AddSingleton<OutputStore>();
        s.AddSingleton<ChunkWriter>();
        s.AddEdge();
    }

    private static IResult NoApi(HttpContext ctx) =>
        throw new CocError(404, Domain.Common.ErrorCodes.InvalidParameter, $"no API at {ctx.Request.Method} {ctx.Request.Path}");

    private static bool IsApi(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/v1") || ctx.Request.Path.StartsWithSegments("/v3") || ctx.Request.Path.StartsWithSegments("/metrics");
}
