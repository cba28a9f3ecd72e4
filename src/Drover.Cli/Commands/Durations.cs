using System.Globalization;
using System.Text.RegularExpressions;
namespace Drover.Cli.Commands;

/// <summary>Durations as people type them: <c>3600</c> (seconds), <c>90s</c>, <c>30m</c>, <c>1h</c>, <c>2d</c>, <c>1h30m</c>.</summary>
internal static partial class Durations
{
    [GeneratedRegex(@"^(?:(\d+)([smhd]))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Units();

    /// <summary>The duration, or a <see cref="UsageException"/> naming <paramref name="option"/>.</summary>
    public static TimeSpan Parse(string text, string option)
    {
        var t = text.Trim();
        var bad = new UsageException($"{option} '{text}': expected seconds (3600) or a duration like 30m, 1h, 2d, 1h30m");
        if (t.Length > 0 && t.All(char.IsAsciiDigit))
            return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= MaxSeconds ? TimeSpan.FromSeconds(s) : throw bad;
        var match = Units().Match(t);
        if (!match.Success) throw bad;
        double seconds = 0;
        for (var i = 0; i < match.Groups[1].Captures.Count; i++)
        {
            if (!long.TryParse(match.Groups[1].Captures[i].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) throw bad;
            seconds += n * char.ToLowerInvariant(match.Groups[2].Captures[i].Value[0]) switch
            {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                _ => 86400,
            };
        }
        return seconds > 0 && seconds <= MaxSeconds ? TimeSpan.FromSeconds(seconds) : throw bad;
    }

    /// <summary>A point in time: a duration ago (<c>1h</c>, <c>3600</c>) or a date/time (<c>2026-12-01</c>, <c>2026-12-01T10:00:00Z</c>; local unless it says).</summary>
    public static DateTimeOffset PointInTime(string text, string option, DateTimeOffset now)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var t) && !text.Trim().All(char.IsAsciiDigit))
            return t;
        try { return now - Parse(text, option); }
        catch (UsageException) { throw new UsageException($"{option} '{text}': expected a date/time (2026-12-01T10:00:00Z) or a duration ago (30m, 1h, 2d, 3600)"); }
    }

    /// <summary>Ten years: more is a typo, and would overflow the server's millisecond clocks soon enough.</summary>
    private const long MaxSeconds = 10L * 365 * 86400;
}
