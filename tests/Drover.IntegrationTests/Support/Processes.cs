namespace Drover.IntegrationTests.Support;

/// <summary>Looks at the real process table: what is running on this machine with a given marker in its command line.</summary>
public static class Processes
{
    public static IReadOnlyList<int> WithMarker(string marker)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmdline.Contains(marker, StringComparison.Ordinal)) found.Add(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    /// <summary>Cleans up after a test: kills what still runs with the marker (a process gone meanwhile is fine).</summary>
    public static void KillWithMarker(string marker)
    {
        foreach (var pid in WithMarker(marker))
        {
            try { System.Diagnostics.Process.GetProcessById(pid).Kill(); }
            catch (ArgumentException) { }
            catch (InvalidOperationException) { }
        }
    }
}
