using System.Globalization;

namespace Drover.Bench.Rig;

/// <summary>A process's memory and CPU as Linux's /proc reports them.</summary>
/// <param name="Cpu">The process's own user and system time.</param>
/// <param name="ChildrenCpu">Its ended children's that it waited for (an agent's: the supervisors it started).</param>
internal readonly record struct Usage(long RssBytes, long PeakRssBytes, TimeSpan Cpu, TimeSpan ChildrenCpu)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on

    public static Usage Of(int pid)
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kib(line);
            }
            // /proc/pid/stat: the command may hold spaces, so count fields from the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return new Usage(rss, peak, TimeSpan.FromSeconds((Field(11) + Field(12)) / TicksPerSecond),
                TimeSpan.FromSeconds((Field(13) + Field(14)) / TicksPerSecond));
        }
        catch (IOException)
        {
            return default;
        }
    }

    private static long Kib(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
