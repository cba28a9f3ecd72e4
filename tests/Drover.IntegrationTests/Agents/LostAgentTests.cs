using System.Diagnostics;

namespace Drover.IntegrationTests.Agents;

/// <summary>semantics §2: the server gives up on a host whose agent stays away for agent_lost_seconds, and not before.</summary>
public sealed class LostAgentTests
{
    [Fact]
    public async Task A_host_whose_agent_stays_away_ends_abnormal_agent_lost_and_the_ticket_follows_its_rules()
    {
        await using var d = await TestDrover.StartAsync("--Drover:AgentLostSeconds=3");
        var hosts = await d.StartAgentAsync(d.Prefix + "-lost");
        var marker = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync($"echo started; sleep {marker}");
        var uuid = await d.ExecuteAsync(script, [[hosts[0]]], timeout: 3600);
        await TicketChecks.WaitForProcessesAsync(marker, 1);
        try
        {
            // The agent goes away for good (its script keeps running: agents never take their scripts down with them).
            await d.StopAgentsAsync();
            var stoppedAt = Stopwatch.StartNew();
            (await d.InstancesAsync(uuid, 1))[0]!.Status().ShouldBe("PROCESSING", "the server waits for the agent first");

            var info = await d.WaitForStatusAsync(uuid, "ABNORMAL", TimeSpan.FromSeconds(30));
            stoppedAt.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2.5), "not before agent_lost_seconds");
            info["gmt_finished"].ShouldNotBeNull();
            var host = (await d.InstancesAsync(uuid, 1))[0]!;
            host.Status().ShouldBe("ABNORMAL");
            host.Message().ShouldEndWith("agent lost");
        }
        finally
        {
            Processes.KillWithMarker(marker);
        }
    }

    [Fact]
    public async Task An_agent_that_comes_back_within_the_grace_is_not_given_up_on_its_own_report_decides()
    {
        // The grace is wide enough for an agent to restart on a loaded machine: this test is about coming back in time,
        // not about how fast a process starts.
        await using var d = await TestDrover.StartAsync("--Drover:AgentLostSeconds=20");
        var journal = Path.Combine(d.DataDir, "comeback-journal");
        var hosts = await d.StartAgentAsync(d.Prefix + "-back", journalDir: journal);
        using var scratch = new Scratch(d.Prefix + "-back");
        var script = await d.CreateScriptAsync($"touch {scratch.PathOf("running")}; sleep 3; echo finished");
        var uuid = await d.ExecuteAsync(script, [[hosts[0]]]);
        // The script itself is running (the host's start only says the agent took the dispatch: stopped before it
        // launched the supervisor, the agent would rightly report it LOST).
        await TestDrover.WaitUntilAsync(() => Task.FromResult(File.Exists(scratch.PathOf("running"))), TimeSpan.FromSeconds(60), "the script to run");

        // A short outage: the agent restarts on the same journal before the grace runs out.
        await d.StopAgentsAsync();
        await d.StartAgentAsync(d.Prefix + "-back", journalDir: journal);
        await TestDrover.WaitUntilAsync(async () => (await d.InstancesAsync(uuid, 1))[0]!.Status() != "PROCESSING",
            TimeSpan.FromSeconds(60), "the restarted agent to report the host's end");

        var host = (await d.InstancesAsync(uuid, 1))[0]!;
        host.Message().ShouldNotContain("agent lost", Case.Sensitive, "the server did not give up on a host whose agent came back");
        // The script ran on under its supervisor; the restarted agent picked it up and reported its real end.
        host.Status().ShouldBe("FINISHED", host.ToJsonString());
        host.Message().ShouldBe("finished\n");
        host.ExitCode().ShouldBe(0);
    }
}
