using System.Globalization;

namespace Drover.Bench.Rig;

/// <summary>The table every benchmark prints: figure, Drover, baseline, and how many times the baseline Drover is.</summary>
internal sealed class Table(string title)
{
    private readonly List<string[]> rows = [];

    /// <summary>A row compared with a baseline (lower is better for both): the ratio is Drover / baseline.</summary>
    public void Add(string figure, double drover, double? baseline, string unit, string? baselineName = null)
    {
        var ratio = baseline is > 0 ? (drover / baseline.Value).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "";
        rows.Add([figure, Format(drover, unit), baseline is null ? "" : Format(baseline.Value, unit) + (baselineName is null ? "" : $" ({baselineName})"), ratio]);
    }

    /// <summary>A row with no baseline to compare with (memory, counts).</summary>
    public void Add(string figure, string drover, string baseline = "", string ratio = "") => rows.Add([figure, drover, baseline, ratio]);

    public void Print()
    {
        string[] head = ["figure", "Drover", "baseline", "Drover / baseline"];
        var all = rows.Prepend(head).ToList();
        var widths = Enumerable.Range(0, 4).Select(i => all.Max(r => r[i].Length)).ToArray();
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine();
        foreach (var (row, n) in all.Select((r, n) => (r, n)))
        {
            Console.WriteLine("| " + string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))) + " |");
            if (n == 0) Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        }
        Console.Out.Flush();
    }

    public static string Format(double value, string unit) => unit switch
    {
        "s" => value.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        "ms" => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        "MB" => value.ToString("0", CultureInfo.InvariantCulture) + " MB",
        "/s" => value.ToString("0", CultureInfo.InvariantCulture) + "/s",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture) + (unit.Length > 0 ? " " + unit : ""),
    };

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
