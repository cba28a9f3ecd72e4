namespace Drover.Server.Hosting;

/// <summary>Where the server listens and keeps its state (configuration section <c>Drover</c>; command-line switches map here).</summary>
public sealed class ServerOptions
{
    /// <summary>REST API (and later the console).</summary>
    public string Listen { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The agents' gRPC endpoint: HTTP/2 only.</summary>
    public string AgentListen { get; set; } = "http://127.0.0.1:8081";

    public string DataDir { get; set; } = "./.drover";

    /// <summary>Empty: SQLite under <see cref="DataDir"/>. Else PostgreSQL (see <c>Storage/Providers/DatabaseTarget</c>).</summary>
    public string? Database { get; set; }

    /// <summary><c>text</c> (default: one readable line per entry) or <c>json</c> (one JSON object per line, with each
    /// request's id and path from the log scopes: for a log collector).</summary>
    public string LogFormat { get; set; } = "text";
}
