namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>The success rate, checked when each batch ends over all hosts so far (semantics §3, "Success rate").</summary>
public sealed class SuccessRateTests
{
    private static string FailOn(Scratch scratch, string host) =>
        $"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID; echo \"on $DROVER_RESOURCE_ID\"; [ \"$DROVER_RESOURCE_ID\" = \"{host}\" ] && exit 1; exit 0";

    [Fact]
    public async Task A_failed_host_below_the_rate_stops_the_ticket_and_continue_goes_on_to_an_abnormal_end()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-sr", simulate: 3);
        var script = await d.CreateScriptAsync(FailOn(scratch, h[0]));

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]]], successRate: 100);

        var info = await d.WaitForStatusAsync(uuid, "ABNORMAL");
        info.CurrentBatch().ShouldBe(1);
        info["gmt_finished"].ShouldNotBeNull();
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("ABNORMAL");
        hosts[h[0]].ExitCode().ShouldBe(1);
        hosts[h[0]].Message().ShouldStartWith($"on {h[0]}\n");
        hosts[h[1]].Status().ShouldBe("FINISHED");
        hosts[h[1]].ExitCode().ShouldBe(0);
        hosts[h[2]].Status().ShouldBe("READY");
        scratch.Exists(h[2]).ShouldBeFalse();
        // Stopped means stopped: batch 2 does not start by itself.
        await Task.Delay(700);
        (await d.HostAsync(uuid, h[2])).Status().ShouldBe("READY");
        scratch.Exists(h[2]).ShouldBeFalse();

        // The operator goes on anyway; the rate (2 of 3) still misses 100, so the ticket ends ABNORMAL.
        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        info = await d.WaitForTicketAsync(uuid, t => t.Status() == "ABNORMAL" && t.CurrentBatch() == 2, "ABNORMAL after batch 2");
        info["gmt_finished"].ShouldNotBeNull();
        hosts = await d.HostsAsync(uuid);
        hosts[h[2]].Status().ShouldBe("FINISHED");
        hosts[h[2]].Message().ShouldBe($"on {h[2]}\n");
        hosts[h[0]].Status().ShouldBe("ABNORMAL");
        hosts[h[0]].Attempt().ShouldBe(1);
        scratch.Exists(h[2]).ShouldBeTrue();
        // Nothing is left to continue.
        await d.RefusedAsync(uuid, new { operation_type = "CONTINUE_ORDER" }, "COC.00040716");
    }

    [Fact]
    public async Task A_rate_that_holds_with_a_failed_host_lets_the_ticket_go_on_and_finish()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-sr50", simulate: 3);
        var script = await d.CreateScriptAsync(FailOn(scratch, h[0]));

        // 1 of 2 failing is exactly 50 %: the threshold holds.
        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]]], successRate: 50);

        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(2);
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("ABNORMAL");
        hosts[h[0]].ExitCode().ShouldBe(1);
        hosts[h[1]].Status().ShouldBe("FINISHED");
        hosts[h[2]].Status().ShouldBe("FINISHED");
        scratch.Exists(h[2]).ShouldBeTrue();
    }

    [Fact]
    public async Task The_rate_compares_to_one_decimal_over_all_hosts_so_far()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-srd", simulate: 3);
        var script = await d.CreateScriptAsync(FailOn(scratch, h[0]));

        // 2 of 3 is 66.66...%: it holds 66.6 and misses 66.7.
        var holds = await d.ExecuteAsync(script, [[h[0], h[1], h[2]]], successRate: 66.6);
        await d.WaitForStatusAsync(holds, "FINISHED");
        var misses = await d.ExecuteAsync(script, [[h[0], h[1], h[2]]], successRate: 66.7);
        await d.WaitForStatusAsync(misses, "ABNORMAL");
        (await d.HostsAsync(misses)).Values.Count(i => i.Status() == "FINISHED").ShouldBe(2);
    }
}
