
namespace Drover.IntegrationTests.Agents;

/// <summary>
/// The network between agent and server is cut while scripts run (a proxy resets every connection and refuses new
/// ones), then restored. The agent keeps running its scripts, keeps their output and results, and delivers them on
/// reconnect.
/// </summary>
public sealed class AgentNetworkCutTests
{
    private const int Hosts = 3;

    [Fact]
    public async Task A_cut_shorter_than_agent_lost_seconds_kills_nothing_and_the_result_arrives_after_the_restore()
    {
        await using var d = await TestDrover.StartAsync();
        await using var network = new TcpProxy(d.AgentUrl);
        using var scratch = new Scratch(d.Prefix + "-cut");
        var hosts = await d.StartAgentAsync(d.Prefix + "-cut", simulate: Hosts, server: network.Url);
        var script = await d.CreateScriptAsync(
            $"echo \"$DROVER_DISPATCH_ID\" >> {scratch.Dir}/$DROVER_RESOURCE_ID; echo start; " +
            $"for i in 1 2 3; do sleep 1; echo tick$i; done; echo done; touch {scratch.Dir}/$DROVER_RESOURCE_ID.end");
        var uuid = await d.ExecuteAsync(script, [hosts]);
        await WaitForOutputAsync(d, uuid, hosts, "start\n");

        network.Cut();
        // The scripts run to their end during the cut (they are not killed), and the server cannot know yet.
        await TestDrover.WaitUntilAsync(() => Task.FromResult(hosts.All(h => scratch.Exists(h + ".end"))),
            TimeSpan.FromSeconds(30), "every script to end during the cut");
        await Task.Delay(1000);
        (await d.HostsAsync(uuid)).Values.ShouldAllBe(h => h.Status() == "PROCESSING");
        network.Restore();

        var info = await d.WaitForStatusAsync(uuid, "FINISHED", TimeSpan.FromSeconds(30));
        info["gmt_finished"].ShouldNotBeNull();
        var done = await d.HostsAsync(uuid);
        foreach (var h in hosts)
        {
            scratch.Lines(h).Length.ShouldBe(1, $"host {h} ran {scratch.Lines(h).Length} times");
            done[h].Status().ShouldBe("FINISHED", done[h].ToJsonString());
            done[h].ExitCode().ShouldBe(0);
            done[h].Message().ShouldBe("start\ntick1\ntick2\ntick3\ndone\n", $"host {h}: output incomplete or duplicated");
        }
    }

    [Fact]
    public async Task A_cut_past_agent_lost_seconds_ends_the_hosts_agent_lost_and_the_late_results_change_nothing()
    {
        await using var d = await TestDrover.StartAsync("--Drover:AgentLostSeconds=3");
        await using var network = new TcpProxy(d.AgentUrl);
        using var scratch = new Scratch(d.Prefix + "-lost");
        var hosts = await d.StartAgentAsync(d.Prefix + "-lost", simulate: Hosts, server: network.Url);
        var script = await d.CreateScriptAsync(
            $"echo \"$DROVER_DISPATCH_ID\" >> {scratch.Dir}/$DROVER_RESOURCE_ID; echo start; sleep 2; echo done; " +
            $"touch {scratch.Dir}/$DROVER_RESOURCE_ID.end");
        var uuid = await d.ExecuteAsync(script, [hosts]);
        await WaitForOutputAsync(d, uuid, hosts, "start\n");

        network.Cut();
        var info = await d.WaitForStatusAsync(uuid, "ABNORMAL", TimeSpan.FromSeconds(30));
        var given = await d.HostsAsync(uuid);
        foreach (var h in hosts)
        {
            given[h].Status().ShouldBe("ABNORMAL");
            given[h].Message().ShouldEndWith("agent lost");
        }
        // The scripts were not killed: they ran to their end while the agent could not reach the server.
        await TestDrover.WaitUntilAsync(() => Task.FromResult(hosts.All(h => scratch.Exists(h + ".end"))),
            TimeSpan.FromSeconds(30), "every script to end during the cut");
        var before = await ResultsAsync(d, uuid);

        network.Restore();
        // The agent delivers each late result; the server records it and changes nothing.
        await TestDrover.WaitUntilAsync(async () =>
                (await d.AuditAsync()).Count(a => a.Action == "instance.late_result") >= Hosts,
            TimeSpan.FromSeconds(30), "the late results to be audited");
        var late = (await d.AuditAsync()).Where(a => a.Action == "instance.late_result").ToList();
        late.Count.ShouldBe(Hosts, "each late result is recorded once");
        late.ShouldAllBe(a => a.Detail!.StartsWith("succeeded (exit 0)"));
        late.Select(a => a.Actor).Order().ShouldBe(hosts.Select(h => "agent:" + h).Order());
        (await ResultsAsync(d, uuid)).ShouldBe(before, "a late result changed the ticket");
        var after = await d.HostsAsync(uuid);
        foreach (var h in hosts)
        {
            scratch.Lines(h).Length.ShouldBe(1, $"host {h} ran {scratch.Lines(h).Length} times");
            // The output that came late is the script's own and is kept, before the note that ended the host.
            after[h].Message().ShouldBe("start\ndone\nagent lost");
        }
        info.Status().ShouldBe("ABNORMAL");
    }

    /// <summary>
    /// Everything a result decides, as the API shows it: the ticket, its statistics and batches, and each host's status,
    /// exit code, attempt and times. (Not the hosts' messages: output is stored as it arrives, late or not.)
    /// </summary>
    private static async Task<string> ResultsAsync(TestDrover d, string uuid)
    {
        var parts = new List<string>
        {
            (await d.TicketAsync(uuid)).ToJsonString(),
            (await d.GetDataAsync($"/v1/job/script/orders/{uuid}/statistics")).ToJsonString(),
            (await d.GetDataAsync($"/v1/job/script/orders/{uuid}/batches")).ToJsonString(),
        };
        foreach (var (id, h) in (await d.HostsAsync(uuid)).OrderBy(h => h.Key, StringComparer.Ordinal))
            parts.Add($"{id} {h.Status()} exit={h.ExitCode()} attempt={h.Attempt()} started={h["gmt_started"]} finished={h["gmt_finished"]} costs={h["execute_costs"]}");
        return string.Join('\n', parts);
    }

    private static async Task WaitForOutputAsync(TestDrover d, string uuid, IReadOnlyList<string> hosts, string text) =>
        await TestDrover.WaitUntilAsync(async () =>
        {
            var all = await d.HostsAsync(uuid);
            return hosts.All(h => all.TryGetValue(h, out var host) && host.Message().Contains(text, StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(30), $"every host's output to show {text.Trim()}");
}
