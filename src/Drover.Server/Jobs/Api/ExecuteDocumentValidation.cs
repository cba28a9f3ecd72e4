using System.Text.Json;
using Drover.Domain.Common;
using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Executions;
using Drover.Server.Http;
using Drover.Server.Jobs.Commands;
using Drover.Server.Jobs.Engine;

namespace Drover.Server.Jobs.Api;

/// <summary>ExecuteDocument's rules: parameters against the document's inputs, and the targets that make its batches.</summary>
public static class ExecuteDocumentValidation
{
    public const int MaxParameters = 200;
    public const int MaxBatches = 100;

    public static ExecutionPlan Validate(ExecuteDocumentRequest req, Document document)
    {
        if (req.Description is { Length: > 500 }) throw CocError.Invalid("description", "length must be at most 500");
        var globals = Globals(req.Parameters, document);
        var type = TypeOf(req);
        var batches = new List<ExecutionBatchState>();
        int? concurrency = null;
        double? threshold = null;
        switch (type)
        {
            case ExecutionType.Normal:
                if (req.Targets is { Count: > 0 }) throw CocError.Invalid("targets", "a NORMAL execution takes no targets");
                batches.Add(new ExecutionBatchState(1, "CONTINUE", false, null));
                break;
            case ExecutionType.Batch:
                var batch = SingleTarget(req, "BatchValues", document);
                batches.AddRange(BatchValues(batch));
                break;
            case ExecutionType.RateControl:
                var set = SingleTarget(req, "InstanceValues", document);
                batches.Add(new ExecutionBatchState(1, "CONTINUE", false, Instances("targets[0].values", set.Values!)));
                if (set.Concurrency is < 1) throw CocError.Invalid("targets[0].concurrency", "must be at least 1");
                if (set.ErrorThreshold is < 0 or > 100) throw CocError.Invalid("targets[0].error_threshold", "must be between 0 and 100 (percent)");
                concurrency = set.Concurrency;
                threshold = set.ErrorThreshold;
                break;
        }
        // Inputs without a value are refused now, not when a step needs them: the target parameter is bound per batch.
        foreach (var input in document.Inputs)
        {
            if (globals.ContainsKey(input.Name) || input.Name == req.TargetParameterName && type != ExecutionType.Normal) continue;
            throw CocError.BadRequest(ErrorCodes.ExecutionInvalid, $"parameters: input '{input.Name}' has no default and no value was given");
        }
        return new ExecutionPlan(type, globals, req.Parameters?.Select(p => new NamedValue(p!.Key!, p.Value ?? "")).ToList() ?? [],
            req.SysTags?.Where(t => t?.Key is not null).Select(t => new NamedValue(t!.Key!, t.Value ?? "")).ToList() ?? [],
            type == ExecutionType.Normal ? null : req.TargetParameterName, batches, concurrency, threshold, req.Description);
    }

