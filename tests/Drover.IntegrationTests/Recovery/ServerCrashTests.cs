using Xunit.Abstractions;

namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// Nothing is lost: the server is killed with SIGKILL in the middle of a ticket, several times, and restarted on the
/// same data directory. Every host's script records each run; afterwards each host ran exactly once, the ticket FINISHED
/// and every host's output is there.
/// </summary>
public sealed class ServerCrashTests(ITestOutputHelper output)
{
    [Fact]
    public Task Killing_the_server_mid_ticket_loses_nothing_and_runs_no_host_twice() =>
        KillMidTicketAsync(agents: 1, hostsPerAgent: 20, batches: 5, kills: 3);

    [Fact]
    public Task Killing_the_server_at_random_moments_of_a_200_host_5_batch_ticket_runs_every_host_exactly_once() =>
        KillMidTicketAsync(agents: 2, hostsPerAgent: 100, batches: 5, kills: 4);

    private async Task KillMidTicketAsync(int agents, int hostsPerAgent, int batches, int kills)
    {
        await using var rig = await CrashRig.StartAsync(agents, hostsPerAgent);
        var script = await rig.CreateScriptAsync(
            $"{rig.Markers.Line}; sleep 0.$((RANDOM % 8 + 2)); echo \"done on $DROVER_RESOURCE_ID\"");
        var hosts = rig.Hosts;
        var uuid = await rig.ExecuteAsync(script, [.. hosts.Chunk(hosts.Count / batches)]);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Kill k comes once a random number of hosts, within the k-th of kills+1 equal bands, have finished: the moments
        // fall all over the run (dispatching, running, results arriving, agents still reconnecting from the last kill).
        for (var k = 0; k < kills; k++)
        {
            var threshold = (int)(hosts.Count * (k + Random.Shared.NextDouble()) / (kills + 1));
            await rig.KillWhenAsync(async () => (await rig.HostCountsAsync(uuid)).GetValueOrDefault("FINISHED") >= threshold,
                $"{threshold} hosts FINISHED before kill {k + 1}");
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed at {threshold}+ hosts FINISHED, restarted");
        }

        var info = await rig.WaitForTicketAsync(uuid, t => t.Status() is "FINISHED" or "ABNORMAL" or "CANCELED", "to end",
            TimeSpan.FromSeconds(120));
        var seen = await rig.HostsAsync(uuid);
        // Which hosts did not finish, and what they say, is what a failure here needs to be understood.
        info.Status().ShouldBe("FINISHED", info.ToJsonString() + "\nhosts not FINISHED:\n" + string.Join("\n",
            seen.Where(h => h.Value.Status() != "FINISHED").Select(h => $"{h.Key}: {h.Value.ToJsonString()}")) + $"\nserver: {rig.ServerOutput}");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: ticket FINISHED");
        seen.Keys.Order().ShouldBe(hosts.Order());
        foreach (var h in hosts)
        {
            seen[h].Status().ShouldBe("FINISHED", seen[h].ToJsonString());
            seen[h].Attempt().ShouldBe(1);
            seen[h].Message().ShouldBe($"done on {h}\n");
            rig.Markers.ShouldHaveRun(h, uuid, attempts: 1);
        }
        var duplicates = rig.Markers.Duplicates();
        output.WriteLine($"{hosts.Count} hosts, {batches} batches: {rig.Kills} kills, {rig.Markers.All().Count} host runs, {duplicates.Count} duplicates");
        duplicates.ShouldBeEmpty();
    }
}
