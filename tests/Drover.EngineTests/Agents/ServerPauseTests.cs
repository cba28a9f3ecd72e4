using Drover.Server.Agents;

namespace Drover.EngineTests.Agents;

/// <summary>
/// A stream silent past its lease (<c>AgentOfflineAfterSeconds</c>, 30 s) is closed, and its agent goes OFFLINE. But while the server itself does
/// not run (starved of CPU, its VM frozen) every stream looks silent: a pause of the server must not close them, and each
/// gets its whole lease again from the pause's end. On the fake clock, one jump of it is exactly such a pause: time passed
/// and the server's pulse did not tick.
/// </summary>
public sealed class ServerPauseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly string Setting = $"--Drover:AgentOfflineAfterSeconds={Lease.TotalSeconds}";

    [Fact]
    public async Task A_stream_silent_past_its_lease_is_closed_while_the_server_runs()
    {
        await using var d = await EngineDrover.StartAsync(Setting);
        var agent = await HostAgent.ConnectAsync(d, "silent");
        var heard = d.Clock.GetUtcNow();

        await RunForAsync(d, Lease);
        agent.Closed.ShouldBeFalse();

        await RunForAsync(d, Lease / 2);
        await EngineDrover.WaitUntilAsync(() => Task.FromResult(agent.Closed), () => "the silent stream to be closed");
        d.Service<ServerPauses>().LastEnded.ShouldBeNull();
        (d.Clock.GetUtcNow() - heard).ShouldBeLessThanOrEqualTo(Lease * 1.5);
    }

    [Fact]
    public async Task After_a_pause_of_the_server_every_stream_has_its_whole_lease_again()
    {
        await using var d = await EngineDrover.StartAsync(Setting);
        var agent = await HostAgent.ConnectAsync(d, "patient");
        await RunForAsync(d, TimeSpan.FromSeconds(5));
        agent.Heartbeat();

        // The server does not run for a minute: twice the lease, with no pulse.
        d.Clock.Advance(TimeSpan.FromSeconds(60));
        var resumed = d.Clock.GetUtcNow();
        await EngineDrover.WaitUntilAsync(() => Task.FromResult(d.Service<ServerPauses>().LastEnded == resumed), () => "the pause to be seen");
        await RunForAsync(d, Lease - TimeSpan.FromSeconds(1));
        agent.Closed.ShouldBeFalse("its silence during the server's pause is not the agent's");

        // Silent for a whole lease after the pause: that silence is the agent's.
        await RunForAsync(d, Lease / 2);
        await EngineDrover.WaitUntilAsync(() => Task.FromResult(agent.Closed), () => "the stream silent since the pause to be closed");
    }

    /// <summary>The server runs for <paramref name="span"/>: the clock moves a second at a time, each seen by the pulse.</summary>
    private static async Task RunForAsync(EngineDrover d, TimeSpan span)
    {
        var pauses = d.Service<ServerPauses>();
        for (var i = 0; i < (int)span.TotalSeconds; i++)
        {
            d.Clock.Advance(ServerPauses.Pulse);
            var now = d.Clock.GetUtcNow();
            await EngineDrover.WaitUntilAsync(() => Task.FromResult(pauses.LastPulse == now), () => $"the pulse at {now:HH:mm:ss}");
        }
        // The lease watch ticks on the same clock: give it the moment the pulse had.
        await Task.Delay(100);
    }
}
