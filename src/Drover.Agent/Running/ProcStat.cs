namespace Drover.Agent.Running;

/// <summary>
/// What /proc/PID/stat says about a process that the agent needs: its state, its session, and its start time
/// (clock ticks since boot), which together with the pid names one process even after the pid is reused.
/// </summary>
internal readonly record struct ProcStat(char State, int Session, long StartTime)
{
    /// <summary>A zombie has ended; only its parent has not collected it yet.</summary>
    public bool IsLive => State is not ('Z' or 'X');

    /// <summary>Null if the process does not exist (or cannot be read).</summary>
    public static ProcStat? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (IOException)
        {
            return null; // gone (or going) while we looked
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The command name (field 2) may hold spaces and parentheses, so fields are counted from the last ')'.
    /// </summary>
    public static ProcStat? Parse(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the name: state(3) ppid(4) pgrp(5) session(6) ... starttime(22).
        if (fields.Length < 20 || fields[0].Length != 1
            || !int.TryParse(fields[3], out var session) || !long.TryParse(fields[19], out var startTime))
        {
            return null;
        }
        return new ProcStat(fields[0][0], session, startTime);
    }
}
