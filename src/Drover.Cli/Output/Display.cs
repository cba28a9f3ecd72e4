using System.Globalization;

namespace Drover.Cli.Output;

/// <summary>How values read to an operator: times, durations, statuses, one-line output.</summary>
internal static class Display
{
    public static readonly string[] InstanceStatuses = ["READY", "PROCESSING", "FINISHED", "ABNORMAL", "CANCELED", "ROLLBACKED"];

    /// <summary>Job (opsflow) statuses of executions, steps and step instances, in lifecycle order.</summary>
    public static readonly string[] ExecutionStatuses = ["Pending", "Running", "Succeed", "Failed", "Timeout", "Canceling", "Canceled"];

    /// <summary>Local time; plain output puts a 'T' in place of the space so a time stays one field.</summary>
    public static string Time(long? epochMs, bool plain)
    {
        if (epochMs is not { } ms || ms <= 0) return "-";
        var t = DateTimeOffset.FromUnixTimeMilliseconds(ms).ToLocalTime();
        return t.ToString(plain ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>execute_costs is milliseconds in practice (semantics §1), whatever COC's docs say.</summary>
    public static string Duration(long? ms)
    {
        if (ms is not { } v || v < 0) return "-";
        var t = TimeSpan.FromMilliseconds(v);
        if (t.TotalSeconds < 60) return string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0}s");
        if (t.TotalMinutes < 60) return $"{(int)t.TotalMinutes}m{t.Seconds:00}s";
        return $"{(int)t.TotalHours}h{t.Minutes:00}m{t.Seconds:00}s";
    }

    public static string Age(long? epochMs, DateTimeOffset now)
    {
        if (epochMs is not { } ms || ms <= 0) return "-";
        var age = now - DateTimeOffset.FromUnixTimeMilliseconds(ms);
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        return Duration((long)age.TotalMilliseconds);
    }

    /// <summary>The last non-blank line of a host's output, cut short for a table cell.</summary>
    public static string LastLine(string? message, int max = 60)
    {
        if (string.IsNullOrWhiteSpace(message)) return "-";
        var line = message.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "-";
        return line.Length <= max ? line : line[..(max - 3)] + "...";
    }

    /// <summary>The first non-blank line of a message, cut short for a table cell.</summary>
    public static string FirstLine(string? message, int max = 60)
    {
        if (string.IsNullOrWhiteSpace(message)) return "-";
        var line = message.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        return line.Length <= max ? line : line[..(max - 3)] + "...";
    }

    /// <summary>"FINISHED 3, ABNORMAL 1": only the statuses that occur, in lifecycle order.</summary>
    public static string Counts(IReadOnlyDictionary<string, int> counts) => Counts(counts, InstanceStatuses);

    /// <summary>"Succeed 3, Failed 1" for job step instances.</summary>
    public static string ExecutionCounts(IReadOnlyDictionary<string, int> counts) => Counts(counts, ExecutionStatuses);

    private static string Counts(IReadOnlyDictionary<string, int> counts, string[] order)
    {
        var known = order.Where(s => counts.GetValueOrDefault(s) > 0).Select(s => $"{s} {counts[s]}");
        var other = counts.Where(kv => kv.Value > 0 && !order.Contains(kv.Key)).Select(kv => $"{kv.Key} {kv.Value}");
        var text = string.Join(", ", known.Concat(other));
        return text.Length == 0 ? "none" : text;
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string StatusColor(string? status) => status switch
    {
        "FINISHED" or "ONLINE" or "APPROVED" or "Succeed" => "green",
        "ABNORMAL" or "REJECTED" or "Failed" or "Timeout" => "red",
        "PROCESSING" or "Running" => "blue",
        "PAUSED" or "PENDING_APPROVE" or "Pending" => "yellow",
        "CANCELED" or "OFFLINE" or "UNINSTALLED" or "Canceled" or "Canceling" => "grey",
        _ => "default",
    };
}
