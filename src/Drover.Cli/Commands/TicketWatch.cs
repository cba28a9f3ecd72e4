using System.Text.Json;
using Drover.Cli.Api;
using Drover.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Drover.Cli.Commands;

/// <summary>
/// Follows a ticket by polling about once a second until it is FINISHED, CANCELED, ABNORMAL with no host still
/// PROCESSING, or PAUSED. On a terminal it draws a live view; otherwise it prints one plain line per change
/// (host results, batch counts, <c>current_batch:</c>, <c>status:</c>); with <c>--output json</c> it prints only
/// the ticket's final info.
/// </summary>
internal sealed class TicketWatch(CommandContext ctx, string executeUuid)
{
    private static readonly TimeSpan Interval = PatientPoll.Interval;

    private readonly SortedDictionary<int, BatchProgress> batches = [];
    private readonly Dictionary<long, (string Status, int Attempt)> hostsSeen = [];
    private readonly List<string> recent = [];
    private bool batchesListed;
    private string? printedStatus;
    private int? printedBatch;
    private TicketInfo? info;
    private JsonElement infoData;
    private TicketStatistics? stats;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (ctx.Screen.Ansi is { } ansi && !ctx.Json)
        {
            int? outcome = null;
            await ansi.Live(new Text("connecting...")).AutoClear(false).StartAsync(async live =>
            {
                while ((outcome = await StepAsync(ct)) is null)
                {
                    live.UpdateTarget(Render());
                    await Task.Delay(Interval, ct);
                }
                live.UpdateTarget(Render());
            });
            ctx.Screen.Field("status", info!.Status);
            return Finish(outcome!.Value);
        }

