using System.Diagnostics;
using System.Globalization;
using Drover.Bench.Rig;

namespace Drover.Bench;

/// <summary>
/// Dispatch latency: 1-host tickets one after another (100; --quick 30), each a real <c>sh</c> that prints the time it
/// started. Per ticket: API call to the process starting (the script's own clock, same machine) and API call to FINISHED
/// as a client sees it (the ticket polled every 2 ms). Baseline: the bench spawning the same <c>sh</c> itself.
/// </summary>
internal static class Latency
{
    public static async Task RunAsync(BenchOptions o)
    {
        var samples = o.Hosts ?? (o.Quick ? 30 : 100);
        using var stack = await Stack.StartAsync();
        var api = stack.Api;
        var (_, _, names) = await stack.StartAgentAsync(1);
        var script = await api.CreateScriptAsync("bench_latency", "date +%s%N");

        // One untimed ticket first: the server's and the agent's first use of every path pays the JIT.
        await OneAsync(api, script, names);
        var toStart = new List<double>();
        var toFinished = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var (start, finished) = await OneAsync(api, script, names);
            toStart.Add(start);
            toFinished.Add(finished);
        }

        var spawn = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            using var p = Process.Start(new ProcessStartInfo("sh", ["-c", "date +%s%N"]) { RedirectStandardOutput = true })!;
            await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            spawn.Add(clock.Elapsed.TotalMilliseconds);
        }

        var table = new Table($"dispatch latency: 1-host tickets, {samples} one after another");
        table.Add("API call to the process starting, p50", Statistics.Percentile(toStart, 50), null, "ms");
        table.Add("API call to the process starting, p99", Statistics.Percentile(toStart, 99), null, "ms");
        table.Add("API call to FINISHED seen by the client, p50", Statistics.Percentile(toFinished, 50), Statistics.Percentile(spawn, 50), "ms", "spawn to exit");
        table.Add("API call to FINISHED seen by the client, p99", Statistics.Percentile(toFinished, 99), Statistics.Percentile(spawn, 99), "ms", "spawn to exit");
        table.Print();
        stack.KeepFiles = false;
    }

    private static async Task<(double ToStartMs, double ToFinishedMs)> OneAsync(DroverApi api, string script, IReadOnlyList<string> hosts)
    {
        var sentNs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100L;
        var clock = Stopwatch.StartNew();
        var ticket = await api.ExecuteAsync(script, hosts, 1, timeoutSeconds: 60);
        var status = await api.WaitEndedAsync(ticket, TimeSpan.FromMilliseconds(2), TimeSpan.FromSeconds(60));
        var finished = clock.Elapsed.TotalMilliseconds;
        if (status != "FINISHED") throw new InvalidOperationException($"ticket {ticket} ended {status}");
        var message = (await api.HostsAsync(ticket, 1))[0]!["message"]!.GetValue<string>().Trim();
        var startedNs = long.Parse(message.Split('\n')[^1], CultureInfo.InvariantCulture);
        return ((startedNs - sentNs) / 1e6, finished);
    }
}
