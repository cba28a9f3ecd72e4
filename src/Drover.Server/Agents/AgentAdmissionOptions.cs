namespace Drover.Server.Agents;

/// <summary>
/// How the gateway admits agents that say Hello (configuration section <c>Drover:Agents:Admission</c>). Registering a
/// host writes the agents table and looks up the work it should be running; after a server restart the whole fleet does
/// it at once.
/// </summary>
public sealed class AgentAdmissionOptions
{
    /// <summary>
    /// Hellos registered (and their hosts' work looked up) at the same time. SQLite has one writer and its calls hold a
    /// thread while they wait: more than a few at once adds no throughput and starves the thread pool (with 8, /healthz
    /// stalled past 5 s in a 1,000-agent storm on 2 cores; with 2 or 4, under a second).
    /// </summary>
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>Hellos waiting for their turn; one more is refused with RESOURCE_EXHAUSTED and a retry hint.</summary>
    public int MaxQueued { get; set; } = 256;

    /// <summary>How long a refused agent is told to wait before dialing again (it adds up to as much again at random).</summary>
    public int RetryAfterMilliseconds { get; set; } = 2000;
}
