using System.Text.RegularExpressions;
using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Limits;
using Drover.Server.Tickets.Engine;

namespace Drover.Server.Tickets.Commands;

/// <summary>
/// ExecuteScript's rules (reference §3.10 and §11.3, with Drover's limits): turns a command into a
/// <see cref="TicketPlan"/>, or refuses it with a <see cref="CommandRejected"/> naming the field and the rule. Fields
/// are named as COC spells them (<c>execute_param.timeout</c>), the words operators and COC clients know; the checks
/// run in a fixed order, so the first rule broken is the one answered.
/// </summary>
public static partial class ExecuteScriptRules
{
    /// <summary>As many as a script may declare.</summary>
    public const int MaxParameters = 20;

    /// <summary>A parameter value's length, as for a script's own values.</summary>
    public const int MaxValueLength = 4096;

    // A POSIX-ish user name: what `useradd` accepts. It is passed as an argument, never through a shell.
    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]{0,30}\$?\z")]
    private static partial Regex UserPattern();

    /// <param name="declared">The script's parameters with their real values (opened: a kept default runs as it is).</param>
    /// <param name="kind">The script's type: which values its parameters may take.</param>
    /// <param name="limits">The limits in force (strict or not, as bound).</param>
    /// <exception cref="CommandRejected">A rule is broken.</exception>
    public static TicketPlan Plan(ExecuteScript command, IReadOnlyList<ScriptParameter> declared, ScriptKind kind, LimitsOptions limits)
    {
        var timeout = command.TimeoutSeconds ?? throw Invalid("execute_param.timeout", "required");
        if (timeout <= 5 || timeout > limits.MaxTimeoutSeconds)
            throw Invalid("execute_param.timeout", $"must be greater than 5 and at most {limits.MaxTimeoutSeconds} seconds");
        var rate = command.SuccessRate ?? throw Invalid("execute_param.success_rate", "required");
        if (double.IsNaN(rate) || rate < 1 || rate > 100)
            throw Invalid("execute_param.success_rate", "must be between 1 and 100");
        if (Math.Abs(Math.Round(rate, 1) - rate) > 1e-9)
            throw Invalid("execute_param.success_rate", "must have at most one decimal place");
        var user = command.ExecuteUser;
        if (string.IsNullOrEmpty(user)) throw Invalid("execute_param.execute_user", "required");
        if (!UserPattern().IsMatch(user))
            throw Invalid("execute_param.execute_user", "must be a user name of 1-32 letters, digits, '.', '_' or '-'");
        if (command.MaxConcurrency is < 1)
            throw Invalid("execute_param.max_concurrency", "must be at least 1");
        var wait = command.WaitAgentSeconds ?? 0;
        if (wait < 0 || wait > 86_400)
            throw Invalid("execute_param.wait_agent_seconds", "must be between 0 and 86400");

        var parameters = Parameters(command.Parameters, declared, kind);
        var batches = Batches(command.Batches, limits);
        return new TicketPlan(user, timeout, rate, parameters, command.MaxConcurrency, wait, batches);
    }

    private static CommandRejected Invalid(string field, string rule) => CommandRejected.Invalid(field, rule);

    private static IReadOnlyList<ScriptParameter> Parameters(IReadOnlyList<ExecuteScript.ParameterValue>? given, IReadOnlyList<ScriptParameter> declared, ScriptKind kind)
    {
        var values = declared.ToDictionary(d => d.Name, d => d, StringComparer.Ordinal);
        if (given is null) return Defaults(declared, declared, kind);
        if (given.Count > MaxParameters)
            throw Invalid("execute_param.script_params", $"at most {MaxParameters} parameters");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"execute_param.script_params[{i}]";
            var g = given[i];
            if (string.IsNullOrEmpty(g.Name)) throw Invalid($"{field}.param_name", "required");
            if (!ParameterRules.IsValidName(g.Name))
                throw Invalid($"{field}.param_name", "must be 1-64 letters, digits or '_'");
            if (!seen.Add(g.Name)) throw Invalid($"{field}.param_name", $"duplicate parameter name '{g.Name}'");
            if (!values.TryGetValue(g.Name, out var d))
                throw Invalid($"{field}.param_name",
                    $"the script declares no parameter '{g.Name}'" + (declared.Count > 0 ? $" (it declares {string.Join(", ", declared.Select(x => x.Name))})" : ""));
            if (g.FromParameterStore)
                throw Invalid($"{field}.param_refer", "parameter-store references are not supported by Drover; pass param_value");
            if (g.Value is null) throw Invalid($"{field}.param_value", "required");
            // A sensitive value read back masked and sent again means "keep the script's value".
            if (!(d.Sensitive && g.Value == ParameterRules.MaskedValue))
            {
                CheckValue($"{field}.param_value", g.Value, kind);
                values[g.Name] = d with { Value = g.Value };
            }
        }
        return Defaults(declared.Select(d => values[d.Name]).ToList(), declared, kind);
    }

    private static void CheckValue(string field, string value, ScriptKind kind)
    {
        if (value.Length > MaxValueLength)
            throw new CommandRejected(ErrorCodes.ScriptInvalid, $"{field}: The paramValue is invalid: length must be at most {MaxValueLength}");
        if (ParameterRules.ValueProblem(value, kind) is { } problem)
            throw new CommandRejected(ErrorCodes.ScriptInvalid, $"{field}: The paramValue is invalid: it {problem}");
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
                throw new CommandRejected(ErrorCodes.ScriptInvalid,
                    $"execute_param.script_params: the script's default for '{declared[i].Name}' (script_params[{i}].param_value) is invalid: it {problem}; pass a value");
        }
        return run;
    }

    private static IReadOnlyList<PlannedBatch> Batches(IReadOnlyList<ExecuteScript.Batch>? given, LimitsOptions limits)
    {
        if (given is null || given.Count == 0) throw Invalid("execute_batches", "required, at least 1 batch");
        if (given.Count > limits.MaxBatches)
            throw Invalid("execute_batches", $"at most {limits.MaxBatches} batches (got {given.Count})");
        var batches = new List<PlannedBatch>();
        var indexes = new HashSet<int>();
        var hosts = new HashSet<(string, string)>();
        string? provider = null;
        var total = 0;
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"execute_batches[{i}]";
            var b = given[i];
            var index = b.Index ?? throw Invalid($"{field}.batch_index", "required");
            if (index < 1 || index > limits.MaxBatches)
                throw Invalid($"{field}.batch_index", $"must be between 1 and {limits.MaxBatches}");
            if (!indexes.Add(index)) throw Invalid($"{field}.batch_index", $"duplicate batch_index {index}");
            if (string.IsNullOrEmpty(b.Rotation)) throw Invalid($"{field}.rotation_strategy", "required");
            if (!WireNames.TryParse(b.Rotation, out RotationStrategy rotation))
                throw Invalid($"{field}.rotation_strategy", $"must be one of {WireNames.Choices<RotationStrategy>(WireNames.ToWire)}");
            var targets = b.Hosts;
            if (targets is null || targets.Count == 0) throw Invalid($"{field}.target_instances", "required, at least 1 host");
            if (targets.Count > limits.MaxHostsPerBatch)
                throw Invalid($"{field}.target_instances", $"at most {limits.MaxHostsPerBatch} hosts per batch (got {targets.Count})");
            total += targets.Count;
            if (total > limits.MaxHostsPerTicket)
                throw Invalid("execute_batches", $"at most {limits.MaxHostsPerTicket} hosts per ticket");
            var planned = new List<PlannedHost>();
            for (var j = 0; j < targets.Count; j++)
            {
                var tf = $"{field}.target_instances[{j}]";
                var t = targets[j];
                if (string.IsNullOrEmpty(t.ResourceId) || t.ResourceId.Length > 64) throw Invalid($"{tf}.resource_id", "required, length 1-64");
                if (string.IsNullOrEmpty(t.RegionId) || t.RegionId.Length > 32) throw Invalid($"{tf}.region_id", "required, length 1-32");
                var prov = t.Provider ?? "ECS";
                if (prov.Length is 0 or > 32) throw Invalid($"{tf}.provider", "length must be between 1 and 32");
                provider ??= prov;
                if (prov != provider) throw Invalid($"{tf}.provider", $"all hosts of a ticket must have the same provider ('{provider}')");
                var type = t.Type ?? "CLOUDSERVER";
                if (type != "CLOUDSERVER") throw Invalid($"{tf}.type", "must be CLOUDSERVER");
                if (!hosts.Add((t.ResourceId, t.RegionId)))
                    throw Invalid($"{tf}.resource_id", $"host {t.ResourceId} ({t.RegionId}) appears more than once in this ticket");
                planned.Add(new PlannedHost(t.ResourceId, t.RegionId, prov, type, Attributes(tf, t.Attributes, limits)));
            }
            batches.Add(new PlannedBatch(index, rotation, planned));
        }
        batches.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var i = 0; i < batches.Count; i++)
            if (batches[i].Index != i + 1)
                throw Invalid("execute_batches", $"batch_index values must be 1..{batches.Count} without gaps ({i + 1} is missing)");
        return batches;
    }

    private static IReadOnlyList<HostCustomAttribute> Attributes(string field, IReadOnlyList<ExecuteScript.CustomAttribute>? attrs, LimitsOptions limits)
    {
        if (attrs is null) return [];
        if (attrs.Count > 5) throw Invalid($"{field}.custom_attributes", "at most 5 attributes");
        var (maxKey, maxValue) = limits.StrictCocLimits ? (10, 20) : (20, 50);
        var result = new List<HostCustomAttribute>();
        for (var i = 0; i < attrs.Count; i++)
        {
            var a = attrs[i];
            if (a.Key is null || a.Key.Length > maxKey) throw Invalid($"{field}.custom_attributes[{i}].key", $"required, length 0-{maxKey}");
            if (a.Value is null || a.Value.Length > maxValue) throw Invalid($"{field}.custom_attributes[{i}].value", $"required, length 0-{maxValue}");
            result.Add(new HostCustomAttribute(a.Key, a.Value));
        }
        return result;
    }
}
