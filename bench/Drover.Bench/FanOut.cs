using System.Diagnostics;
using Drover.Bench.Rig;

namespace Drover.Bench;

/// <summary>
/// Fan-out: N hosts (1,000; --quick 200) in 10 batches, CONTINUE, each running a real <c>sh -c 'echo ok'</c>, from the
/// API call to the ticket FINISHED, median of 3 (--quick: 1). Baselines: the same spawns by <c>xargs -P 100</c> batch
/// after batch (the floor), and Ansible ad-hoc <c>shell</c> with <c>-f 100</c> when ansible is installed (full mode).
/// </summary>
internal static class FanOut
{
    public static async Task RunAsync(BenchOptions o)
    {
        var hosts = o.Hosts ?? (o.Quick ? 200 : 1000);
        var runs = o.Quick ? 1 : 3;
        const int batches = 10;
        using var stack = await Stack.StartAsync();
        var (agent, _, names) = await stack.StartAgentAsync(hosts);
        var script = await stack.Api.CreateScriptAsync("bench_fanout", "echo ok");

        var times = new List<double>();
        var serverCpu = stack.Server.Usage.Cpu;
        var agentCpu = agent.Usage.Cpu;
        var supervisorCpu = agent.Usage.ChildrenCpu;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var ticket = await stack.Api.ExecuteAsync(script, names, hosts / batches);
            // Polled every 100 ms: the figure is seconds, and a tighter poll costs the server CPU the run is measuring.
            var status = await stack.Api.WaitEndedAsync(ticket, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(20));
            times.Add(clock.Elapsed.TotalSeconds);
            if (status != "FINISHED") throw new InvalidOperationException($"ticket {ticket} ended {status}");
            Console.Error.WriteLine($"run {run + 1}: {clock.Elapsed.TotalSeconds:0.00} s");
        }
        var drover = Statistics.Median(times);
        var serverCpuPerRun = (stack.Server.Usage.Cpu - serverCpu).TotalSeconds / runs;
        var agentCpuPerRun = (agent.Usage.Cpu - agentCpu).TotalSeconds / runs;
        var supervisorCpuPerRun = (agent.Usage.ChildrenCpu - supervisorCpu).TotalSeconds / runs;

        var xargs = Statistics.Median(Enumerable.Range(0, runs).Select(_ => Baselines.Xargs(hosts, batches, hosts / batches).TotalSeconds).ToList());
        var table = new Table($"fan-out: {hosts} hosts, {batches} batches of {hosts / batches}, `echo ok`, API call to FINISHED" +
            (runs > 1 ? $" (median of {runs})" : ""));
        table.Add($"{hosts} hosts to FINISHED", drover, xargs, "s", $"xargs -P {hosts / batches}");
        if (!o.Quick && Baselines.HasAnsible)
        {
            Console.Error.WriteLine("ansible baseline (minutes)...");
            var ansible = Baselines.Ansible(hosts, 100, Path.Combine(stack.Dir, "ansible")).TotalSeconds;
            table.Add($"{hosts} hosts to done", drover, ansible, "s", "ansible -f 100");
        }
        else
        {
            table.Add($"{hosts} hosts, Ansible", o.Quick ? "(full mode only)" : "(ansible not installed)");
        }
        table.Add("mean per batch", Table.Format(drover / batches, "s"), Table.Format(xargs / batches, "s"));
        table.Add("server CPU per run", Table.Format(serverCpuPerRun, "s"));
        table.Add("agent CPU per run (the agent process)", Table.Format(agentCpuPerRun, "s"));
        table.Add("CPU per run of the processes it started and reaped", Table.Format(supervisorCpuPerRun, "s"));
        table.Add("server / agent memory after", $"{Table.Mb(stack.Server.Usage.RssBytes)} / {Table.Mb(agent.Usage.RssBytes)}");
        table.Print();
        stack.KeepFiles = false;
    }
}
