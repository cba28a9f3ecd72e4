using System.Diagnostics;
using System.Globalization;

namespace Drover.Bench.Rig;

/// <summary>What the same work costs without Drover, run in the same invocation on the same machine.</summary>
internal static class Baselines
{
    /// <summary>
    /// The floor: <paramref name="hosts"/> spawns of <c>sh -c 'echo ok'</c>, <paramref name="parallel"/> at a time, by
    /// <c>xargs -P</c>, in <paramref name="batches"/> batches one after the other (as the ticket runs them).
    /// </summary>
    public static TimeSpan Xargs(int hosts, int batches, int parallel)
    {
        var perBatch = hosts / batches;
        var script = $"for b in $(seq 1 {batches}); do seq 1 {perBatch} | xargs -P {parallel} -I{{}} sh -c 'echo ok' > /dev/null; done";
        return Time("sh", ["-c", script]);
    }

    public static bool HasAnsible => Which("ansible") is not null;

    /// <summary>
    /// Ansible ad-hoc <c>shell</c> on <paramref name="hosts"/> hosts with <c>ansible_connection=local</c>,
    /// <c>-f forks</c>: the same <c>echo ok</c> per host, run by the tool operators reach for first.
    /// </summary>
    public static TimeSpan Ansible(int hosts, int forks, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var inventory = Path.Combine(workDir, "inventory.ini");
        File.WriteAllText(inventory,
            "[fleet]\n" + string.Concat(Enumerable.Range(1, hosts).Select(i => $"h{i}\n")) +
            "[fleet:vars]\nansible_connection=local\nansible_python_interpreter=/usr/bin/python3\n");
        return Time("ansible", ["fleet", "-i", inventory, "-m", "shell", "-a", "echo ok", "-f", forks.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string>
            {
                ["ANSIBLE_HOST_KEY_CHECKING"] = "False",
                ["ANSIBLE_LOCAL_TEMP"] = Path.Combine(workDir, "tmp"),
                ["ANSIBLE_REMOTE_TEMP"] = Path.Combine(workDir, "remote-tmp"),
                ["ANSIBLE_GATHERING"] = "explicit",
            });
    }

    private static TimeSpan Time(string program, string[] args, IDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) start.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        var elapsed = clock.Elapsed;
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{program} exited with {p.ExitCode}: {stderr.Result[..Math.Min(2000, stderr.Result.Length)]}{stdout.Result[^Math.Min(2000, stdout.Result.Length)..]}");
        return elapsed;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
