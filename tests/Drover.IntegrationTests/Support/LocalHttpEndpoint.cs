using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Support;

/// <summary>A real HTTP server on a loopback port, for jobs' HTTP steps to call. Records the requests it got.</summary>
public sealed class LocalHttpEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    public string Url { get; }
    public List<string> Requests { get; } = [];

    private LocalHttpEndpoint(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public static async Task<LocalHttpEndpoint> StartAsync(Action<WebApplication> map)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var endpoint = new LocalHttpEndpoint(app, $"http://127.0.0.1:{port}");
        app.Use(async (ctx, next) =>
        {
            lock (endpoint.Requests) endpoint.Requests.Add($"{ctx.Request.Method} {ctx.Request.Path}");
            await next(ctx);
        });
        map(app);
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
