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
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ProcStat.Read(pid) is { IsLive: true } s && s.Session == sessionId)
            {
                found.Add(pid);
            }
        }
        return found;
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