        while (true)
        {
            var outcome = await StepAsync(ct);
            if (!ctx.Json) PrintChanges();
            if (outcome is { } code)
            {
                if (ctx.Json)
                {
                    ctx.Screen.Json(infoData);
                    return code;
                }
                return Finish(code);
            }
            await Task.Delay(Interval, ct);
        }
    }

    /// <summary>One poll; answers the exit code once the watch should stop.</summary>
    private async Task<int?> StepAsync(CancellationToken ct)
    {
        await PatientPoll.RunAsync(ctx.Screen, PollAsync, info is not null, ct);

        return info!.Status switch
        {
            "FINISHED" => ExitCodes.Ok,
            "PAUSED" => ExitCodes.Ok,
            "CANCELED" => ExitCodes.Failed,
            // ABNORMAL is not final while hosts still run: their results are part of what the operator waits for.
            "ABNORMAL" when stats!.CountOf("PROCESSING") == 0 => ExitCodes.Failed,
            _ => null,
        };
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var infoReply = await ctx.Client.GetTicketAsync(executeUuid, ct);
        var statsReply = await ctx.Client.GetTicketStatisticsAsync(executeUuid, ct);
        info = infoReply.Value;
        infoData = infoReply.Data;
        stats = statsReply.Value;
        if (ctx.Json) return; // JSON mode shows only the final info; host rows would be wasted requests.

        if (!batchesListed)
        {
            // Batches are fixed when the ticket is created, so one listing is enough.
            foreach (var b in (await ctx.Client.ListBatchesAsync(executeUuid, ct)).Value)
                batches[b.BatchIndex] = new BatchProgress(b.BatchIndex, b.TotalInstances, b.RotationStrategy);
            batchesListed = true;
        }
        await RefreshBatchesAsync(ct);
    }

    /// <summary>
    /// Re-reads host rows only where something can be happening: a batch with READY/PROCESSING hosts, the
    /// current batch, or one that was live on the previous poll (to catch its last results). A batch the
    /// statistics show as READY-only is counted without reading its rows. If the counts then disagree with
    /// the statistics (a change slipped between polls, or the server leaves batch_indexes empty), every batch
    /// not read in this poll is read.
    /// </summary>
    private async Task RefreshBatchesAsync(CancellationToken ct)
    {
        var listed = stats!.Counts.ToDictionary(c => c.InstanceStatus, c => (c.BatchIndexes ?? []).ToHashSet());
        bool In(string status, int batch) => listed.TryGetValue(status, out var set) && set.Contains(batch);
        bool InOther(int batch) => listed.Any(kv => kv.Key != "READY" && kv.Value.Contains(batch));

        var current = info!.Properties?.CurrentExecuteBatchIndex;
        var readNow = new HashSet<int>();
        foreach (var b in batches.Values)
        {
            var active = In("READY", b.Index) || In("PROCESSING", b.Index);
            if (!InOther(b.Index) && (In("READY", b.Index) || !b.Read))
                b.AllReady();
            else if (!b.Read || active || b.WasLive || b.Index == current)
            {
                await ReadAsync(b, ct);
                readNow.Add(b.Index);
            }
        }

        if (!Agrees())
            foreach (var b in batches.Values.Where(b => !readNow.Contains(b.Index)))
                await ReadAsync(b, ct);
    }

    private async Task ReadAsync(BatchProgress batch, CancellationToken ct)
    {
        var (detail, rows, _) = await Paging.CollectHostsAsync(ctx.Client, executeUuid, batch.Index, ct);
        batch.Update(detail.TotalInstances, rows);
    }

    private bool Agrees()
    {
        foreach (var c in stats!.Counts)
            if (batches.Values.Sum(b => b.Counts.GetValueOrDefault(c.InstanceStatus)) != c.InstanceCount) return false;
        return batches.Values.Sum(b => b.Counts.Values.Sum()) == stats.Counts.Sum(c => c.InstanceCount);
    }

    private IEnumerable<string> HostChanges()
    {
        foreach (var b in batches.Values)
            foreach (var h in b.Hosts.Values.OrderBy(h => h.Id))
            {
                var status = h.Status ?? "?";
                var attempt = h.Attempt ?? 1;
                var known = hostsSeen.TryGetValue(h.Id, out var seen);
                if (known && seen == (status, attempt)) continue;
                hostsSeen[h.Id] = (status, attempt);
                if (known && attempt > seen.Attempt)
                    yield return $"host {h.Host} [{h.Id}] batch {b.Index}: retry, attempt {attempt} {status}";
                else if (status is not ("READY" or "PROCESSING"))
                    yield return HostLine(b.Index, h);
            }
    }

    private static string HostLine(int batch, HostRun h)
    {
        var exit = h.ExitCode is { } e ? $" exit {e}" : "";
        var attempt = h.Attempt is > 1 ? $" attempt {h.Attempt}" : "";
        var line = $"host {h.Host} [{h.Id}] batch {batch}: {h.Status}{exit}{attempt} ({Display.Duration(h.ExecuteCosts)})";
        return h.Status == "FINISHED" ? line : $"{line}: {Display.LastLine(h.Message, 100)}";
    }

    private void PrintChanges()
    {
        var screen = ctx.Screen;
        foreach (var line in HostChanges()) screen.Line(line);
        foreach (var b in batches.Values)
        {
            var text = $"batch {b.Index}: {Display.Counts(b.Counts)}";
            if (text == b.PrintedCounts) continue;
            b.PrintedCounts = text;
            screen.Line(text);
        }
        var current = info!.Properties?.CurrentExecuteBatchIndex;
        if (current is not null && current != printedBatch)
        {
            printedBatch = current;
            screen.Line($"current_batch: {current}/{batches.Count}");
        }
        if (info.Status != printedStatus)
        {
            printedStatus = info.Status;
            screen.Field("status", info.Status);
        }
    }

    private IRenderable Render()
    {
        foreach (var line in HostChanges())
        {
            recent.Add(line);
            if (recent.Count > 8) recent.RemoveAt(0);
        }
        var current = info!.Properties?.CurrentExecuteBatchIndex;
        var color = Display.StatusColor(info.Status);
        var header = new Markup(
            $"[bold]{Markup.Escape(executeUuid)}[/] {Markup.Escape(info.Properties?.ScriptName ?? "")}\n" +
            $"status [{color}]{Markup.Escape(info.Status ?? "?")}[/]   batch {current?.ToString() ?? "-"}/{batches.Count}   " +
            $"hosts {stats!.TotalInstance}: {Markup.Escape(Display.Counts(stats.Counts.ToDictionary(c => c.InstanceStatus, c => c.InstanceCount)))}   " +
            $"elapsed {Display.Duration(Elapsed())}");

        var table = new Table().Border(TableBorder.Rounded);
        // RUNNING rather than PROCESSING keeps the table inside an 80-column terminal.
        foreach (var h in new[] { "BATCH", "HOSTS", "READY", "RUNNING", "FINISHED", "ABNORMAL", "CANCELED", "ROTATION" })
            table.AddColumn(h);
        var shown = Visible(current);
        foreach (var b in shown)
            table.AddRow(
                b.Index == current ? $"[bold]> {b.Index}[/]" : $"  {b.Index}",
                b.Total.ToString(),
                Count(b, "READY"), Count(b, "PROCESSING"), Count(b, "FINISHED"), Count(b, "ABNORMAL"), Count(b, "CANCELED"),
                Markup.Escape(b.Rotation ?? "-"));
        if (shown.Count < batches.Count)
            table.Caption($"{batches.Count - shown.Count} more batch(es) not shown");

        var events = recent.Count == 0 ? new Text("") : new Text(string.Join('\n', recent));
        return new Rows(header, table, events);
    }

    /// <summary>A terminal fits a dozen batch rows: those around the current one, plus any running or failed.</summary>
    private List<BatchProgress> Visible(int? current)
    {
        const int MaxRows = 12;
        if (batches.Count <= MaxRows) return batches.Values.ToList();
        var centre = current ?? 1;
        return batches.Values
            .Where(b => Math.Abs(b.Index - centre) <= 4 || b.Counts.GetValueOrDefault("PROCESSING") > 0 || b.Counts.GetValueOrDefault("ABNORMAL") > 0)
            .Take(MaxRows)
            .ToList();
    }

    private long? Elapsed() =>
        info?.ExecuteCosts ?? (info?.GmtCreated is { } created ? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - created : null);

    private static string Count(BatchProgress b, string status)
    {
        var n = b.Counts.GetValueOrDefault(status);
        if (n == 0) return "[grey]0[/]";
        var color = Display.StatusColor(status);
        return color == "default" ? n.ToString() : $"[{color}]{n}[/]";
    }

    private int Finish(int code)
    {
        var screen = ctx.Screen;
        var failed = stats?.CountOf("ABNORMAL") ?? 0;
        switch (info!.Status)
        {
            case "PAUSED":
                screen.Line($"ticket paused; continue it with: drover ticket continue {executeUuid}");
                break;
            case "ABNORMAL":
                screen.Line($"{failed} host(s) failed; details: drover ticket show {executeUuid}; retry them: drover ticket retry {executeUuid}");
                break;
        }
        return code;
    }

    /// <summary>What the watch knows about one batch: host rows (when read) and counts by status.</summary>
    private sealed class BatchProgress(int index, int total, string? rotation)
    {
        public int Index { get; } = index;
        public int Total { get; private set; } = total;
        public string? Rotation { get; } = rotation;
        public Dictionary<long, HostRun> Hosts { get; } = [];
        public Dictionary<string, int> Counts { get; private set; } = new() { ["READY"] = total };
        public bool Read { get; private set; }
        public bool WasLive { get; private set; }
        public string? PrintedCounts { get; set; }

        public void AllReady()
        {
            Counts = new Dictionary<string, int> { ["READY"] = Total };
            WasLive = false;
        }

        public void Update(int total, IEnumerable<HostRun> rows)
        {
            Total = total;
            Hosts.Clear();
            foreach (var h in rows) Hosts[h.Id] = h;
            Counts = Hosts.Values.GroupBy(h => h.Status ?? "?").ToDictionary(g => g.Key, g => g.Count());
            Read = true;
            WasLive = Counts.GetValueOrDefault("READY") > 0 || Counts.GetValueOrDefault("PROCESSING") > 0;
        }
    }
}
