using Drover.IntegrationTests.Security.Agents;
using Drover.Protocol;

namespace Drover.IntegrationTests.Agents.Limits;

/// <summary>
/// An agent that accepts a task and then only heartbeats (hung, or lying) does not hold its host PROCESSING forever:
/// once the task's timeout and <c>Drover:ResultGraceSeconds</c> have passed with no result, the server ends the host
/// ABNORMAL (<c>timed out: no result from the agent</c>) and tells the agent to kill the task. The deadline is kept in
/// the state, so a server restart in between does not lose it.
/// </summary>
public sealed class ResultDeadlineTests
{
    private const int Timeout = 6, Grace = 3;
    private const string Note = "timed out: no result from the agent";

    [Fact]
    public async Task A_host_whose_agent_accepted_then_only_heartbeats_ends_ABNORMAL_after_its_timeout_and_the_grace()
    {
        await using var d = await TestDrover.StartAsync($"--Drover:ResultGraceSeconds={Grace}");
        var rid = d.Prefix + "-mute";
        await using var agent = await FakeAgent.WelcomedAsync(d, await d.EnrolledCredentialAsync(rid), rid);
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo never run"), [[rid]], timeout: Timeout);
        var run = await agent.RunAsync();
        var accepted = DateTimeOffset.UtcNow;
        await agent.AcceptAsync(run.DispatchId);
        (await d.HostAsync(uuid, rid)).Status().ShouldBe("PROCESSING");

        // From here the agent only heartbeats (each one answered: it is connected and ONLINE all along).
        await TestDrover.WaitUntilAsync(async () =>
        {
            await agent.ShouldBeServedAsync();
            return (await d.HostAsync(uuid, rid)).Status() != "PROCESSING";
        }, TimeSpan.FromSeconds(60), "the host to end");
        var ended = DateTimeOffset.UtcNow;

        var host = await d.HostAsync(uuid, rid);
        host.Status().ShouldBe("ABNORMAL", host.ToJsonString());
        host.Message().ShouldBe(Note);
        (await d.TicketStatusAsync(uuid)).ShouldBe("ABNORMAL");
        (ended - accepted).ShouldBeGreaterThan(TimeSpan.FromSeconds(Timeout + Grace - 0.5), "the host was given up before its timeout and grace");
        // And the agent is told to stop the task, should it still run it.
        await TestDrover.WaitUntilAsync(() => Task.FromResult(agent.Received.Any(m =>
            m.BodyCase == ServerMessage.BodyOneofCase.Kill && m.Kill.DispatchId == run.DispatchId)), AgentKit.Patience, "a kill for the dispatch");
        (await d.AgentsAsync())[rid]["status"]!.GetValue<string>().ShouldBe("ONLINE");
    }

    [Fact]
    public async Task The_result_deadline_survives_a_server_restart()
    {
        using var d = await RestartableDrover.StartAsync($"--Drover:ResultGraceSeconds={Grace}");
        var rid = d.Prefix + "-mute";
        var credential = await d.CredentialAsync(rid);
        string dispatchId;
        string uuid;
        var accepted = DateTimeOffset.UtcNow;
        await using (var agent = await FakeAgent.ConnectAsync(d.AgentUrl, credential, rid))
        {
            (await agent.NextAsync()).BodyCase.ShouldBe(ServerMessage.BodyOneofCase.Welcome);
            // A timeout long enough that the server is back before it is over: the deadline must come from the state.
            uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo never run"), [[rid]], timeout: 20);
            dispatchId = (await agent.RunAsync()).DispatchId;
            accepted = DateTimeOffset.UtcNow;
            await agent.AcceptAsync(dispatchId);
            (await d.HostAsync(uuid, rid)).Status().ShouldBe("PROCESSING");
            await d.KillAndRestartAsync();
        }

        // The agent comes back saying it still has the task open, and from then on only heartbeats.
        await using var back = await FakeAgent.ConnectAsync(d.AgentUrl, credential, rid, h => h.OpenDispatchIds.Add(dispatchId));
        (await back.NextAsync()).BodyCase.ShouldBe(ServerMessage.BodyOneofCase.Welcome);
        await TestDrover.WaitUntilAsync(async () =>
        {
            await back.ShouldBeServedAsync();
            return (await d.HostAsync(uuid, rid)).Status() != "PROCESSING";
        }, TimeSpan.FromSeconds(90), () => $"the host to end (server: {d.ServerOutput})");
        var ended = DateTimeOffset.UtcNow;

        var host = await d.HostAsync(uuid, rid);
        host.Status().ShouldBe("ABNORMAL", host.ToJsonString());
        host.Message().ShouldBe(Note);
        (ended - accepted).ShouldBeGreaterThan(TimeSpan.FromSeconds(20 + Grace - 0.5), "the host was given up before its timeout and grace");
    }
}
