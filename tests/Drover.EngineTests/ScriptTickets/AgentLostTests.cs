namespace Drover.EngineTests.ScriptTickets;

/// <summary>
/// semantics "Hosts and agents": <c>agent_lost_seconds</c> after a host's agent disconnects, with no agent back, its
/// running hosts end ABNORMAL, <c>agent lost</c>; the grace counts from the latest disconnect, and an agent back in
/// time keeps its work.
/// </summary>
public sealed class AgentLostTests
{
    private const int Lost = 120;
    private static readonly string Setting = $"--Drover:AgentLostSeconds={Lost}";

    [Fact]
    public async Task A_running_host_whose_agent_goes_away_ends_ABNORMAL_agent_lost_after_agent_lost_seconds_and_not_before()
    {
        await using var d = await EngineDrover.StartAsync(Setting);
        var agent = await HostAgent.ConnectAsync(d, "gone");
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("sleep 1000"), [["gone"]], timeout: 3600);
        var run = await agent.RunAsync();
        await agent.AcceptAsync(run.DispatchId);
        await d.SettledAsync(uuid);

        await agent.DisconnectAsync();
        var givenUp = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Lost);
        d.Clock.Advance(TimeSpan.FromSeconds(Lost) - TimeSpan.FromMilliseconds(1));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "gone")).Str("status").ShouldBe("PROCESSING");

        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var host = await d.WaitForHostAsync(uuid, 1, "gone", "ABNORMAL");
        host.Str("message").ShouldBe("agent lost");
        host["exit_code"].ShouldBeNull();
        host["gmt_finished"]!.GetValue<long>().ShouldBe(givenUp.ToUnixTimeMilliseconds());
        (await d.WaitForTicketAsync(uuid, "ABNORMAL")).Str("status").ShouldBe("ABNORMAL");
    }

    [Fact]
    public async Task An_agent_back_within_agent_lost_seconds_keeps_its_running_host()
    {
        await using var d = await EngineDrover.StartAsync(Setting);
        var agent = await HostAgent.ConnectAsync(d, "blip");
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("sleep 1000"), [["blip"]], timeout: 3600);
        var run = await agent.RunAsync();
        await agent.AcceptAsync(run.DispatchId);

        await agent.DisconnectAsync();
        d.Clock.Advance(TimeSpan.FromSeconds(Lost / 2));
        await using var back = await agent.ComeBackAsync(run.DispatchId);
        d.Clock.Advance(TimeSpan.FromSeconds(Lost));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "blip")).Str("status").ShouldBe("PROCESSING");

        await back.ExitAsync(run.DispatchId, 0);
        (await d.WaitForHostAsync(uuid, 1, "blip", "FINISHED"))["exit_code"]!.GetValue<int>().ShouldBe(0);
        (await d.WaitForTicketAsync(uuid, "FINISHED")).Str("status").ShouldBe("FINISHED");
    }

    [Fact]
    public async Task The_grace_counts_from_the_latest_disconnect_of_a_flapping_agent()
    {
        await using var d = await EngineDrover.StartAsync(Setting);
        var agent = await HostAgent.ConnectAsync(d, "flap");
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("sleep 1000"), [["flap"]], timeout: 3600);
        var run = await agent.RunAsync();
        await agent.AcceptAsync(run.DispatchId);

        // Away at 0 s, back at 60 s, away again at 90 s: given up at 90 + 120 s, not at 120 s.
        await agent.DisconnectAsync();
        d.Clock.Advance(TimeSpan.FromSeconds(60));
        var back = await agent.ComeBackAsync(run.DispatchId);
        d.Clock.Advance(TimeSpan.FromSeconds(30));
        await back.DisconnectAsync();
        var givenUp = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Lost);

        d.Clock.Advance(TimeSpan.FromSeconds(Lost) - TimeSpan.FromMilliseconds(1));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "flap")).Str("status").ShouldBe("PROCESSING");

        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var host = await d.WaitForHostAsync(uuid, 1, "flap", "ABNORMAL");
        host.Str("message").ShouldBe("agent lost");
        host["gmt_finished"]!.GetValue<long>().ShouldBe(givenUp.ToUnixTimeMilliseconds());
        (await d.WaitForTicketAsync(uuid, "ABNORMAL")).Str("status").ShouldBe("ABNORMAL");
    }
}