    private static Dictionary<string, string> Globals(List<KeyValueDto?>? given, Document document)
    {
        var globals = document.Inputs.Where(i => i.Default is not null).ToDictionary(i => i.Name, i => i.Default!, StringComparer.Ordinal);
        if (given is null) return globals;
        if (given.Count > MaxParameters) throw CocError.Invalid("parameters", $"at most {MaxParameters} parameters");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var p = given[i] ?? throw CocError.Invalid($"parameters[{i}]", "must be an object");
            if (string.IsNullOrEmpty(p.Key) || p.Key.Length > 256) throw CocError.Invalid($"parameters[{i}].key", "required, length 1-256");
            if (!seen.Add(p.Key)) throw CocError.Invalid($"parameters[{i}].key", $"duplicate parameter '{p.Key}'");
            if (document.Inputs.All(x => x.Name != p.Key))
                throw CocError.Invalid($"parameters[{i}].key", $"the job declares no input '{p.Key}'" +
                    (document.Inputs.Count > 0 ? $" (it declares {string.Join(", ", document.Inputs.Select(x => x.Name))})" : ""));
            if (p.Value is null) throw CocError.Invalid($"parameters[{i}].value", "required");
            if (p.Value.Length > 65_536) throw CocError.Invalid($"parameters[{i}].value", "length must be at most 65536");
            globals[p.Key] = p.Value;
        }
        return globals;
    }

    private static ExecutionType TypeOf(ExecuteDocumentRequest req)
    {
        if (req.Type is not null)
            return WireNames.TryParse(req.Type, out ExecutionType t) ? t : throw CocError.Invalid("type", "must be one of NORMAL, BATCH, RATE_CONTROL");
        return req.Targets?.FirstOrDefault()?.Key switch
        {
            null => ExecutionType.Normal,
            "BatchValues" => ExecutionType.Batch,
            "InstanceValues" => ExecutionType.RateControl,
            var k => throw CocError.Invalid("targets[0].key", $"must be BatchValues or InstanceValues, not '{k}'"),
        };
    }

    private static TargetDto SingleTarget(ExecuteDocumentRequest req, string key, Document document)
    {
        if (string.IsNullOrEmpty(req.TargetParameterName))
            throw CocError.Invalid("target_parameter_name", "required with targets: the input the hosts are bound to");
        if (document.Inputs.All(i => i.Name != req.TargetParameterName))
            throw CocError.Invalid("target_parameter_name", $"the job declares no input '{req.TargetParameterName}'");
        if (req.Targets is not { Count: 1 } || req.Targets[0] is not { } target)
            throw CocError.Invalid("targets", $"required: exactly one target with key {key}");
        if (target.Key != key) throw CocError.Invalid("targets[0].key", $"must be {key} for this execution type");
        if (target.Values is not { Count: > 0 }) throw CocError.Invalid("targets[0].values", "required, at least one value");
        return target;
    }

    private static IEnumerable<ExecutionBatchState> BatchValues(TargetDto target)
    {
        var values = target.Values!;
        if (values.Count > MaxBatches) throw CocError.Invalid("targets[0].values", $"at most {MaxBatches} batches");
        var batches = new List<ExecutionBatchState>();
        for (var i = 0; i < values.Count; i++)
        {
            var field = $"targets[0].values[{i}]";
            var v = values[i];
            if (v.ValueKind != JsonValueKind.Object) throw CocError.Invalid(field, "must be a batch object {batch_index, strategy, instances}");
            var index = v.TryGetProperty("batch_index", out var bi) && bi.TryGetInt32(out var n) ? n : i + 1;
            var strategy = v.TryGetProperty("strategy", out var st) ? st.ValueKind == JsonValueKind.String ? st.GetString()! : "" : "CONTINUE";
            if (strategy is not ("CONTINUE" or "PAUSE")) throw CocError.Invalid($"{field}.strategy", "must be one of CONTINUE, PAUSE");
            if (!v.TryGetProperty("instances", out var inst) || inst.ValueKind != JsonValueKind.Array || inst.GetArrayLength() == 0)
                throw CocError.Invalid($"{field}.instances", "required, a non-empty array of hosts");
            batches.Add(new ExecutionBatchState(index, strategy, false, Instances($"{field}.instances", [.. inst.EnumerateArray()])));
        }
        batches.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var i = 0; i < batches.Count; i++)
            if (batches[i].Index != i + 1) throw CocError.Invalid("targets[0].values", $"batch_index values must be 1..{batches.Count} without gaps ({i + 1} is missing)");
        return batches;
    }

    /// <summary>Checks every host has a resource_id; answers the hosts as the JSON array a scripts step's instance_list takes.</summary>
    private static string Instances(string field, IReadOnlyList<JsonElement> hosts)
    {
        for (var i = 0; i < hosts.Count; i++)
        {
            var h = hosts[i];
            if (h.ValueKind != JsonValueKind.Object || !h.TryGetProperty("resource_id", out var r) || r.ValueKind != JsonValueKind.String
                || r.GetString() is not { Length: > 0 and <= 64 })
                throw CocError.Invalid($"{field}[{i}].resource_id", "required, length 1-64");
        }
        return JsonSerializer.Serialize(hosts);
    }
}
