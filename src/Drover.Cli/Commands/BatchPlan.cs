using System.Text.Json;
using Drover.Cli.Api;

namespace Drover.Cli.Commands;

/// <summary>
/// Turns the hosts an operator names (flags or a hosts file) into COC's <c>execute_batches</c>.
/// <list type="bullet">
/// <item>Flags: hosts in the order given, one batch, or batches of <c>--batch-size</c>.</item>
/// <item>Text file: one host per line, <c>resource_id [region_id]</c>; a blank line or <c>---</c> starts a new
/// batch; lines starting with <c>#</c> are comments. <c>--batch-size</c> further splits each batch.</item>
/// <item>JSON file: <c>{"execute_batches": [...]}</c> as COC expects (or just the array); missing
/// <c>batch_index</c>, <c>rotation_strategy</c> and <c>region_id</c> are filled from position and flags.</item>
/// </list>
/// </summary>
internal static class BatchPlan
{
    public static IReadOnlyList<ExecuteBatch> FromHosts(IEnumerable<string> hostIds, string region, int? batchSize, string rotation)
    {
        var hosts = hostIds.Select(h => h.Trim()).Where(h => h.Length > 0).Select(h => new TargetHost(h, region)).ToList();
        if (hosts.Count == 0) throw new UsageException("no hosts: give --host, --hosts or --hosts-file");
        return Number(Split([hosts], batchSize), rotation);
    }

    public static IReadOnlyList<ExecuteBatch> FromFile(string path, string text, string region, int? batchSize, string rotation)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            // A COC request fragment already decides its batches; re-splitting it would silently change them.
            if (batchSize is not null) throw new UsageException("--batch-size cannot be combined with a JSON hosts file");
            return FromJson(path, text, region, rotation);
        }
        var groups = ParseText(path, text, region);
        if (groups.Count == 0) throw new UsageException($"{path}: no hosts in the file");
        return Number(Split(groups, batchSize), rotation);
    }

    /// <summary>Host groups in file order; separators only ever close a non-empty group.</summary>
    public static List<List<TargetHost>> ParseText(string path, string text, string region)
    {
        var groups = new List<List<TargetHost>>();
        var current = new List<TargetHost>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.StartsWith('#')) continue;
            if (line.Length == 0 || line == "---")
            {
                if (current.Count > 0) groups.Add(current);
                current = [];
                continue;
            }
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            current.Add(fields.Length switch
            {
                1 => new TargetHost(fields[0], region),
                2 => new TargetHost(fields[0], fields[1]),
                _ => throw new UsageException($"{path}:{lineNumber}: expected 'resource_id [region_id]', got '{line}'"),
            });
        }
        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    private static IReadOnlyList<ExecuteBatch> FromJson(string path, string text, string region, string rotation)
    {
        JsonElement batches;
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new UsageException($"{path}: not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array) batches = root;
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("execute_batches", out var b) && b.ValueKind == JsonValueKind.Array) batches = b;
            else throw new UsageException($"{path}: expected an object with an \"execute_batches\" array");

            var result = new List<ExecuteBatch>();
            var position = 0;
            foreach (var batch in batches.EnumerateArray())
            {
                position++;
                var where = $"{path}: execute_batches[{position - 1}]";
                if (batch.ValueKind != JsonValueKind.Object) throw new UsageException($"{where}: expected an object");
                var index = batch.TryGetProperty("batch_index", out var bi) && bi.TryGetInt32(out var n) ? n : position;
                var strategy = batch.TryGetProperty("rotation_strategy", out var rs) && rs.ValueKind == JsonValueKind.String
                    ? rs.GetString()!.ToUpperInvariant() : rotation;
                if (!batch.TryGetProperty("target_instances", out var targets) || targets.ValueKind != JsonValueKind.Array)
                    throw new UsageException($"{where}: missing \"target_instances\" array");
                var hosts = targets.EnumerateArray().Select((t, i) => Target(t, region, $"{where}.target_instances[{i}]")).ToList();
                if (hosts.Count == 0) throw new UsageException($"{where}: \"target_instances\" is empty");
                result.Add(new ExecuteBatch(index, hosts, strategy));
            }
            if (result.Count == 0) throw new UsageException($"{path}: \"execute_batches\" is empty");
            return result;
        }
    }

    private static TargetHost Target(JsonElement t, string region, string where)
    {
        if (t.ValueKind == JsonValueKind.String) return new TargetHost(t.GetString()!, region);
        if (t.ValueKind != JsonValueKind.Object || !t.TryGetProperty("resource_id", out var id) || id.ValueKind != JsonValueKind.String)
            throw new UsageException($"{where}: expected an object with \"resource_id\"");
        string? Text(string name) => t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        JsonElement? attributes = t.TryGetProperty("custom_attributes", out var a) ? a.Clone() : null;
        return new TargetHost(id.GetString()!, Text("region_id") ?? region, Text("provider") ?? "ECS", Text("type") ?? "CLOUDSERVER", attributes);
    }

    private static List<List<TargetHost>> Split(List<List<TargetHost>> groups, int? batchSize) =>
        batchSize is { } size
            ? groups.SelectMany(g => g.Chunk(size).Select(c => c.ToList())).ToList()
            : groups;

    private static IReadOnlyList<ExecuteBatch> Number(List<List<TargetHost>> groups, string rotation) =>
        groups.Select((g, i) => new ExecuteBatch(i + 1, g, rotation)).ToList();
}
