using System.Diagnostics;
using Drover.Bench.Rig;

namespace Drover.Bench;

/// <summary>
/// Scale: N simulated hosts (10,000; --quick 1,000) in one agent process connect to one server: time until all are
/// ONLINE, memory and CPU at rest (10 s idle), one N-host ticket (10 batches, <c>echo ok</c>), and ten concurrent tickets
/// of N/10 hosts each. Baseline: the same spawns by <c>xargs</c> at the same parallelism.
/// </summary>
internal static class Scale
{
    public static async Task RunAsync(BenchOptions o)
    {
        var hosts = o.Hosts ?? (o.Quick ? 1000 : 10_000);
        const int batches = 10;
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
        var one = await stack.Api.ExecuteAsync(script, names, hosts / batches);
        var status = await stack.Api.WaitEndedAsync(one, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(30));
        var oneTicket = clock.Elapsed.TotalSeconds;
        if (status != "FINISHED") throw new InvalidOperationException($"the {hosts}-host ticket {one} ended {status}");
        Console.Error.WriteLine($"one {hosts}-host ticket: {oneTicket:0.0} s");

        clock.Restart();
        var tickets = new List<string>();
        foreach (var part in names.Chunk(hosts / 10))
        {
            tickets.Add(await stack.Api.ExecuteAsync(script, part, Math.Max(1, part.Length / batches)));
        }
        var ends = await Task.WhenAll(tickets.Select(t => stack.Api.WaitEndedAsync(t, TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(30))));
        var tenTickets = clock.Elapsed.TotalSeconds;
        if (ends.Any(e => e != "FINISHED")) throw new InvalidOperationException($"concurrent tickets ended {string.Join(", ", ends)}");
        var peakServer = stack.Server.Usage.PeakRssBytes;
        var peakAgent = agent.Usage.PeakRssBytes;

        // Both runs spawn N processes in 10 rounds of N/10 at once (ten tickets of ten batches of N/100), so one floor serves both.
        var xargs = Baselines.Xargs(hosts, batches, hosts / batches).TotalSeconds;

        var table = new Table($"scale: {hosts} simulated hosts in one agent process, one server (SQLite)");
        table.Add($"{hosts} hosts connected: time until all ONLINE", online.TotalSeconds, null, "s");
        table.Add("at rest (10 s): server / agent memory", $"{Table.Mb(s1.RssBytes)} / {Table.Mb(a1.RssBytes)}");
        table.Add("at rest (10 s): server / agent CPU", $"{(s1.Cpu - s0.Cpu).TotalSeconds / 10:P0} / {(a1.Cpu - a0.Cpu).TotalSeconds / 10:P0} of a core");
        table.Add($"one {hosts}-host ticket, {batches} batches, to FINISHED", oneTicket, xargs, "s", $"xargs -P {hosts / batches}");
        table.Add($"ten concurrent {hosts / 10}-host tickets, to all FINISHED", tenTickets, xargs, "s", $"xargs -P {hosts / batches}");
        table.Add("peak memory: server / agent", $"{Table.Mb(peakServer)} / {Table.Mb(peakAgent)}");
        table.Print();
        stack.KeepFiles = false;
    }
}
