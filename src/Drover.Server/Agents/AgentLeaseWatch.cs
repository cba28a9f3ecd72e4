using Microsoft.Extensions.Options;

namespace Drover.Server.Agents;

/// <summary>
/// Marks agents OFFLINE when their heartbeats stop, checking a few times per lease: those silent on another replica
/// (or on none), and those whose stream here is open but silent (a stopped agent's connection stays open). A silent
/// stream here is closed, which makes its agent OFFLINE and starts its <c>agent_lost_seconds</c> (<see cref="LostAgents"/>);
/// the agent, if it ever resumes, sees the stream ended and dials again. Silence during a pause of this server is not the
/// agent's (<see cref="ServerPauses"/>).
/// </summary>
public sealed class AgentLeaseWatch(AgentRegistry registry, AgentSessions sessions, ServerPauses pauses, IOptions<AgentOptions> options,
    TimeProvider clock, ILogger<AgentLeaseWatch> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var lease = TimeSpan.FromSeconds(options.Value.AgentOfflineAfterSeconds);
        // A stream is silent only past two heartbeats at least: a lease set shorter than the heartbeat would otherwise
        // close every healthy stream between two of its heartbeats.
        var twoBeats = TimeSpan.FromSeconds(2 * options.Value.HeartbeatSeconds);
        var silence = lease > twoBeats ? lease : twoBeats;
        using var timer = new PeriodicTimer(lease / 3, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                CloseSilent(silence);
                var n = await registry.ExpireAsync(lease, sessions.IsConnected, ct);
                if (n > 0) log.LogInformation("{Count} agents went OFFLINE (no heartbeat for {Lease})", n, lease);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Agent lease check failed");
            }
        }
    }

    private void CloseSilent(TimeSpan silence)
    {
        var cutoff = clock.GetUtcNow() - silence;
        foreach (var s in sessions.Snapshot())
        {
            if (pauses.SilentSince(s.LastHeard) >= cutoff) continue;
            log.LogWarning("Agent {Host} sent nothing for {Silence} on an open stream (session {Session}): closed, the agent is OFFLINE",
                s.Host, silence, s.Id);
            s.Close();
        }
    }
}
