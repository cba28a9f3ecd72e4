using Drover.Bench;
using Drover.Bench.Rig;

// drover-bench <fanout|latency|scale|output|api|all> [--quick] [--no-build] [--hosts N] [--postgres CONN]
// Each benchmark prints a table (figure, Drover, baseline, ratio) whose baseline ran in the same invocation.
var benches = new Dictionary<string, Func<BenchOptions, Task>>
{
    ["fanout"] = FanOut.RunAsync,
    ["latency"] = Latency.RunAsync,
    ["scale"] = Scale.RunAsync,
    ["output"] = OutputVolume.RunAsync,
    ["api"] = ApiLoad.RunAsync,
};
if (args.Length == 0 || args[0] is "-h" or "--help" || (args[0] != "all" && !benches.ContainsKey(args[0])))
{
    Console.Error.WriteLine("usage: drover-bench <fanout|latency|scale|output|api|all> [--quick] [--no-build] [--hosts N] [--postgres CONN]");
    Console.Error.WriteLine("see docs/benchmarks.md");
    return 2;
}
BenchOptions options;
try
{
    options = BenchOptions.Parse(args.Skip(1).ToArray());
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
if (!options.NoBuild) Repo.BuildRelease();
Console.WriteLine($"# drover-bench {args[0]}{(options.Quick ? " --quick" : "")}: {Environment.ProcessorCount} cores, " +
    $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
foreach (var (name, run) in benches.Where(b => args[0] == "all" || b.Key == args[0]))
{
    await run(options);
}
return 0;
