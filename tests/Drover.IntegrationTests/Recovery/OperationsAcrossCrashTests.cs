using Xunit.Abstractions;

namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// Kill -9 with tickets in every kind of moment: one paused by its PAUSE rotation, one just paused by the operator with a
/// host just canceled, one whose failed host was just sent RETRY_FAILED. An operation answered 200 holds after the
/// restart, a paused ticket stays paused until CONTINUE_ORDER, and each host runs once per attempt.
/// </summary>
public sealed class OperationsAcrossCrashTests(ITestOutputHelper output)
{
    /// <summary>
    /// The per-host timeout of the ticket whose hosts wait for the test's go. They wait across two kills and restarts, and
    /// under load a restart took 40 to 66 s: with the default 60 s the hosts waited 67 s, the agent ended them "timed out
    /// after 60 s" (its timeout runs whatever the server does), and the paused ticket, its batch closed out by its success
    /// rate, rightly went ABNORMAL. What bounds their wait is the go (they waited up to 150 s), so their timeout is far
    /// beyond any wait the test allows.
    /// </summary>
    private const int SlowHostsTimeoutSeconds = 600;

    [Fact]
    public async Task Paused_tickets_and_operations_accepted_just_before_a_kill_hold_after_the_restart_and_no_host_runs_twice()
    {
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: 12);
        var h = rig.Hosts;
        using var ends = new Scratch(rig.Prefix + "-ends");
        var n = TicketChecks.UniqueNumber();

        // A PAUSE-rotation ticket that waits before its batch 2.
        var quick = await rig.CreateScriptAsync($"{rig.Markers.Line}; echo \"ok on $DROVER_RESOURCE_ID\"");
        var rotating = await rig.ExecuteAsync(quick, [[h[0], h[1]], [h[2], h[3]], [h[4]]], rotation: "PAUSE");
        // A ticket with a host that fails its first attempt.
        var failsOnce = await rig.CreateScriptAsync(
            $$"""
            {{rig.Markers.Line}}
            f={{ends.Dir}}/flag-$DROVER_RESOURCE_ID
            if [ "$DROVER_RESOURCE_ID" = "{{h[9]}}" ] && [ ! -e $f ]; then touch $f; echo "failing"; exit 3; fi
            echo "ok on $DROVER_RESOURCE_ID"
            """);
        var retried = await rig.ExecuteAsync(failsOnce, [[h[9], h[10], h[11]]]);
        await rig.WaitForTicketAsync(rotating, t => t.Status() == "PAUSED" && t.CurrentBatch() == 2, "PAUSED before batch 2");
        await rig.WaitForStatusAsync(retried, "ABNORMAL");

        // A ticket whose first batch is running when it is paused and one host canceled: its hosts wait for the test's go
        // (so they span the kills however slow the machine), polling with a sleep that carries this test's marker.
        var slow = await rig.CreateScriptAsync(
            $$"""
            {{rig.Markers.Line}}
            until [ -e {{ends.Dir}}/go ]; do sleep 0.1{{n}}; done
            echo done > {{ends.Dir}}/$DROVER_RESOURCE_ID
            echo "ok on $DROVER_RESOURCE_ID"
            """);
        var paused = await rig.ExecuteAsync(slow, [[h[5], h[6], h[7]], [h[8]]], timeout: SlowHostsTimeoutSeconds);
        await TicketChecks.WaitForProcessesAsync(n, 3);
        var victim = await rig.WaitForHostAsync(paused, h[5], i => i.Status() == "PROCESSING", "PROCESSING");

        await rig.OperateOkAsync(paused, new { operation_type = "CANCEL_INSTANCE", instance_id = victim.Id() });
        await rig.OperateOkAsync(paused, new { operation_type = "PAUSE_ORDER" });
        await rig.OperateOkAsync(retried, new { operation_type = "RETRY_FAILED" });
        await rig.KillAndRestartAsync();

        // Each accepted operation held through the kill.
        (await rig.TicketAsync(paused)).Status().ShouldBe("PAUSED");
        (await rig.HostAsync(paused, h[5])).Status().ShouldBe("CANCELED");
        var rotatingInfo = await rig.TicketAsync(rotating);
        rotatingInfo.Status().ShouldBe("PAUSED");
        rotatingInfo.CurrentBatch().ShouldBe(2);
        (await rig.TicketAsync(retried)).Status().ShouldNotBe("ABNORMAL", "RETRY_FAILED was accepted before the kill");

