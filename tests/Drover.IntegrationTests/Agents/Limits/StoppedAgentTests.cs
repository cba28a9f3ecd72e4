using System.Diagnostics;
using Drover.IntegrationTests.Security.Agents;

namespace Drover.IntegrationTests.Agents.Limits;

/// <summary>
/// A stopped agent (SIGSTOP: a frozen VM, a debugger) keeps its TCP connection open and says nothing. Silence decides:
/// after <c>Drover:AgentOfflineAfterSeconds</c> without a word its stream is closed and it is OFFLINE, and then the
/// agent-lost rules apply (its running host ends ABNORMAL, <c>agent lost</c>, after <c>Drover:AgentLostSeconds</c>).
/// </summary>
public sealed class StoppedAgentTests
{
    private const int Lease = 3, Lost = 3;

    [Fact]
    public async Task A_stopped_agent_with_its_connection_open_goes_OFFLINE_and_its_host_is_given_up()
    {
        await using var d = await TestDrover.StartAsync("--Drover:HeartbeatSeconds=1", $"--Drover:AgentOfflineAfterSeconds={Lease}",
            $"--Drover:AgentLostSeconds={Lost}");
        using var gate = new Scratch(d.Prefix + "-stop");
        using var agent = new AgentProcess(d.AgentUrl, d.Prefix + "-stop", 1, Path.Combine(d.DataDir, "journal-stop"), await d.EnrollmentTokenAsync(1));
        agent.Start();
        var rid = agent.ResourceIds.Single();
        try
        {
            await TestDrover.WaitUntilAsync(async () => (await d.AgentsAsync()).TryGetValue(rid, out var a) && a["status"]!.GetValue<string>() == "ONLINE",
                TimeSpan.FromSeconds(60), () => $"the agent to be ONLINE ({agent.Output})");
            // The script waits for a gate, so it runs as long as the test needs.
            var uuid = await d.ExecuteAsync(await d.CreateScriptAsync($"echo started; until [ -e {gate.Dir}/go ]; do sleep 0.2; done"), [[rid]]);
            await d.WaitForHostAsync(uuid, rid, h => h.Message().Contains("started", StringComparison.Ordinal), "the script to start");

            Signal("STOP", agent.Pid);
            var stopped = DateTimeOffset.UtcNow;
            await TestDrover.WaitUntilAsync(async () => (await d.AgentsAsync())[rid]["status"]!.GetValue<string>() == "OFFLINE",
                TimeSpan.FromSeconds(60), "the stopped agent to be OFFLINE");
            StateOf(agent.Pid).ShouldBe('T', "the agent is still stopped: it did not leave, the server found it silent");
            (DateTimeOffset.UtcNow - stopped).ShouldBeGreaterThan(TimeSpan.FromSeconds(Lease - 1.5), "OFFLINE before its lease was out");

            var host = await d.WaitForHostAsync(uuid, rid, h => h.Status() != "PROCESSING", "the host to be given up", TimeSpan.FromSeconds(60));
            // Given up after the lease and then agent_lost_seconds (the last heartbeat came up to a second before the stop).
            (DateTimeOffset.UtcNow - stopped).ShouldBeGreaterThan(TimeSpan.FromSeconds(Lease + Lost - 1.5), "given up before agent_lost_seconds");
            host.Status().ShouldBe("ABNORMAL", host.ToJsonString());
            host.Message().ShouldEndWith("agent lost");
            StateOf(agent.Pid).ShouldBe('T');
        }
        finally
        {
            File.WriteAllText(gate.PathOf("go"), "");
            Signal("CONT", agent.Pid);
        }
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString()])!;
        kill.WaitForExit(10_000);
        kill.ExitCode.ShouldBe(0, $"kill -{signal} {pid}");
    }

    /// <summary>The process state letter from /proc (T: stopped).</summary>
    private static char StateOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[stat.LastIndexOf(')') + 2];
    }
}
