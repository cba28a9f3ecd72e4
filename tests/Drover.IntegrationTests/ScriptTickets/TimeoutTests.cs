namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>The per-host timeout (semantics §3, "Running").</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_host_past_its_timeout_is_killed_and_abnormal_with_the_timeout_message()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-to", simulate: 1);
        var n = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync($"echo before; sleep 6007{n} & sleep 6008{n}; echo never");

        var uuid = await d.ExecuteAsync(script, [[h[0]]], timeout: 6);
        await TicketChecks.WaitForProcessesAsync(n, 2);

        var info = await d.WaitForStatusAsync(uuid, "ABNORMAL", TimeSpan.FromSeconds(30));
        info["gmt_finished"].ShouldNotBeNull();
        var host = await d.HostAsync(uuid, h[0]);
        host.Status().ShouldBe("ABNORMAL");
        host.Message().ShouldStartWith("before\n");
        host.Message().ShouldNotContain("never");
        host.Message().ShouldEndWith("timed out after 6 s");
        host.ExitCode().ShouldBe(128 + 15); // SIGTERM
        var ran = host["gmt_finished"]!.GetValue<long>() - host["gmt_started"]!.GetValue<long>();
        ran.ShouldBeGreaterThanOrEqualTo(5_500);
        ran.ShouldBeLessThan(20_000);
        // The whole tree, background child included, is gone by the time the host is reported.
        Processes.WithMarker(n).ShouldBeEmpty();
    }
}
