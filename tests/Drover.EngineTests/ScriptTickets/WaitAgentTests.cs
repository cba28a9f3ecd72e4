using Drover.Protocol;

namespace Drover.EngineTests.ScriptTickets;

/// <summary>
/// semantics "Hosts and agents": with <c>wait_agent_seconds</c> N, a host whose agent is not connected when its turn
/// comes waits N seconds for it; an agent that never comes leaves it ABNORMAL, <c>agent offline</c>.
/// </summary>
public sealed class WaitAgentTests
{
    private const int Wait = 30;

    [Fact]
    public async Task A_host_whose_agent_never_connects_ends_ABNORMAL_agent_offline_when_wait_agent_seconds_are_over_and_not_before()
    {
        await using var d = await EngineDrover.StartAsync();
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo never run"), [["ghost"]], timeout: 60, waitAgentSeconds: Wait);
        await d.WaitForHostAsync(uuid, 1, "ghost", "PROCESSING");
        await d.SettledAsync(uuid);
        var givenUp = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Wait);

        d.Clock.Advance(TimeSpan.FromSeconds(Wait) - TimeSpan.FromMilliseconds(1));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "ghost")).Str("status").ShouldBe("PROCESSING");
        (await d.TicketAsync(uuid)).Str("status").ShouldBe("PROCESSING");

        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var host = await d.WaitForHostAsync(uuid, 1, "ghost", "ABNORMAL");
        host.Str("message").ShouldBe("agent offline");
        host["exit_code"].ShouldBeNull();
        host["gmt_finished"]!.GetValue<long>().ShouldBe(givenUp.ToUnixTimeMilliseconds());
        (await d.WaitForTicketAsync(uuid, "ABNORMAL")).Str("status").ShouldBe("ABNORMAL");
    }

    [Fact]
    public async Task A_host_whose_agent_connects_within_wait_agent_seconds_is_sent_its_task_and_the_wait_no_longer_applies_once_it_started()
    {
        await using var d = await EngineDrover.StartAsync();
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo late"), [["late"]], timeout: 60, waitAgentSeconds: Wait);
        await d.WaitForHostAsync(uuid, 1, "late", "PROCESSING");
        await d.SettledAsync(uuid);
        d.Clock.Advance(TimeSpan.FromSeconds(Wait - 1));

        // The agent comes with a second to spare: it is sent the task it was waited for.
        await using var agent = await HostAgent.ConnectAsync(d, "late");
        var run = await agent.RunAsync();
        run.DispatchId.ShouldBe($"{uuid}.{(await d.HostAsync(uuid, 1, "late"))["id"]!.GetValue<long>()}.1");
        await agent.AcceptAsync(run.DispatchId);
        await d.SettledAsync(uuid);

        // The wait is over, but the host started: it is not "agent offline".
        d.Clock.Advance(TimeSpan.FromSeconds(10));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "late")).Str("status").ShouldBe("PROCESSING");

        await agent.ExitAsync(run.DispatchId, 0);
        (await d.WaitForHostAsync(uuid, 1, "late", "FINISHED"))["exit_code"]!.GetValue<int>().ShouldBe(0);
        (await d.WaitForTicketAsync(uuid, "FINISHED")).Str("status").ShouldBe("FINISHED");
        agent.Drain().Count(m => m.BodyCase == ServerMessage.BodyOneofCase.Run).ShouldBe(1);
    }

    [Fact]
    public async Task A_host_waiting_for_its_agent_when_its_writer_is_loaded_again_still_ends_agent_offline()
    {
        await using var d = await EngineDrover.StartAsync("--Drover:AgentLostSeconds=120");
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo never run"), [["ghost"]], timeout: 60, waitAgentSeconds: Wait);
        await d.WaitForHostAsync(uuid, 1, "ghost", "PROCESSING");
        await d.SettledAsync(uuid);
        // The fake clock stands still unless advanced: this is when the host was dispatched.
        var givenUp = d.Clock.GetUtcNow() + TimeSpan.FromSeconds(Wait);

        d.Clock.Advance(TimeSpan.FromSeconds(10));
        await Activations.DeactivateAsync(d, await d.TicketGrainAsync(uuid));
        await d.SettledAsync(uuid);

        // The wait is rebuilt with the writer from the stored dispatch time: what was left of it, not a fresh one. The
        // host ends "agent offline" at its deadline, not "agent lost" once agent_lost_seconds are over.
        d.Clock.Advance(TimeSpan.FromSeconds(Wait - 10) - TimeSpan.FromMilliseconds(1));
        await d.SettledAsync(uuid);
        (await d.HostAsync(uuid, 1, "ghost")).Str("status").ShouldBe("PROCESSING");
        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var host = await d.WaitForHostAsync(uuid, 1, "ghost", "ABNORMAL");
        host.Str("message").ShouldBe("agent offline");
        host["gmt_finished"]!.GetValue<long>().ShouldBe(givenUp.ToUnixTimeMilliseconds());
        (await d.WaitForTicketAsync(uuid, "ABNORMAL")).Str("status").ShouldBe("ABNORMAL");
    }
}
