namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// A host's timeout is kept by its agent, from the script's start, whatever the server does: a kill -9 and a slow restart
/// neither stop nor extend it. A paused ticket whose running hosts time out meanwhile closes their batch by its success
/// rate once the agent reports, as for any batch that ends while paused (OperationsAcrossCrashTests tripped on exactly
/// this under load: its waiting hosts had the default 60 s, and two restarts took longer).
/// </summary>
public sealed class TimeoutWhileServerDownTests
{
    [Fact]
    public async Task Hosts_of_a_paused_ticket_that_time_out_while_the_server_is_down_end_abnormal_and_the_batch_is_closed_out()
    {
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: 3);
        var h = rig.Hosts;
        var n = TicketChecks.UniqueNumber();
        // Sleeps far past its timeout; the sleep's argument is this test's marker in the process table.
        var script = await rig.CreateScriptAsync($"{rig.Markers.Line}\nsleep 3{n}\necho \"ok on $DROVER_RESOURCE_ID\"");
        // 30 s: long enough for the pause to be accepted first on a loaded machine, short enough to run out while the server is down.
        var ticket = await rig.ExecuteAsync(script, [[h[0], h[1]], [h[2]]], timeout: 30);
        await TicketChecks.WaitForProcessesAsync(n, 2);
        await rig.OperateOkAsync(ticket, new { operation_type = "PAUSE_ORDER" });

        rig.Kill();
        // The agent ends the scripts at their timeout with no server to tell.
        await TicketChecks.WaitForNoProcessesAsync(n, TimeSpan.FromSeconds(120));
        await rig.RestartAsync();

        var info = await rig.WaitForStatusAsync(ticket, "ABNORMAL", TimeSpan.FromSeconds(120));
        info.CurrentBatch().ShouldBe(1, "a paused ticket whose batch fails its success rate stays on that batch");
        var hosts = await rig.HostsAsync(ticket);
        foreach (var host in new[] { h[0], h[1] })
        {
            hosts[host].Status().ShouldBe("ABNORMAL", hosts[host].ToJsonString());
            // The agent's own timeout, reported after the restart (not the server's result deadline, nor agent lost).
            hosts[host].Message().ShouldContain("timed out after 30 s", Case.Sensitive, hosts[host].ToJsonString());
        }
        hosts[h[2]].Status().ShouldBe("READY");
        rig.Markers.Of(h[2]).ShouldBeEmpty("a paused ticket started nothing");
        rig.Markers.Duplicates().ShouldBeEmpty();
    }
}