        // Once more while the slow hosts and the retry run; then the slow hosts may end.
        await Task.Delay(Random.Shared.Next(1500));
        await rig.KillAndRestartAsync();
        var waited = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeMilliseconds((await rig.TicketAsync(paused))["gmt_created"]!.GetValue<long>());
        output.WriteLine($"the slow hosts waited about {waited.TotalSeconds:0} s for the go (their timeout: {SlowHostsTimeoutSeconds} s)");
        File.WriteAllText(ends.PathOf("go"), "");

        // The retried host ran its second attempt; the canceled host's process was killed (it never got to its end) while
        // the rest of its batch finished; the paused ticket closed its batch and waits; the rotating one still waits.
        var info = await rig.WaitForStatusAsync(retried, "FINISHED");
        (await rig.HostAsync(retried, h[9])).Attempt().ShouldBe(2);
        // A paused ticket whose batch fails its success rate ends ABNORMAL on batch 1: said at once, with its hosts' reasons.
        info = await rig.WaitForTicketAsync(paused, t => t.CurrentBatch() == 2 || t.Status() != "PAUSED", "at batch 2", TimeSpan.FromSeconds(60));
        info.Status().ShouldBe("PAUSED", string.Join("\n", (await rig.HostsAsync(paused)).Values.Select(x => x.ToJsonString())));
        info.CurrentBatch().ShouldBe(2);
        await TicketChecks.WaitForNoProcessesAsync(n, TimeSpan.FromSeconds(30));
        var slowHosts = await rig.HostsAsync(paused);
        slowHosts[h[5]].Status().ShouldBe("CANCELED");
        slowHosts[h[6]].Status().ShouldBe("FINISHED");
        slowHosts[h[7]].Status().ShouldBe("FINISHED");
        slowHosts[h[8]].Status().ShouldBe("READY");
        ends.Exists(h[5]).ShouldBeFalse("the canceled host's script was killed before the go");
        ends.Exists(h[6]).ShouldBeTrue();
        rotatingInfo = await rig.TicketAsync(rotating);
        rotatingInfo.Status().ShouldBe("PAUSED");
        rotatingInfo.CurrentBatch().ShouldBe(2);
        rig.Markers.Of(h[2]).ShouldBeEmpty("a paused ticket started nothing");
        rig.Markers.Of(h[8]).ShouldBeEmpty("a paused ticket started nothing");

        // CONTINUE_ORDER works after the restart, and a kill during the continued batch loses nothing.
        await rig.OperateOkAsync(rotating, new { operation_type = "CONTINUE_ORDER" });
        await rig.OperateOkAsync(paused, new { operation_type = "CONTINUE_ORDER" });
        await rig.KillWhenAsync(async () => rig.Markers.Of(h[2]).Count > 0, "batch 2 of the rotating ticket to start");
        await rig.WaitForTicketAsync(rotating, t => t.Status() == "PAUSED" && t.CurrentBatch() == 3, "PAUSED before batch 3", TimeSpan.FromSeconds(60));
        await rig.OperateOkAsync(rotating, new { operation_type = "CONTINUE_ORDER" });
        await rig.WaitForStatusAsync(rotating, "FINISHED");
        await rig.WaitForStatusAsync(paused, "FINISHED");

        foreach (var host in new[] { h[0], h[1], h[2], h[3], h[4] }) rig.Markers.ShouldHaveRun(host, rotating, attempts: 1);
        foreach (var host in new[] { h[5], h[6], h[7], h[8] }) rig.Markers.ShouldHaveRun(host, paused, attempts: 1);
        rig.Markers.ShouldHaveRun(h[9], retried, attempts: 2);
        rig.Markers.ShouldHaveRun(h[10], retried, attempts: 1);
        rig.Markers.ShouldHaveRun(h[11], retried, attempts: 1);
        var hosts = (await rig.HostsAsync(rotating)).Concat(await rig.HostsAsync(paused)).Concat(await rig.HostsAsync(retried)).ToList();
        foreach (var (host, row) in hosts.Where(x => x.Key != h[5]))
        {
            row.Status().ShouldBe("FINISHED", row.ToJsonString());
            row.Message().ShouldBe($"ok on {host}\n");
        }
        var duplicates = rig.Markers.Duplicates();
        output.WriteLine($"3 tickets, 12 hosts: {rig.Kills} kills, {rig.Markers.All().Count} host runs, {duplicates.Count} duplicates");
        duplicates.ShouldBeEmpty();
        rig.Markers.All().Count.ShouldBe(13, "12 hosts once, the retried host twice");
    }
}
