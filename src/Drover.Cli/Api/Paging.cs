using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drover.Cli.Api;

/// <summary>Rows gathered over one or more keyset pages, with their raw JSON for <c>--output json</c>.</summary>
internal sealed record Collected<T>(long Total, IReadOnlyList<T> Rows, IReadOnlyList<JsonElement> RawRows)
{
    /// <summary>The same shape as one page (<c>{"total","data"}</c>), so scripts parse one page and <c>--all</c> alike.</summary>
    public JsonNode ToJson() => new JsonObject
    {
        ["total"] = Total,
        ["data"] = new JsonArray(RawRows.Select(r => JsonNode.Parse(r.GetRawText())).ToArray()),
    };
}

internal static class Paging
{
    /// <summary>
    /// Reads one page, or with <paramref name="all"/> follows markers (the last row's id, lists being newest
    /// first) until a short or empty page.
    /// </summary>
    public static async Task<Collected<T>> CollectAsync<T>(
        Func<long?, Task<Reply<Page<T>>>> fetch, Func<T, long> markerOf, int pageSize, bool all)
    {
        var rows = new List<T>();
        var raw = new List<JsonElement>();
        long total = 0;
        long? marker = null;
        while (true)
        {
            var reply = await fetch(marker);
            total = reply.Value.Total;
            var page = reply.Value.Rows;
            rows.AddRange(page);
            if (reply.Data.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
                raw.AddRange(data.EnumerateArray().Select(e => e.Clone()));
            if (!all || page.Count == 0 || page.Count < pageSize) break;
            var next = markerOf(page[^1]);
            // A server that ignores the marker would otherwise loop forever on the same page.
            if (next == marker) break;
            marker = next;
        }
        return new Collected<T>(total, rows, raw);
    }

    /// <summary>
    /// Offset paging (COC's opsflow lists): one page, or with <paramref name="all"/> every page until the total is
    /// reached or a page comes back empty. The offset advances by the rows received, so a server that caps the page
    /// size below <paramref name="pageSize"/> is still read in full. A row seen twice (rows added while paging shift
    /// a newest-first list) is kept once.
    /// </summary>
    public static async Task<Collected<T>> CollectByOffsetAsync<T>(
        Func<long, Task<Reply<Page<T>>>> fetch, Func<T, string?> keyOf, bool all)
    {
        var rows = new List<T>();
        var raw = new List<JsonElement>();
        var seen = new HashSet<string>();
        long total = 0;
        long offset = 0;
        while (true)
        {
            var reply = await fetch(offset);
            total = reply.Value.Total;
            var page = reply.Value.Rows;
            var rawPage = reply.Data.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray().Select(e => e.Clone()).ToList()
                : [];
            for (var i = 0; i < page.Count; i++)
            {
                if (keyOf(page[i]) is { } key && !seen.Add(key)) continue;
                rows.Add(page[i]);
                if (i < rawPage.Count) raw.Add(rawPage[i]);
            }
            if (!all || page.Count == 0) break;
            offset += page.Count;
            if (offset >= total) break;
        }
        return new Collected<T>(total, rows, raw);
    }

    /// <summary>Every step run of an execution, in the server's order.</summary>
    public static Task<Collected<ExecutionStep>> CollectStepsAsync(DroverClient client, string executionId, CancellationToken ct) =>
        CollectByOffsetAsync(o => client.ListExecutionStepsAsync(executionId, DroverClient.OpsPage, o, ct), s => s.ExecutionStepId, all: true);

    /// <summary>Every host (step instance) of one scripts step.</summary>
    public static Task<Collected<StepInstance>> CollectInstancesAsync(DroverClient client, string executionStepId, CancellationToken ct) =>
        CollectByOffsetAsync(o => client.ListStepInstancesAsync(executionStepId, DroverClient.OpsPage, o, ct), i => i.Key, all: true);

    /// <summary>Every host row of one batch (COC pages them 50 at a time).</summary>
    public static async Task<(BatchDetail Batch, List<HostRun> Rows, List<JsonElement> RawRows)> CollectHostsAsync(
        DroverClient client, string executeUuid, int batchIndex, CancellationToken ct)
    {
        var rows = new List<HostRun>();
        var raw = new List<JsonElement>();
        long? marker = null;
        BatchDetail? first = null;
        while (true)
        {
            var reply = await client.GetBatchAsync(executeUuid, batchIndex, DroverClient.MaxHostPage, marker, null, ct);
            first ??= reply.Value;
            var page = reply.Value.Rows;
            rows.AddRange(page);
            if (reply.Data.TryGetProperty("execute_instances", out var data) && data.ValueKind == JsonValueKind.Array)
                raw.AddRange(data.EnumerateArray().Select(e => e.Clone()));
            if (page.Count < DroverClient.MaxHostPage) break;
            var next = page[^1].Id;
            if (next == marker) break;
            marker = next;
        }
        return (first, rows, raw);
    }
}
