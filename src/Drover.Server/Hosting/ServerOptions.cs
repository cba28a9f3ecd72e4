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

    /// <summary>How often agents heartbeat, and how long silence makes one OFFLINE.</summary>
    public int HeartbeatSeconds { get; set; } = 10;
    public int AgentOfflineAfterSeconds { get; set; } = 30;

    /// <summary>
    /// semantics §2 <c>agent_lost_seconds</c>: how long the server waits for a disconnected agent before its running hosts
    /// become ABNORMAL (<c>agent lost</c>) and kills it was asked for are no longer awaited.
    /// </summary>
    public int AgentLostSeconds { get; set; } = 120;

    /// <summary>
    /// How long a new agent stream may take to send its Hello: a stream that says nothing is closed past it, rather than
    /// held (and its connection's resources) forever.
    /// </summary>
    public int AgentHelloSeconds { get; set; } = 10;

    /// <summary>
    /// How long past its timeout the server waits for a started host's result: the agent kills a script at its timeout
    /// and reports; an agent that accepted a task and then only heartbeats has its host ended ABNORMAL
    /// (<c>timed out: no result from the agent</c>) once this grace has passed too.
    /// </summary>
    public int ResultGraceSeconds { get; set; } = 60;
}
