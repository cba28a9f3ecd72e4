namespace Drover.Bench.Rig;

internal static class Statistics
{
    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="p"/>% of them at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> values, int p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 50);
}
