namespace Drover.Agent.Running;

/// <summary>
/// The processes of one task: every process whose session id is the task's. A script's background
/// children stay in its session (unless they call setsid themselves), so this finds them after their
/// parent is gone, which a parent/child walk would not.
/// </summary>
internal static class SessionProcesses
{
    /// <summary>Live (not zombie) processes in the session.</summary>
    public static List<int> Find(int sessionId)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue; // gone while we looked
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            if (ParseStat(stat) is { } s && s.Session == sessionId && s.State is not ('Z' or 'X'))
            {
                found.Add(pid);
            }
        }
        return found;
    }

    /// <summary>
    /// Reads state and session from /proc/PID/stat. The command name (field 2) may hold spaces and
    /// parentheses, so the fields are counted from the last ')'.
    /// </summary>
    internal static (char State, int Session)? ParseStat(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the name: state(3) ppid(4) pgrp(5) session(6).
        if (fields.Length < 4 || fields[0].Length != 1 || !int.TryParse(fields[3], out var session))
        {
            return null;
        }
        return (fields[0][0], session);
    }

    /// <summary>
    /// SIGTERM to the whole session, up to <paramref name="grace"/> for it to go, then SIGKILL until
    /// nothing is left. Processes started during the grace period get SIGTERM too.
    /// </summary>
    public static async Task KillAllAsync(int sessionId, TimeSpan grace, TimeProvider time, CancellationToken ct = default)
    {
        var deadline = time.GetUtcNow() + grace;
        var pids = Find(sessionId);
        // Once each: a script trapping TERM for cleanup should run that cleanup once, not every round.
        var termed = new HashSet<int>();
        while (pids.Count > 0 && time.GetUtcNow() < deadline)
        {
            Signal(pids.Where(termed.Add).ToList(), Libc.SIGTERM);
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, ct);
            pids = Find(sessionId);
        }
        // Bounded so a process stuck in the kernel (D state) cannot hang the agent forever.
        for (var round = 0; pids.Count > 0 && round < 400; round++)
        {
            Signal(pids, Libc.SIGKILL);
            await Task.Delay(TimeSpan.FromMilliseconds(25), time, ct);
            pids = Find(sessionId);
        }
    }

    private static void Signal(List<int> pids, int signal)
    {
        foreach (var pid in pids)
        {
            Libc.Kill(pid, signal); // ESRCH just means it went already
        }
    }
}
