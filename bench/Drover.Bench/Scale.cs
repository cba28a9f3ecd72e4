using System.Diagnostics;
using Drover.Bench.Rig;

namespace Drover.Bench;

/// <summary>
/// Scale: N simulated hosts (10,000; --quick 1,000) in one agent process connect to one server: time until all are
/// ONLINE, memory and CPU at rest (10 s idle), one N-host ticket in batches of 100 (<c>echo ok</c>), and ten concurrent
/// tickets of N/10 hosts each in batches of 10. Baseline: the same spawns by <c>xargs -P 100</c>.
/// At any N, 100 tasks run at once, as in the fan-out: the simulated hosts share one machine's two cores, and 1,000
/// tasks at once (batches of N/10 at N = 10,000) starve the agent and the server themselves (docs/benchmarks.md).
/// </summary>
internal static class Scale
{
    public static async Task RunAsync(BenchOptions o)
    {
        var hosts = o.Hosts ?? (o.Quick ? 1000 : 10_000);
        const int atOnce = 100;
        var batches = Math.Max(1, hosts / atOnce);
        using var stack = await Stack.StartAsync();
        var (agent, online, names) = await stack.StartAgentAsync(hosts, limit: TimeSpan.FromMinutes(10));
        Console.Error.WriteLine($"{hosts} hosts ONLINE after {online.TotalSeconds:0.0} s");

        // At rest: heartbeats only.
        var s0 = stack.Server.Usage;
        var a0 = agent.Usage;
        await Task.Delay(TimeSpan.FromSeconds(10));
        var s1 = stack.Server.Usage;
        var a1 = agent.Usage;
        Console.Error.WriteLine($"at rest: server {(s1.Cpu - s0.Cpu).TotalSeconds / 10:P0}, agent {(a1.Cpu - a0.Cpu).TotalSeconds / 10:P0} of a core");

        var script = await stack.Api.CreateScriptAsync("bench_scale", "echo ok");
        var clock = Stopwatch.StartNew();
        var one = await stack.Api.ExecuteAsync(script, names, atOnce);
        var status = await stack.Api.WaitEndedAsync(one, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(60));
        var oneTicket = clock.Elapsed.TotalSeconds;
        if (status != "FINISHED") throw new InvalidOperationException($"the {hosts}-host ticket {one} ended {status}");
        Console.Error.WriteLine($"one {hosts}-host ticket: {oneTicket:0.0} s");

        clock.Restart();
        var tickets = new List<string>();
        foreach (var part in names.Chunk(hosts / 10))
        {
            tickets.Add(await stack.Api.ExecuteAsync(script, part, Math.Max(1, atOnce / 10)));
        }
        var ends = await Task.WhenAll(tickets.Select(t => stack.Api.WaitEndedAsync(t, TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(60))));
        var tenTickets = clock.Elapsed.TotalSeconds;
        if (ends.Any(e => e != "FINISHED")) throw new InvalidOperationException($"concurrent tickets ended {string.Join(", ", ends)}");
        var peakServer = stack.Server.Usage.PeakRssBytes;
        var peakAgent = agent.Usage.PeakRssBytes;

        // Both runs spawn N processes, 100 at once (one ticket of batches of 100, or ten of batches of 10), so one floor serves both.
        var xargs = Baselines.Xargs(hosts, batches, atOnce).TotalSeconds;

        var table = new Table($"scale: {hosts} simulated hosts in one agent process, one server (SQLite)");
        table.Add($"{hosts} hosts connected: time until all ONLINE", online.TotalSeconds, null, "s");
        table.Add("at rest (10 s): server / agent memory", $"{Table.Mb(s1.RssBytes)} / {Table.Mb(a1.RssBytes)}");
        table.Add("at rest (10 s): server / agent CPU", $"{(s1.Cpu - s0.Cpu).TotalSeconds / 10:P0} / {(a1.Cpu - a0.Cpu).TotalSeconds / 10:P0} of a core");
        table.Add($"one {hosts}-host ticket, {batches} batches of {atOnce}, to FINISHED", oneTicket, xargs, "s", $"xargs -P {atOnce}");
        table.Add($"ten concurrent {hosts / 10}-host tickets, batches of {atOnce / 10}, to all FINISHED", tenTickets, xargs, "s", $"xargs -P {atOnce}");
        table.Add("peak memory: server / agent", $"{Table.Mb(peakServer)} / {Table.Mb(peakAgent)}");
        table.Print();
        stack.KeepFiles = false;
    }
}
