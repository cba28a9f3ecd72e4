namespace Drover.Agent.Tests.Running;

/// <summary>Looks at /proc directly, independently of the agent's own scanner.</summary>
internal static class ProcFs
{
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static List<int> InSession(int sid) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : -1)
            .Where(pid => pid > 0 && IsAlive(pid) && SessionOf(pid) == sid)
            .ToList();

    private static int SessionOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[4]);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return -1;
        }
    }

    /// <summary>The command line of every process this test can see, arguments joined by spaces.</summary>
    public static List<string> CommandLines()
    {
        var lines = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                lines.Add(File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' '));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return lines;
    }

    /// <summary>Reads "key=value" lines the scripts print about themselves.</summary>
    public static int IntAfter(string output, string key)
    {
        var line = output.Split('\n').First(l => l.StartsWith(key + "=", StringComparison.Ordinal));
        return int.Parse(line[(key.Length + 1)..].Trim());
    }
}
