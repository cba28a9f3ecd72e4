using System.Text;
using System.Text.RegularExpressions;
using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Server.Http;
using Drover.Server.Limits;

namespace Drover.Server.Scripts.Api;

/// <summary>COC's rules for script fields (reference §3.1, §3.3, §3.6), each failure naming the field and the rule.</summary>
public static partial class ScriptValidation
{
    public const int MaxParams = 20;
    public const int MaxReviewers = 5;

    private static readonly string[] Protocols = ["DEFAULT", "SMS", "EMAIL", "DING_TALK", "WE_LINK", "WECHAT", "CALLNOTIFY", "NOT_TO_NOTIFY"];

    [GeneratedRegex(@"^[\u4E00-\u9FA5A-Za-z0-9_]{1,64}\z")]
    private static partial Regex NamePattern();

    public static string Name(string? name)
    {
        if (string.IsNullOrEmpty(name)) throw CocError.Invalid("name", "required");
        if (!NamePattern().IsMatch(name))
            throw CocError.Invalid("name", "must be 1-64 characters: Chinese characters, letters, digits or '_'");
        return name;
    }

    public static ScriptKind Kind(string? type)
    {
        if (string.IsNullOrEmpty(type)) throw CocError.Invalid("type", "required");
        return WireNames.TryParse(type, out ScriptKind kind)
            ? kind
            : throw CocError.Invalid("type", $"must be one of {WireNames.Choices<ScriptKind>(WireNames.ToWire)}");
    }

    public static string Content(string? content, LimitsOptions limits)
    {
        if (string.IsNullOrEmpty(content)) throw CocError.Invalid("content", "required");
        var bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > limits.MaxScriptBytes)
            throw CocError.Invalid("content", $"must be at most {limits.MaxScriptBytes} bytes (it has {bytes})");
        return content;
    }

    public static string Description(string? description)
    {
        if (string.IsNullOrEmpty(description)) throw CocError.Invalid("description", "required");
        if (description.Length > 256) throw CocError.Invalid("description", "length must be between 1 and 256");
        return description;
    }

    public sealed record Properties(RiskLevel RiskLevel, string Version, IReadOnlyList<ReviewerOut> Reviewers, string? Protocol);

    public static Properties Props(ScriptPropertiesDto? p)
    {
        if (p is null) throw CocError.Invalid("properties", "required");
        if (string.IsNullOrEmpty(p.RiskLevel)) throw CocError.Invalid("properties.risk_level", "required");
        if (!WireNames.TryParse(p.RiskLevel, out RiskLevel risk))
            throw CocError.Invalid("properties.risk_level", $"must be one of {WireNames.Choices<RiskLevel>(WireNames.ToWire)}");
        if (string.IsNullOrEmpty(p.Version)) throw CocError.Invalid("properties.version", "required");
        if (p.Version.Length > 10) throw CocError.Invalid("properties.version", "length must be between 1 and 10");
        var reviewers = new List<ReviewerOut>();
        if (p.Reviewers is { } rs)
        {
            if (rs.Count > MaxReviewers) throw CocError.Invalid("properties.reviewers", $"at most {MaxReviewers} reviewers");
            for (var i = 0; i < rs.Count; i++)
            {
                var r = rs[i] ?? throw CocError.Invalid($"properties.reviewers[{i}]", "must be an object");
                if (string.IsNullOrEmpty(r.ReviewerName) || r.ReviewerName.Length > 64)
                    throw CocError.Invalid($"properties.reviewers[{i}].reviewer_name", "required, length 1-64");
                if (r.ReviewerId is null || r.ReviewerId.Length > 32)
                    throw CocError.Invalid($"properties.reviewers[{i}].reviewer_id", "required, length 0-32");
                reviewers.Add(new ReviewerOut(r.ReviewerName, r.ReviewerId));
            }
        }
        if (p.Protocol is not null && !Protocols.Contains(p.Protocol))
            throw CocError.Invalid("properties.protocol", $"must be one of {string.Join(", ", Protocols)}");
        return new Properties(risk, p.Version, reviewers, p.Protocol);
    }

    /// <param name="kind">The script's type: a BAT script's values have rules of their own (ParameterRules).</param>
    /// <param name="existing">On update: the stored parameters, so a sensitive value sent back masked keeps its value.</param>
    public static IReadOnlyList<ScriptParameter> Params(List<ScriptParamDto?>? ps, ScriptKind kind, IReadOnlyList<ScriptParameter>? existing = null)
    {
        if (ps is null) return [];
        if (ps.Count > MaxParams) throw CocError.Invalid("script_params", $"at most {MaxParams} parameters");
        var result = new List<ScriptParameter>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ps.Count; i++)
        {
            var field = $"script_params[{i}]";
            var p = ps[i] ?? throw CocError.Invalid(field, "must be an object");
            if (string.IsNullOrEmpty(p.ParamName)) throw CocError.Invalid($"{field}.param_name", "required");
            if (!ParameterRules.IsValidName(p.ParamName))
                throw CocError.Invalid($"{field}.param_name", "must be 1-64 letters, digits or '_'");
            if (!seen.Add(p.ParamName)) throw CocError.Invalid($"{field}.param_name", $"duplicate parameter name '{p.ParamName}'");
            var sensitive = p.Sensitive ?? false;
            var value = p.ParamValue ?? "";
            var previous = existing?.FirstOrDefault(e => e.Name == p.ParamName);
            if (sensitive && value == ParameterRules.MaskedValue && previous is { Sensitive: true })
                value = previous.Value;
            else
                CheckValue($"{field}.param_value", value, kind);
            var description = p.ParamDescription ?? "";
            if (description.Length > 256) throw CocError.Invalid($"{field}.param_description", "length must be between 0 and 256");
            result.Add(new ScriptParameter(p.ParamName, value, description, sensitive));
        }
        return result;
    }

    public static void CheckValue(string field, string value, ScriptKind kind)
    {
        if (value.Length > 4096) throw CocError.BadRequest(ErrorCodes.ScriptInvalid, $"{field}: The paramValue is invalid: length must be at most 4096");
        if (ParameterRules.ValueProblem(value, kind) is { } problem)
            throw CocError.BadRequest(ErrorCodes.ScriptInvalid, $"{field}: The paramValue is invalid: it {problem}");
    }

    public static string EnterpriseProject(string? id)
    {
        if (id is null) return "0";
        if (id.Length > 64) throw CocError.Invalid("enterprise_project_id", "length must be at most 64");
        return id;
    }
}
