namespace Drover.Server.Hosting;

/// <summary>
/// The server's log format (<c>--log-format</c>): <c>text</c>, a line per entry for a person, or <c>json</c>, an object per
/// line for a log collector, with the log scopes: ASP.NET Core's per request (its trace id and path) and
/// <c>Monitoring/RequestTiming</c>'s with the request id every answer names in <c>X-Request-Id</c>.
/// </summary>
public static class ServerLogs
{
    /// <summary>
    /// Libraries that log every step at Information (EF Core each SQL statement, Orleans its options and membership,
    /// ASP.NET Core five lines per request): Warning and above only, unless the configuration names a level for them
    /// (<c>Logging:LogLevel:Orleans</c>, ...). Left on, a 1,000-host ticket wrote thousands of lines a second. Requests
    /// are logged once each instead, as <c>Drover.Requests</c> (<c>Monitoring/RequestTiming</c>).
    /// </summary>
    private static readonly string[] Chatty = ["Microsoft.EntityFrameworkCore", "Orleans", "Microsoft.AspNetCore"];

    public static void Configure(ILoggingBuilder logging, IConfiguration configuration, string format)
    {
        foreach (var category in Chatty)
            if (configuration[$"Logging:LogLevel:{category}"] is null) logging.AddFilter(category, LogLevel.Warning);
        switch (format)
        {
            case "text":
                logging.AddSimpleConsole(o => o.IncludeScopes = false);
                break;
            case "json":
                logging.ClearProviders();
                logging.AddJsonConsole(o =>
                {
                    o.IncludeScopes = true;
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                });
                break;
            default:
                throw new InvalidOperationException($"--log-format {format}: must be text or json");
        }
    }
}
