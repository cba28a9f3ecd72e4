using Drover.Domain.Jobs.Executions;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;

namespace Drover.Domain.Common;

/// <summary>
/// COC's enum spellings, byte for byte. One mapping per enum, both ways, so the API never spells a state on its own.
/// </summary>
public static class WireNames
{
    /// <summary>The shape of every <c>TryParse</c> below, so callers can take "a wire enum" as a parameter.</summary>
    public delegate bool TryParseWire<T>(string? wire, out T value);

    public static string ToWire(this TicketStatus s) => s switch
    {
        TicketStatus.Ready => "READY",
        TicketStatus.Processing => "PROCESSING",
        TicketStatus.Paused => "PAUSED",
        TicketStatus.Abnormal => "ABNORMAL",
        TicketStatus.Finished => "FINISHED",
        TicketStatus.Canceled => "CANCELED",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string ToWire(this InstanceStatus s) => s switch
    {
        InstanceStatus.Ready => "READY",
        InstanceStatus.Processing => "PROCESSING",
        InstanceStatus.Finished => "FINISHED",
        InstanceStatus.Abnormal => "ABNORMAL",
        InstanceStatus.Canceled => "CANCELED",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string ToWire(this RotationStrategy s) => s switch
    {
        RotationStrategy.Continue => "CONTINUE",
        RotationStrategy.Pause => "PAUSE",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string ToWire(this ScriptKind k) => k switch
    {
        ScriptKind.Shell => "SHELL",
        ScriptKind.Python => "PYTHON",
        ScriptKind.Bat => "BAT",
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, null),
    };

    public static string ToWire(this RiskLevel r) => r switch
    {
        RiskLevel.Low => "LOW",
        RiskLevel.Medium => "MEDIUM",
        RiskLevel.High => "HIGH",
        _ => throw new ArgumentOutOfRangeException(nameof(r), r, null),
    };

    public static string ToWire(this ScriptStatus s) => s switch
    {
        ScriptStatus.PendingApprove => "PENDING_APPROVE",
        ScriptStatus.Approved => "APPROVED",
        ScriptStatus.Rejected => "REJECTED",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    // The opsflow (job) enums: statuses are PascalCase there, types and operations upper case.
    public static string ToWire(this ExecutionStatus s) => s switch
    {
        ExecutionStatus.Pending => "Pending",
        ExecutionStatus.Running => "Running",
        ExecutionStatus.Succeed => "Succeed",
        ExecutionStatus.Failed => "Failed",
        ExecutionStatus.Timeout => "Timeout",
        ExecutionStatus.Canceling => "Canceling",
        ExecutionStatus.Canceled => "Canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string ToWire(this StepStatus s) => s switch
    {
        StepStatus.Pending => "Pending",
        StepStatus.Running => "Running",
        StepStatus.Succeed => "Succeed",
        StepStatus.Failed => "Failed",
        StepStatus.Timeout => "Timeout",
        StepStatus.Canceled => "Canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static string ToWire(this ExecutionType t) => t switch
    {
        ExecutionType.Normal => "NORMAL",
        ExecutionType.Batch => "BATCH",
        ExecutionType.RateControl => "RATE_CONTROL",
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, null),
    };

    public static string ToWire(this ExecutionOperation o) => o switch
    {
        ExecutionOperation.Resume => "RESUME",
        ExecutionOperation.Terminate => "TERMINATE",
        ExecutionOperation.Retry => "RETRY",
        ExecutionOperation.SkipBatch => "SKIP_BATCH",
        _ => throw new ArgumentOutOfRangeException(nameof(o), o, null),
    };

    public static bool TryParse(string? wire, out TicketStatus value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out InstanceStatus value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out RotationStrategy value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out ScriptKind value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out RiskLevel value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out ScriptStatus value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out ExecutionStatus value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out StepStatus value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out ExecutionType value) => TryParseEnum(wire, out value, ToWire);
    public static bool TryParse(string? wire, out ExecutionOperation value) => TryParseEnum(wire, out value, ToWire);

    /// <summary>The accepted spellings, for error messages ("must be one of CONTINUE, PAUSE").</summary>
    public static string Choices<T>(Func<T, string> toWire) where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(toWire));

    // Exact, case-sensitive match: COC's enums are case-sensitive and a near miss is a client bug worth reporting.
    private static bool TryParseEnum<T>(string? wire, out T value, Func<T, string> toWire) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(toWire(candidate), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
