namespace Drover.Domain.Jobs;

/// <summary>What a step does, which decides how the engine runs it.</summary>
public enum StepKind
{
    /// <summary><c>hwc:runbook:scripts@1.0.0</c>: a stored script on hosts, as a script ticket.</summary>
    Scripts,
    /// <summary><c>hwc:runbook:suspend@1.0.0</c>: the execution waits (Pending) until RESUME.</summary>
    Suspend,
    /// <summary><c>hwc:runbook:sleep@1.0.0</c>: waits <c>seconds</c>.</summary>
    Sleep,
    /// <summary><c>hwc:runbook:executeAPI@1.0.0</c>: one HTTP request, outputs picked from its JSON answer.</summary>
    ExecuteApi,
}
