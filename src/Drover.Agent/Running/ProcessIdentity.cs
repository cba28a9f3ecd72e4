namespace Drover.Agent.Running;

/// <summary>
/// One process, named so that it cannot be mistaken for a later one that got the same pid: the pid and its
/// start time. Written by the supervisor as "PID STARTTIME" (see supervise.sh).
/// </summary>
internal readonly record struct ProcessIdentity(int Pid, long StartTime)
{
    /// <summary>Running (not a zombie), and the very process that was recorded.</summary>
    public bool IsAlive => ProcStat.Read(Pid) is { IsLive: true } stat && stat.StartTime == StartTime;

    /// <summary>The identity in a record, or null while it is not complete: the supervisor writes it without a rename,
    /// so a record is whole only once its newline is there.</summary>
    public static ProcessIdentity? Parse(string text)
    {
        if (!text.EndsWith('\n')) return null;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], out var pid) && pid > 0 && long.TryParse(parts[1], out var start)
            ? new ProcessIdentity(pid, start)
            : null;
    }

    /// <summary>The process with this pid right now, if there is one.</summary>
    public static ProcessIdentity? Of(int pid) => ProcStat.Read(pid) is { } stat ? new ProcessIdentity(pid, stat.StartTime) : null;

    public override string ToString() => $"{Pid} {StartTime}";
}
