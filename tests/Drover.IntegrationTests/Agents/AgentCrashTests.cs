using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Agents;

/// <summary>
/// The agent process is killed with SIGKILL while its scripts run, and started again on the same journal. The scripts
/// it started run on under their supervisors; each runs once, and each host's result and whole output reach the
/// server once. The agent is a real separate process (drover-agent.dll); the server runs in the test.
/// </summary>
public sealed class AgentCrashTests
{
    private const int Hosts = 4;

    [Fact]
    public async Task Killing_the_agent_twice_mid_run_loses_no_result_no_output_and_runs_no_script_twice()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix + "-crash");
        using var agent = new AgentProcess(d.AgentUrl, d.Prefix + "-crash", Hosts, Path.Combine(d.DataDir, "agent-journal"), await d.EnrollmentTokenAsync(Hosts));
        agent.Start();
        await WaitOnlineAsync(d, agent);
        var script = await d.CreateScriptAsync(
            $"echo \"$DROVER_DISPATCH_ID\" >> {scratch.Dir}/$DROVER_RESOURCE_ID; echo start; " +
            "for i in 1 2 3 4 5 6 7; do sleep 1; echo tick$i; done; echo done");
        var uuid = await d.ExecuteAsync(script, [agent.ResourceIds]);
        const string whole = "start\ntick1\ntick2\ntick3\ntick4\ntick5\ntick6\ntick7\ndone\n";

        // First kill once every script has started; the second once the restarted agent has sent more of their output.
        await WaitForOutputAsync(d, uuid, agent, "start\n");
        agent.KillHard();
        await Task.Delay(1500); // the scripts tick on with no agent
        agent.Start();
        await WaitForOutputAsync(d, uuid, agent, "tick3\n");
        agent.KillHard();
        agent.Start();

        var hosts = await ShouldEachHaveRunOnceAsync(d, uuid, agent, scratch, whole);
        foreach (var host in hosts.Values) (await FullOutputAsync(d, uuid, host)).ShouldBe(whole);
    }

    [Fact]
    public async Task A_script_that_ends_while_the_agent_is_dead_is_reported_from_its_recorded_exit_status()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix + "-dead");
        var journal = Path.Combine(d.DataDir, "agent-journal");
        using var agent = new AgentProcess(d.AgentUrl, d.Prefix + "-dead", Hosts, journal, await d.EnrollmentTokenAsync(Hosts));
        agent.Start();
        await WaitOnlineAsync(d, agent);
        var script = await d.CreateScriptAsync(
            $"echo \"$DROVER_DISPATCH_ID\" >> {scratch.Dir}/$DROVER_RESOURCE_ID; echo start; sleep 2; echo done; " +
            $"touch {scratch.Dir}/$DROVER_RESOURCE_ID.end");
        var uuid = await d.ExecuteAsync(script, [agent.ResourceIds]);
        await WaitForOutputAsync(d, uuid, agent, "start\n");
        agent.KillHard();

        // Every script ends, and its supervisor records how, while no agent runs; the server still waits for the hosts.
        await TestDrover.WaitUntilAsync(() => Task.FromResult(
                agent.ResourceIds.All(id => scratch.Exists(id + ".end"))
                && Directory.EnumerateFiles(journal, "exit", SearchOption.AllDirectories).Count() == Hosts),
            // A liveness bound, not a timing: the scripts sleep 2 s, but a loaded CI machine starts processes slowly.
            TimeSpan.FromSeconds(120), "every script to end and its exit status to be recorded");
        (await d.HostsAsync(uuid)).Values.ShouldAllBe(h => h.Status() == "PROCESSING");
        agent.Start();

        await ShouldEachHaveRunOnceAsync(d, uuid, agent, scratch, "start\ndone\n");
    }

    /// <summary>
    /// The ticket ends FINISHED, and each host ran its script exactly once (its own marker file says so), in attempt 1,
    /// with exit 0 and <paramref name="output"/> complete and not duplicated.
    /// </summary>
    private static async Task<Dictionary<string, JsonNode>> ShouldEachHaveRunOnceAsync(
        TestDrover d, string uuid, AgentProcess agent, Scratch scratch, string output)
    {
        var info = await WaitForEndAsync(d, uuid, agent);
        info.Status().ShouldBe("FINISHED", $"{info.ToJsonString()}\nagent: {agent.Output}");
        var hosts = await d.HostsAsync(uuid);
        foreach (var id in agent.ResourceIds)
        {
            scratch.Lines(id).Length.ShouldBe(1, $"host {id} ran {scratch.Lines(id).Length} times");
            var host = hosts[id];
            host.Status().ShouldBe("FINISHED", host.ToJsonString());
            host.ExitCode().ShouldBe(0);
            host.Attempt().ShouldBe(1);
            host.Message().ShouldBe(output, $"host {id}: output incomplete or duplicated");
        }
        return hosts;
    }

    private static async Task WaitOnlineAsync(TestDrover d, AgentProcess agent) =>
        await TestDrover.WaitUntilAsync(async () =>
        {
            var online = await d.GetDataAsync("/v1/agents?status=ONLINE&limit=100");
            var have = online["data"]!.AsArray().Select(a => a!["resource_id"]!.GetValue<string>()).ToHashSet();
            return agent.ResourceIds.All(have.Contains);
        }, TimeSpan.FromSeconds(60), () => $"the agent's hosts to come ONLINE; agent: {agent.Output}");

    private static async Task WaitForOutputAsync(TestDrover d, string uuid, AgentProcess agent, string text) =>
        await TestDrover.WaitUntilAsync(async () =>
        {
            var hosts = await d.HostsAsync(uuid);
            return agent.ResourceIds.All(id => hosts.TryGetValue(id, out var h) && h.Message().Contains(text, StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(60), () => $"every host's output to show {text.Trim()}; agent: {agent.Output}");

    private static async Task<JsonNode> WaitForEndAsync(TestDrover d, string uuid, AgentProcess agent)
    {
        JsonNode? info = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            info = await d.TicketAsync(uuid);
            return info.Status() is "FINISHED" or "ABNORMAL" or "CANCELED";
        }, TimeSpan.FromSeconds(90), () => $"the ticket to end (last: {info?.ToJsonString()}); agent: {agent.Output}");
        return info!;
    }

    private static async Task<string> FullOutputAsync(TestDrover d, string uuid, JsonNode host)
    {
        var r = await d.Api.GetAsync($"/v1/job/script/orders/{uuid}/instances/{host.Id()}/output");
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        return text;
    }
}
