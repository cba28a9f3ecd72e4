namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// A long outage: a script that finishes while the server is down has its result (and output) taken in from the
/// agent's journal when it reconnects. And a server that was down for longer than the agents' heartbeat lease heard no
/// heartbeats meanwhile: that silence is the server's, not the agents', so after the restart each agent still gets a
/// lease to come back before its host's dispatch is given up as "agent offline".
/// </summary>
public sealed class LongOutageTests
{
    // Long enough that, on a loaded machine, a's agent reconnects and batch 2 is dispatched within b's fresh lease after
    // the restart (15 s was not: CI under load gave b up as "agent offline" before its agent was due back).
    private const int LeaseSeconds = 30;

    [Fact]
    public async Task After_an_outage_longer_than_the_lease_results_finished_meanwhile_count_and_a_dispatch_waits_for_its_agent()
    {
        await using var rig = await CrashRig.StartAsync(agents: 2, hostsPerAgent: 1, serverArgs:
            [$"--Drover:AgentOfflineAfterSeconds={LeaseSeconds}", "--Drover:HeartbeatSeconds=2"]);
        var (a, b) = (rig.Hosts[0], rig.Hosts[1]);
        using var gate = new Scratch(rig.Prefix + "-gate");
        var script = await rig.CreateScriptAsync(
            $"""
            {rig.Markers.Line}
            until [ -e {gate.Dir}/go ]; do sleep 0.1; done
            echo "ok on $DROVER_RESOURCE_ID"
            touch {gate.Dir}/ended-$DROVER_RESOURCE_ID
            """);
        var uuid = await rig.ExecuteAsync(script, [[a], [b]]);
        await DroverClient.WaitUntilAsync(() => Task.FromResult(rig.Markers.Of(a).Count == 1), TimeSpan.FromSeconds(30), $"{a} to start");

        // The server dies while a runs, and a ends while it is down; b's agent goes away too; the outage outlasts the lease.
        rig.Kill();
        await rig.StopAgentAsync(1);
        File.WriteAllText(gate.PathOf("go"), "");
        await DroverClient.WaitUntilAsync(() => Task.FromResult(gate.Exists("ended-" + a)), TimeSpan.FromSeconds(30), $"{a} to end");
        await Task.Delay(TimeSpan.FromSeconds(LeaseSeconds + 2));
        await rig.RestartAsync();

        // a's agent reconnects and hands in the result from its journal, so batch 2 is dispatched to b, whose agent is
        // not back yet: b waits for it rather than fail at once.
        var waiting = await rig.WaitForHostAsync(uuid, b, i => i.Status() != "READY", "dispatched", TimeSpan.FromSeconds(60));
        waiting.Status().ShouldBe("PROCESSING", waiting.ToJsonString());
        rig.StartAgent(1);

        var info = await rig.WaitForTicketAsync(uuid, t => t.Status() is "FINISHED" or "ABNORMAL", "to end", TimeSpan.FromSeconds(60));
        info.Status().ShouldBe("FINISHED", (await rig.HostAsync(uuid, b)).ToJsonString());
        (await rig.HostAsync(uuid, a)).Message().ShouldBe($"ok on {a}\n");
        (await rig.HostAsync(uuid, b)).Message().ShouldBe($"ok on {b}\n");
        rig.Markers.ShouldHaveRun(a, uuid, attempts: 1);
        rig.Markers.ShouldHaveRun(b, uuid, attempts: 1);
    }
}
