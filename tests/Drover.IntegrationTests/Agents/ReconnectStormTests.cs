using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Drover.IntegrationTests.Agents;

/// <summary>
/// A reconnection storm: 1,000 hosts connected to a server that is killed with SIGKILL and restarted, so all of them
/// dial again at once. The server admits them in turns and turns the overflow away with a retry hint; all come back,
/// /healthz answers throughout, and the hosts run work afterwards.
/// </summary>
public sealed class ReconnectStormTests(ITestOutputHelper output)
{
    private const int Hosts = 1000;

    [Fact]
    public async Task A_thousand_hosts_reconnecting_at_once_are_admitted_in_turns_all_come_back_and_the_server_stays_healthy()
    {
        // A short queue, so this storm certainly overflows it: the refusals and their retries are part of what is tested.
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: Hosts, serverArgs:
        [
            "--Drover:Agents:Admission:MaxConcurrent=2", "--Drover:Agents:Admission:MaxQueued=10",
            "--Drover:Agents:Admission:RetryAfterMilliseconds=500",
        ]);
        await WaitForConnectedAsync(rig, TimeSpan.FromSeconds(120));

        rig.Kill();
        var restartedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await rig.RestartAsync();
        var clock = Stopwatch.StartNew();
        await using var health = new HealthWatch(rig.ApiUrl, answerWithin: TimeSpan.FromSeconds(5));
        var admission = await WaitForConnectedAsync(rig, TimeSpan.FromSeconds(120));
        var allBack = clock.Elapsed;
        await health.StopAsync();

        // Every host registered again with this server, and is ONLINE.
        var agents = await AllAgentsAsync(rig);
        agents.Count.ShouldBe(Hosts);
        foreach (var a in agents)
        {
            a.Status().ShouldBe("ONLINE", $"{a.ToJsonString()}\nserver: {rig.ServerOutput}");
            a["last_heartbeat"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(restartedAtMs, a.ToJsonString());
        }
        // The queue overflowed, the agents turned away came back later, and /healthz never failed meanwhile.
        admission["refused"]!.GetValue<long>().ShouldBeGreaterThan(0, admission.ToJsonString());
        admission["admitted"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(Hosts, admission.ToJsonString());
        health.Failures.ShouldBeEmpty();
        health.Answers.ShouldBeGreaterThan(0);

        // Work after the storm: a ticket over a sample of the hosts runs on each exactly once.
        var sample = rig.Hosts.OrderBy(_ => Random.Shared.Next()).Take(20).ToList();
        var script = await rig.CreateScriptAsync($"{rig.Markers.Line}; echo \"ok on $DROVER_RESOURCE_ID\"");
        var uuid = await rig.ExecuteAsync(script, [sample[..10], sample[10..]]);
        await rig.WaitForStatusAsync(uuid, "FINISHED");
        var hosts = await rig.HostsAsync(uuid);
        foreach (var h in sample)
        {
            hosts[h].Status().ShouldBe("FINISHED");
            hosts[h].Message().ShouldBe($"ok on {h}\n");
            rig.Markers.ShouldHaveRun(h, uuid, attempts: 1);
        }

        output.WriteLine($"{Hosts} hosts back {allBack.TotalSeconds:0.0} s after the restart; admission: {admission.ToJsonString()}; " +
            $"/healthz answered {health.Answers} times, slowest {health.Slowest.TotalMilliseconds:0} ms");
    }

    /// <summary>Waits until every host has a live session on the server; answers the admission counters then.</summary>
    private static async Task<JsonNode> WaitForConnectedAsync(CrashRig rig, TimeSpan within)
    {
        JsonNode? last = null;
        await DroverClient.WaitUntilAsync(async () =>
        {
            last = await rig.GetDataAsync("/v1/agents/admission");
            return last["connected"]!.GetValue<int>() == Hosts;
        }, within, () => $"{Hosts} hosts connected (last: {last?.ToJsonString()}; server: {rig.ServerOutput})");
        return last!;
    }

    private static async Task<List<JsonNode>> AllAgentsAsync(CrashRig rig)
    {
        var all = new List<JsonNode>();
        long? marker = null;
        while (true)
        {
            var page = await rig.GetDataAsync("/v1/agents?limit=100" + (marker is { } m ? $"&marker={m}" : ""));
            var rows = page["data"]!.AsArray().Select(r => r!).ToList();
            if (rows.Count == 0) return all;
            all.AddRange(rows);
            marker = rows[^1]["id"]!.GetValue<long>();
        }
    }
}
