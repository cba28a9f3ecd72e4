using System.Diagnostics;
using System.Globalization;
using Drover.Bench.Rig;

namespace Drover.Bench;

/// <summary>
/// Output: N hosts (100; --quick 20) each print M bytes (10 MB; --quick 2 MB) of 100-byte lines in one batch. Figures:
/// API call to FINISHED, throughput, the server's peak memory, and bytes sent = bytes stored (every host's full output
/// downloaded and counted). Baseline: the same output written to files by <c>xargs -P N</c>.
/// </summary>
internal static class OutputVolume
{
    private const string Line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz0";

    public static async Task RunAsync(BenchOptions o)
    {
        var hosts = o.Hosts ?? (o.Quick ? 20 : 100);
        var bytes = (o.Quick ? 2L : 10L) * 1024 * 1024;
        var command = $"yes {Line} | head -c {bytes}";
        using var stack = await Stack.StartAsync();
        var (agent, _, names) = await stack.StartAgentAsync(hosts);
        var script = await stack.Api.CreateScriptAsync("bench_output", command);
        var serverBefore = stack.Server.Usage.RssBytes;

        var clock = Stopwatch.StartNew();
        var ticket = await stack.Api.ExecuteAsync(script, names, hosts);
        var status = await stack.Api.WaitEndedAsync(ticket, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(30));
        var elapsed = clock.Elapsed.TotalSeconds;
        if (status != "FINISHED") throw new InvalidOperationException($"ticket {ticket} ended {status}");
        var serverPeak = stack.Server.Usage.PeakRssBytes;

        // Every host's full output, downloaded and counted: what was sent must be what is stored.
        long stored = 0, wrong = 0;
        foreach (var host in await AllHostsAsync(stack.Api, ticket, hosts))
        {
            using var r = await stack.Api.Http.GetAsync($"/v1/job/script/orders/{ticket}/instances/{host}/output",
                HttpCompletionOption.ResponseHeadersRead);
            r.EnsureSuccessStatusCode();
            await using var body = await r.Content.ReadAsStreamAsync();
            var n = await CountAsync(body);
            stored += n;
            if (n != bytes) wrong++;
        }

        var dir = Path.Combine(stack.Dir, "xargs-out");
        Directory.CreateDirectory(dir);
        var baseline = Stopwatch.StartNew();
        // .NET leaves SIGPIPE ignored in its children; `yes | head` needs it back, as the agent gives scripts.
        using (var p = Process.Start(new ProcessStartInfo("env",
            ["--default-signal=PIPE", "sh", "-c", $"seq 1 {hosts} | xargs -P {hosts} -I{{}} sh -c '{command} > {dir}/{{}}.out'"]))!)
        {
            await p.WaitForExitAsync();
        }
        var xargs = baseline.Elapsed.TotalSeconds;
        var total = hosts * bytes;

        var table = new Table($"output: {hosts} hosts x {bytes / 1048576} MB in one batch");
        table.Add("API call to FINISHED", elapsed, xargs, "s", "xargs into files");
        table.Add("throughput", total / 1048576.0 / elapsed, total / 1048576.0 / xargs, "MB/s");
        table.Add("server memory: before / peak", $"{Table.Mb(serverBefore)} / {Table.Mb(serverPeak)}");
        table.Add("agent memory peak", Table.Mb(agent.Usage.PeakRssBytes));
        table.Add("bytes sent / bytes stored", $"{total.ToString("N0", CultureInfo.InvariantCulture)} / {stored.ToString("N0", CultureInfo.InvariantCulture)}",
            wrong == 0 ? "every host complete" : $"{wrong} hosts incomplete");
        table.Print();
        if (wrong > 0) throw new InvalidOperationException($"{wrong} hosts' stored output differs from what they printed");
        stack.KeepFiles = false;
    }

    private static async Task<List<long>> AllHostsAsync(DroverApi api, string ticket, int hosts)
    {
        var ids = new List<long>();
        string? marker = null;
        while (ids.Count < hosts)
        {
            var page = (await api.GetAsync($"/v1/job/script/orders/{ticket}/batches/1?limit=20" + (marker is null ? "" : $"&marker={marker}")))
                ["execute_instances"]!.AsArray();
            if (page.Count == 0) break;
            ids.AddRange(page.Select(h => h!["id"]!.GetValue<long>()));
            marker = ids[^1].ToString(CultureInfo.InvariantCulture);
        }
        return ids;
    }

    private static async Task<long> CountAsync(Stream body)
    {
        var buffer = new byte[81920];
        long n = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0) n += read;
        return n;
    }
}
