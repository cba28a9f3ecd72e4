using System.Text.Json;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary>
/// A ticket as its event stream tells it: the snapshot, then each change applied. Answers the lines a plain watch
/// prints for each (hosts as they end or are retried, batch counts, the current batch, the status), and the summary
/// with identical results grouped.
/// </summary>
internal sealed class TicketProgress
{
    public sealed class BatchState(int index)
    {
        public int Index { get; } = index;
        public int Total { get; set; }
        public string Status { get; set; } = "READY";
        public bool Skipped { get; set; }
        public string? Rotation { get; set; }
        public Dictionary<string, int> Counts { get; set; } = [];
        public string? PrintedCounts { get; set; }
    }

    public sealed record HostState(long Id, int Batch, string Host, string Status, int Attempt, int? ExitCode, long? Started, long? Finished)
    {
        /// <summary>The last lines of its output, read for a host that failed.</summary>
        public IReadOnlyList<string> Tail { get; set; } = [];
    }

    public string ExecuteUuid { get; }
    public string? ScriptName { get; private set; }
    public string Status { get; private set; } = "?";
    public int CurrentBatch { get; private set; }
    public long? Created { get; private set; }
    public long? Finished { get; private set; }
    public SortedDictionary<int, BatchState> Batches { get; } = [];
    public Dictionary<long, HostState> Hosts { get; } = [];
    private string? printedStatus;
    private int? printedBatch;

    public TicketProgress(string executeUuid) => ExecuteUuid = executeUuid;

    public int Total => Batches.Values.Sum(b => b.Total);

    public int CountOf(string status) => Batches.Values.Sum(b => b.Counts.GetValueOrDefault(status));

    /// <summary>Whether the watch is over, and how it ended: FINISHED and PAUSED 0, CANCELED 1, ABNORMAL 1 once no host runs.</summary>
    public int? Outcome => Status switch
    {
        "FINISHED" or "PAUSED" => ExitCodes.Ok,
        "CANCELED" => ExitCodes.Failed,
        "ABNORMAL" when CountOf("PROCESSING") == 0 => ExitCodes.Failed,
        _ => null,
    };

