namespace Drover.Server.Agents;

/// <summary>
/// The server's limits on agents' streams. Bound from the section <c>Drover</c> itself (<c>Drover:HeartbeatSeconds</c>,
/// ...), where they have always been set; checked at start (<see cref="AgentRegistration"/>).
/// </summary>
public sealed class AgentOptions
{
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
}
