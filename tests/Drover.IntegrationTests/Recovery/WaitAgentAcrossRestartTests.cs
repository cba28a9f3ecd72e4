using System.Diagnostics;

namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// A host dispatched while its agent is not connected waits <c>wait_agent_seconds</c> from its dispatch (semantics §2),
/// and a server restart keeps that wait (issue 10): <c>agent_lost_seconds</c> is for an agent that took its task and went
/// away, not for one that never came. The server is a real process killed with SIGKILL and started again on its data dir.
/// </summary>
public sealed class WaitAgentAcrossRestartTests
{
    // Far shorter than the waits below: a restart that applied it to a waiting host would end that host as "agent lost".
    private const int AgentLostSeconds = 5;

    [Fact]
    public async Task A_host_waiting_for_its_agent_keeps_waiting_across_a_kill_and_runs_when_the_agent_comes()
    {
        var root = Directory.CreateTempSubdirectory("drover-waitagent-").FullName;
        try
        {
            using var server = new ServerProcess(Path.Combine(root, "data"), $"--Drover:AgentLostSeconds={AgentLostSeconds}");
            await server.StartAsync();
            var api = new Api(server.ApiUrl);
            var prefix = api.Prefix + "-late";
            var host = prefix + "-1";
            var script = await api.CreateScriptAsync("echo \"came on $DROVER_RESOURCE_ID\"");
            var uuid = await api.ExecuteAsync(script, [[host]], waitAgentSeconds: 86400);
            (await api.WaitForHostAsync(uuid, host, i => i.Status() != "READY", "dispatched", TimeSpan.FromSeconds(30)))
                .Status().ShouldBe("PROCESSING");

            server.KillHard();
            await server.StartAsync();

            // Well past agent_lost_seconds from the restart (the grain is loaded at start), the host still waits.
            await Task.Delay(TimeSpan.FromSeconds(AgentLostSeconds * 4));
            var waiting = await api.HostAsync(uuid, host);
            waiting.Status().ShouldBe("PROCESSING", waiting.ToJsonString());
            (await api.TicketStatusAsync(uuid)).ShouldBe("PROCESSING");

            // Its agent comes (enrolled only now: it never connected before) and takes the dispatch.
            using var agent = new AgentProcess(server.AgentUrl, prefix, 1, Path.Combine(root, "agent"), await api.EnrollmentTokenAsync(1));
            agent.Start();
            var info = await api.WaitForTicketAsync(uuid, t => t.Status() is "FINISHED" or "ABNORMAL", "to end", TimeSpan.FromSeconds(120));
            var ran = await api.HostAsync(uuid, host);
            info.Status().ShouldBe("FINISHED", ran.ToJsonString());
            ran.Status().ShouldBe("FINISHED");
            ran.Message().ShouldBe($"came on {host}\n");
            ran.Attempt().ShouldBe(1);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public async Task A_wait_whose_deadline_passed_while_the_server_was_down_ends_agent_offline_soon_after_the_restart()
    {
        // Long enough that a fresh wait from the load (which, with PostgreSQL membership, may come some seconds after the
        // restart) is told apart from the rest of this one under load.
        const int waitSeconds = 60;
        var root = Directory.CreateTempSubdirectory("drover-waitagent-").FullName;
        try
        {
            using var server = new ServerProcess(Path.Combine(root, "data"), $"--Drover:AgentLostSeconds={AgentLostSeconds}");
            await server.StartAsync();
            var api = new Api(server.ApiUrl);
            var host = api.Prefix + "-never-1";
            var script = await api.CreateScriptAsync("echo never");
            var sinceDispatch = Stopwatch.StartNew();
            var uuid = await api.ExecuteAsync(script, [[host]], waitAgentSeconds: waitSeconds);
            (await api.WaitForHostAsync(uuid, host, i => i.Status() != "READY", "dispatched", TimeSpan.FromSeconds(30)))
                .Status().ShouldBe("PROCESSING");

            // The server is down while the wait's deadline passes.
            server.KillHard();
            var downFor = TimeSpan.FromSeconds(waitSeconds + 5) - sinceDispatch.Elapsed;
            if (downFor > TimeSpan.Zero) await Task.Delay(downFor);
            var sinceRestart = Stopwatch.StartNew();
            await server.StartAsync();

            // Its wait is over: the host ends as a wait that ran out does, at the load, not after a fresh full wait.
            var info = await api.WaitForTicketAsync(uuid, t => t.Status() is not "PROCESSING", "to end", TimeSpan.FromSeconds(120));
            var ended = sinceRestart.Elapsed;
            var inst = await api.HostAsync(uuid, host);
            info.Status().ShouldBe("ABNORMAL", inst.ToJsonString());
            inst.Status().ShouldBe("ABNORMAL");
            inst.Message().ShouldBe("agent offline");
            sinceDispatch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(waitSeconds), "not before its deadline");
            ended.ShouldBeLessThan(TimeSpan.FromSeconds(waitSeconds), "the rest of the wait, not a fresh one from the restart");
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private sealed class Api(string url) : DroverClient(url);
}
