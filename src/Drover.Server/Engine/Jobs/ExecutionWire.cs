using Drover.Domain.Jobs.Executions;

namespace Drover.Server.Engine.Jobs;

/// <summary>COC's spellings for the opsflow enums (statuses are PascalCase there, types and operations upper case).</summary>
public static class ExecutionWire
{
    public static string ToWire(this ExecutionStatus s) => s.ToString();

    public static string ToWire(this StepStatus s) => s.ToString();

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

    public static bool TryParse(string? wire, out ExecutionStatus s) => Enum.TryParse(wire, ignoreCase: false, out s) && Enum.IsDefined(s) && s.ToString() == wire;

    public static bool TryParse(string? wire, out StepStatus s) => Enum.TryParse(wire, ignoreCase: false, out s) && Enum.IsDefined(s) && s.ToString() == wire;

    public static bool TryParse(string? wire, out ExecutionType t)
    {
        foreach (var c in Enum.GetValues<ExecutionType>())
            if (c.ToWire() == wire) { t = c; return true; }
        t = default;
        return false;
    }

    public static bool TryParse(string? wire, out ExecutionOperation o)
    {
        foreach (var c in Enum.GetValues<ExecutionOperation>())
            if (c.ToWire() == wire) { o = c; return true; }
        o = default;
        return false;
    }
}
