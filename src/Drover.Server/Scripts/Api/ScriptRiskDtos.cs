namespace Drover.Server.Scripts.Api;

// COC's CheckScriptRisk models (reference §3.9), snake_case on the wire.

/// <summary>AnalyzeJobReq: the content to check; <c>type</c> is a Drover extension (default SHELL).</summary>
public sealed class CheckScriptRiskRequest
{
    public string? Content { get; set; }
    public string? Type { get; set; }
}

/// <summary>The answer's <c>data</c>: the highest level found and the blacklisted commands.</summary>
public sealed record ScriptRiskOut(string RiskLevel, IReadOnlyList<BlacklistCommandOut> BlacklistCommands);

/// <summary>One blacklisted command; level, line, rule_id and matched are Drover extensions.</summary>
public sealed record BlacklistCommandOut(
    string CommandName, string CommandRule, string Example, string DescriptionEn, string DescriptionZh,
    string Level, int Line, string RuleId, string Matched);
