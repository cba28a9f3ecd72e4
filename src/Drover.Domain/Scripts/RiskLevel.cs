namespace Drover.Domain.Scripts;

public enum RiskLevel
{
    Low,
    Medium,
    High,
}
