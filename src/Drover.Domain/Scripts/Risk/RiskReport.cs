namespace Drover.Domain.Scripts.Risk;

/// <summary>What the risk check says about a script: the highest level found (LOW when nothing matched) and the findings.</summary>
public sealed record RiskReport(RiskLevel Level, IReadOnlyList<RiskFinding> Findings);