    public void ApplySnapshot(JsonElement data)
    {
        var ticket = data.GetProperty("ticket");
        Status = ticket.GetProperty("status").GetString() ?? "?";
        Created = ticket.TryGetProperty("gmt_created", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt64() : null;
        Finished = ticket.TryGetProperty("gmt_finished", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt64() : null;
        var properties = ticket.GetProperty("properties");
        ScriptName = properties.GetProperty("script_name").GetString();
        CurrentBatch = properties.GetProperty("current_execute_batch_index").GetInt32();
        foreach (var b in data.GetProperty("batches").EnumerateArray()) ApplyBatch(b);
    }

    /// <summary>Applies one change; answers the hosts it changed (their new state).</summary>
    public List<(HostState Before, HostState After)> ApplyChange(JsonElement data)
    {
        if (data.GetProperty("ticket") is { ValueKind: JsonValueKind.Object } t)
        {
            Status = t.GetProperty("status").GetString() ?? Status;
            CurrentBatch = t.GetProperty("current_execute_batch_index").GetInt32();
            Finished = t.GetProperty("gmt_finished") is { ValueKind: JsonValueKind.Number } f ? f.GetInt64() : null;
        }
        foreach (var b in data.GetProperty("batches").EnumerateArray()) ApplyBatch(b);
        var changed = new List<(HostState, HostState)>();
        foreach (var h in data.GetProperty("hosts").EnumerateArray())
        {
            var after = new HostState(h.GetProperty("id").GetInt64(), h.GetProperty("batch_index").GetInt32(),
                h.GetProperty("resource_id").GetString() ?? "-", h.GetProperty("status").GetString() ?? "?", h.GetProperty("attempt").GetInt32(),
                Int(h, "exit_code"), Long(h, "gmt_started"), Long(h, "gmt_finished"));
            var before = Hosts.GetValueOrDefault(after.Id) ?? after with { Status = "READY", Attempt = 0 };
            Hosts[after.Id] = after;
            changed.Add((before, after));
        }
        return changed;
    }

    /// <summary>A host row read through the REST API (hosts that ended before the watch began).</summary>
    public HostState Seed(int batch, HostRun row)
    {
        var host = new HostState(row.Id, batch, row.Host, row.Status ?? "?", row.Attempt ?? 1, row.ExitCode,
            row.GmtFinished is { } end && row.ExecuteCosts is { } costs ? end - costs : null, row.GmtFinished);
        Hosts[row.Id] = host;
        return host;
    }

    private void ApplyBatch(JsonElement b)
    {
        var index = b.GetProperty("batch_index").GetInt32();
        if (!Batches.TryGetValue(index, out var batch)) Batches[index] = batch = new BatchState(index);
        batch.Total = b.GetProperty("total_instances").GetInt32();
        batch.Status = b.GetProperty("status").GetString() ?? "?";
        batch.Skipped = b.GetProperty("skipped").GetBoolean();
        batch.Counts = b.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }

    /// <summary>A host's line when it ends (failed hosts with their output's last line) or is dispatched again.</summary>
    public static string? HostLine(HostState before, HostState after)
    {
        if (after.Status is "READY" or "PROCESSING")
            return after.Attempt > 1 && after.Attempt > before.Attempt ? $"host {after.Host} [{after.Id}] batch {after.Batch}: retry, attempt {after.Attempt}" : null;
        if (before.Status == after.Status && before.Attempt == after.Attempt) return null;
        return EndLine(after);
    }

    public static string EndLine(HostState h)
    {
        var exit = h.ExitCode is { } e ? $" exit {e}" : "";
        var attempt = h.Attempt > 1 ? $" attempt {h.Attempt}" : "";
        var took = h.Started is { } s && h.Finished is { } f ? f - s : (long?)null;
        var line = $"host {h.Host} [{h.Id}] batch {h.Batch}: {h.Status}{exit}{attempt} ({Display.Duration(took)})";
        return h.Status == "FINISHED" || h.Tail.Count == 0 ? line : $"{line}: {Display.LastLine(h.Tail[^1], 100)}";
    }

    /// <summary>Batch counts, the current batch and the status, each when it changed since it was last printed.</summary>
    public IEnumerable<string> StateLines()
    {
        foreach (var b in Batches.Values)
        {
            var text = $"batch {b.Index}: {Display.Counts(b.Counts)}{(b.Skipped ? " (skipped)" : "")}";
            if (text == b.PrintedCounts) continue;
            b.PrintedCounts = text;
            yield return text;
        }
        if (CurrentBatch != printedBatch)
        {
            printedBatch = CurrentBatch;
            yield return $"current_batch: {CurrentBatch}/{Batches.Count}";
        }
        if (Status != printedStatus)
        {
            printedStatus = Status;
            yield return $"status: {Status}";
        }
    }

    /// <summary>
    /// The end: hosts by status, and identical results together (as ClusterShell's clubak groups them): the hosts
    /// that succeeded by exit code, those that failed by exit code and last line of output.
    /// </summary>
    public IEnumerable<string> Summary(long now)
    {
        var elapsed = Created is { } c ? (Finished ?? now) - c : (long?)null;
        var counts = Display.InstanceStatuses.ToDictionary(s => s, CountOf);
        yield return $"summary: {Total} host(s) in {Batches.Count} batch(es), {Display.Duration(elapsed)}: {Display.Counts(counts)}";
        var groups = Hosts.Values.Where(h => h.Status is not ("READY" or "PROCESSING"))
            .GroupBy(h => (h.Status, h.ExitCode, Last: h.Status == "FINISHED" ? "" : h.Tail.LastOrDefault() ?? ""))
            .OrderBy(g => g.Key.Status == "FINISHED" ? 1 : 0).ThenByDescending(g => g.Count());
        foreach (var g in groups)
        {
            var names = g.Select(h => h.Host).Order().ToList();
            var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? $", +{names.Count - 5} more" : "");
            var exit = g.Key.ExitCode is { } e ? $" exit {e}" : "";
            var last = g.Key.Last.Length > 0 ? $": {Display.LastLine(g.Key.Last, 80)}" : "";
            yield return $"  {g.Count()} x {g.Key.Status}{exit}{last} ({shown})";
        }
    }

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static long? Long(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
}
