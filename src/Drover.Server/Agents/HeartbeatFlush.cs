namespace Drover.Server.Agents;

/// <summary>Writes the agents' heartbeats once a second, all in one transaction (see <see cref="AgentRegistry.Heartbeat"/>).</summary>
public sealed class HeartbeatFlush(AgentRegistry registry, AgentSessions sessions, TimeProvider clock, ILogger<HeartbeatFlush> log)
    : BackgroundService
{
    /// <summary>Small beside the lease (30 s): a heartbeat is on disk a second late at most, or lost with a crash.</summary>
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                await registry.FlushHeartbeatsAsync(sessions.IsConnected, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Writing agent heartbeats failed");
            }
        }
    }
}
