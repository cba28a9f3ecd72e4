namespace Drover.Domain.Scripts.Risk;

/// <summary>
/// One dangerous command found in a script: which rule, where (1-based line, the first physical line of a continued
/// command), and the text that matched (cut to <see cref="RiskRules.MaxMatchedLength"/> characters).
/// </summary>
public sealed record RiskFinding(
    string RuleId, string CommandName, string Rule, string Example, string DescriptionEn, string DescriptionZh,
    RiskLevel Level, int Line, string Matched);
