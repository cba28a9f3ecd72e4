namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>Targets whose agent is not there (semantics §2: wait_agent_seconds, "agent offline").</summary>
public sealed class AgentOfflineTests
{
    [Fact]
    public async Task A_host_without_an_agent_is_abnormal_with_agent_offline()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-on", simulate: 1);
        var script = await d.CreateScriptAsync("echo hi");
        var ghost = d.Prefix + "-ghost";

        var uuid = await d.ExecuteAsync(script, [[h[0], ghost]], waitAgentSeconds: 0, successRate: 50);

        var info = await d.WaitForStatusAsync(uuid, "FINISHED", TimeSpan.FromSeconds(20));
        info["properties"]!["execute_param"]!["wait_agent_seconds"]!.GetValue<int>().ShouldBe(0);
        var hosts = await d.HostsAsync(uuid);
        hosts[ghost].Status().ShouldBe("ABNORMAL");
        hosts[ghost].Message().ShouldBe("agent offline");
        hosts[ghost].ExitCode().ShouldBeNull();
        hosts[h[0]].Status().ShouldBe("FINISHED");
        hosts[h[0]].Message().ShouldBe("hi\n");

        // Alone and at 100 %, the offline host stops the ticket.
        var alone = await d.ExecuteAsync(script, [[ghost]]);
        await d.WaitForStatusAsync(alone, "ABNORMAL", TimeSpan.FromSeconds(20));
        (await d.HostAsync(alone, ghost)).Message().ShouldBe("agent offline");
    }

    [Fact]
    public async Task A_host_whose_agent_comes_within_wait_agent_seconds_runs()
    {
        await using var d = await TestDrover.StartAsync();
        var script = await d.CreateScriptAsync("echo \"late $DROVER_RESOURCE_ID\"");
        var late = d.Prefix + "-late";

        var uuid = await d.ExecuteAsync(script, [[late]], waitAgentSeconds: 10);
        var since = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await d.HostAsync(uuid, late)).Status().ShouldBe("PROCESSING");
        await d.StartAgentAsync(late);

        var info = await d.WaitForStatusAsync(uuid, "FINISHED", TimeSpan.FromSeconds(20));
        var host = await d.HostAsync(uuid, late);
        host.Status().ShouldBe("FINISHED");
        host.Message().ShouldBe($"late {late}\n");
        host.Attempt().ShouldBe(1);
        // The wait's deadline passing later changes nothing.
        var rest = TimeSpan.FromSeconds(11) - since.Elapsed;
        if (rest > TimeSpan.Zero) await Task.Delay(rest);
        (await d.HostAsync(uuid, late)).Status().ShouldBe("FINISHED");
        (await d.TicketStatusAsync(uuid)).ShouldBe("FINISHED");
        info["gmt_finished"].ShouldNotBeNull();
    }
}
