using System.Text.RegularExpressions;
using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Api.Scripts;
using Drover.Server.Engine;
using Drover.Server.Hosting;
using Drover.Server.Storage;

namespace Drover.Server.Api.Tickets;

/// <summary>
/// ExecuteScript's rules (reference §3.10 and §11.3, with Drover's limits): turns a request into a
/// <see cref="TicketPlan"/> or a 400 naming the field and the rule.
/// </summary>
public static partial class ExecuteValidation
{
    // A POSIX-ish user name: what `useradd` accepts. It is passed as an argument, never through a shell.
    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]{0,30}\$?\z")]
    private static partial Regex UserPattern();

    /// <param name="declared">The script's parameters with their real values (opened: a kept default runs as it is).</param>
    public static TicketPlan Validate(ExecuteScriptRequest req, ScriptRow script, IReadOnlyList<ScriptParameter> declared, LimitsOptions limits)
    {
        var p = req.ExecuteParam ?? throw CocError.Invalid("execute_param", "required");
        var timeout = p.Timeout ?? throw CocError.Invalid("execute_param.timeout", "required");
        if (timeout <= 5 || timeout > limits.MaxTimeoutSeconds)
            throw CocError.Invalid("execute_param.timeout", $"must be greater than 5 and at most {limits.MaxTimeoutSeconds} seconds");
        var rate = p.SuccessRate ?? throw CocError.Invalid("execute_param.success_rate", "required");
        if (double.IsNaN(rate) || rate < 1 || rate > 100)
            throw CocError.Invalid("execute_param.success_rate", "must be between 1 and 100");
        if (Math.Abs(Math.Round(rate, 1) - rate) > 1e-9)
            throw CocError.Invalid("execute_param.success_rate", "must have at most one decimal place");
        if (string.IsNullOrEmpty(p.ExecuteUser)) throw CocError.Invalid("execute_param.execute_user", "required");
        if (!UserPattern().IsMatch(p.ExecuteUser))
            throw CocError.Invalid("execute_param.execute_user", "must be a user name of 1-32 letters, digits, '.', '_' or '-'");
        if (p.MaxConcurrency is < 1)
            throw CocError.Invalid("execute_param.max_concurrency", "must be at least 1");
        var wait = p.WaitAgentSeconds ?? 0;
        if (wait < 0 || wait > 86_400)
            throw CocError.Invalid("execute_param.wait_agent_seconds", "must be between 0 and 86400");

        var parameters = Parameters(p.ScriptParams, declared, script.Kind);
        var batches = Batches(req.ExecuteBatches, limits);
        return new TicketPlan(p.ExecuteUser, timeout, rate, parameters, p.MaxConcurrency, wait, batches);
    }

    private static IReadOnlyList<ScriptParameter> Parameters(List<ExecuteInputParamDto?>? given, IReadOnlyList<ScriptParameter> declared, ScriptKind kind)
    {
        var values = declared.ToDictionary(d => d.Name, d => d, StringComparer.Ordinal);
        if (given is null) return Defaults(declared, declared, kind);
        if (given.Count > ScriptValidation.MaxParams)
            throw CocError.Invalid("execute_param.script_params", $"at most {ScriptValidation.MaxParams} parameters");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"execute_param.script_params[{i}]";
            var g = given[i] ?? throw CocError.Invalid(field, "must be an object");
            if (string.IsNullOrEmpty(g.ParamName)) throw CocError.Invalid($"{field}.param_name", "required");
            if (!ParameterRules.IsValidName(g.ParamName))
                throw CocError.Invalid($"{field}.param_name", "must be 1-64 letters, digits or '_'");
            if (!seen.Add(g.ParamName)) throw CocError.Invalid($"{field}.param_name", $"duplicate parameter name '{g.ParamName}'");
            if (!values.TryGetValue(g.ParamName, out var d))
                throw CocError.Invalid($"{field}.param_name",
                    $"the script declares no parameter '{g.ParamName}'" + (declared.Count > 0 ? $" (it declares {string.Join(", ", declared.Select(x => x.Name))})" : ""));
            if (g.ParamRefer is not null)
                throw CocError.Invalid($"{field}.param_refer", "parameter-store references are not supported by Drover; pass param_value");
            if (g.ParamValue is null) throw CocError.Invalid($"{field}.param_value", "required");
            // A sensitive value read back masked and sent again means "keep the script's value".
            if (!(d.Sensitive && g.ParamValue == ParameterRules.MaskedValue))
            {
                ScriptValidation.CheckValue($"{field}.param_value", g.ParamValue, kind);
                values[g.ParamName] = d with { Value = g.ParamValue };
            }
        }
        return Defaults(declared.Select(d => values[d.Name]).ToList(), declared, kind);
    }

    /// <summary>
    /// The script's own defaults that run unchanged are checked again for the script's type: a BAT script stored
    /// before BAT values had rules of their own may hold one cmd.exe would read as structure.
    /// </summary>
    private static IReadOnlyList<ScriptParameter> Defaults(IReadOnlyList<ScriptParameter> run, IReadOnlyList<ScriptParameter> declared, ScriptKind kind)
    {
        for (var i = 0; i < declared.Count; i++)
        {
            if (ReferenceEquals(run[i], declared[i]) && ParameterRules.ValueProblem(declared[i].Value, kind) is { } problem)
                throw CocError.BadRequest(ErrorCodes.ScriptInvalid,
                    $"execute_param.script_params: the script's default for '{declared[i].Name}' (script_params[{i}].param_value) is invalid: it {problem}; pass a value");
        }
        return run;
    }

    private static IReadOnlyList<PlannedBatch> Batches(List<ExecuteBatchDto?>? given, LimitsOptions limits)
    {
        if (given is null || given.Count == 0) throw CocError.Invalid("execute_batches", "required, at least 1 batch");
        if (given.Count > limits.MaxBatches)
            throw CocError.Invalid("execute_batches", $"at most {limits.MaxBatches} batches (got {given.Count})");
        var batches = new List<PlannedBatch>();
        var indexes = new HashSet<int>();
        var hosts = new HashSet<(string, string)>();
        string? provider = null;
        var total = 0;
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"execute_batches[{i}]";
            var b = given[i] ?? throw CocError.Invalid(field, "must be an object");
            var index = b.BatchIndex ?? throw CocError.Invalid($"{field}.batch_index", "required");
            if (index < 1 || index > limits.MaxBatches)
                throw CocError.Invalid($"{field}.batch_index", $"must be between 1 and {limits.MaxBatches}");
            if (!indexes.Add(index)) throw CocError.Invalid($"{field}.batch_index", $"duplicate batch_index {index}");
            if (string.IsNullOrEmpty(b.RotationStrategy)) throw CocError.Invalid($"{field}.rotation_strategy", "required");
            if (!WireNames.TryParse(b.RotationStrategy, out RotationStrategy rotation))
                throw CocError.Invalid($"{field}.rotation_strategy", $"must be one of {WireNames.Choices<RotationStrategy>(WireNames.ToWire)}");
            var targets = b.TargetInstances;
            if (targets is null || targets.Count == 0) throw CocError.Invalid($"{field}.target_instances", "required, at least 1 host");
            if (targets.Count > limits.MaxHostsPerBatch)
                throw CocError.Invalid($"{field}.target_instances", $"at most {limits.MaxHostsPerBatch} hosts per batch (got {targets.Count})");
            total += targets.Count;
            if (total > limits.MaxHostsPerTicket)
                throw CocError.Invalid("execute_batches", $"at most {limits.MaxHostsPerTicket} hosts per ticket");
            var planned = new List<PlannedHost>();
            for (var j = 0; j < targets.Count; j++)
            {
                var tf = $"{field}.target_instances[{j}]";
                var t = targets[j] ?? throw CocError.Invalid(tf, "must be an object");
                if (string.IsNullOrEmpty(t.ResourceId) || t.ResourceId.Length > 64) throw CocError.Invalid($"{tf}.resource_id", "required, length 1-64");
                if (string.IsNullOrEmpty(t.RegionId) || t.RegionId.Length > 32) throw CocError.Invalid($"{tf}.region_id", "required, length 1-32");
                var prov = t.Provider ?? "ECS";
                if (prov.Length is 0 or > 32) throw CocError.Invalid($"{tf}.provider", "length must be between 1 and 32");
                provider ??= prov;
                if (prov != provider) throw CocError.Invalid($"{tf}.provider", $"all hosts of a ticket must have the same provider ('{provider}')");
                var type = t.Type ?? "CLOUDSERVER";
                if (type != "CLOUDSERVER") throw CocError.Invalid($"{tf}.type", "must be CLOUDSERVER");
                if (!hosts.Add((t.ResourceId, t.RegionId)))
                    throw CocError.Invalid($"{tf}.resource_id", $"host {t.ResourceId} ({t.RegionId}) appears more than once in this ticket");
                planned.Add(new PlannedHost(t.ResourceId, t.RegionId, prov, type, Attributes(tf, t.CustomAttributes, limits)));
            }
            batches.Add(new PlannedBatch(index, rotation, planned));
        }
        batches.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var i = 0; i < batches.Count; i++)
            if (batches[i].Index != i + 1)
                throw CocError.Invalid("execute_batches", $"batch_index values must be 1..{batches.Count} without gaps ({i + 1} is missing)");
        return batches;
    }

    private static IReadOnlyList<CustomAttribute> Attributes(string field, List<CustomAttributeDto?>? attrs, LimitsOptions limits)
    {
        if (attrs is null) return [];
        if (attrs.Count > 5) throw CocError.Invalid($"{field}.custom_attributes", "at most 5 attributes");
        var (maxKey, maxValue) = limits.StrictCocLimits ? (10, 20) : (20, 50);
        var result = new List<CustomAttribute>();
        for (var i = 0; i < attrs.Count; i++)
        {
            var a = attrs[i] ?? throw CocError.Invalid($"{field}.custom_attributes[{i}]", "must be an object");
            if (a.Key is null || a.Key.Length > maxKey) throw CocError.Invalid($"{field}.custom_attributes[{i}].key", $"required, length 0-{maxKey}");
            if (a.Value is null || a.Value.Length > maxValue) throw CocError.Invalid($"{field}.custom_attributes[{i}].value", $"required, length 0-{maxValue}");
            result.Add(new CustomAttribute(a.Key, a.Value));
        }
        return result;
    }
}
