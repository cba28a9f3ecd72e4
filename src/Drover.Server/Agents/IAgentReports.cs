using Drover.Protocol;

namespace Drover.Server.Agents;

/// <summary>
/// What a host's agent reports, for the work that dispatched to it. The agents' side knows hosts and streams, not
/// tickets: the tickets implement this, so <c>Agents/</c> depends on them only through it.
/// </summary>
public interface IAgentReports
{
    /// <summary>The attempt a dispatch id names, if it is this host's: an agent reports only its own work.</summary>
    Task<HostAttempt?> AttemptOfAsync(HostKey host, string dispatchId, CancellationToken ct);

    Task StartedAsync(HostKey from, TaskAccepted accepted, CancellationToken ct);

    /// <summary>Applies a result; true once it is durably handled (applied, or recognised as late).</summary>
    Task<bool> EndedAsync(HostKey from, TaskResult result, CancellationToken ct);

    /// <summary>
    /// An agent connected: what it should be running and does not have is sent again, and what is no longer wanted is
    /// killed. <paramref name="openDispatchIds"/> is what the agent says it has open; null when unknown.
    /// </summary>
    Task ConnectedAsync(HostKey host, IReadOnlyCollection<string>? openDispatchIds, CancellationToken ct);

    /// <summary>The host's agent stayed away past <c>agent_lost_seconds</c>; returns how many of its hosts' attempts ended.</summary>
    Task<int> LostAsync(HostKey host, CancellationToken ct);
}

/// <summary>One attempt of one host of a ticket, as its output is stored.</summary>
public readonly record struct HostAttempt(long InstanceId, int Attempt);
