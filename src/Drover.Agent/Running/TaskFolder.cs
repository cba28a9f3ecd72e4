using Drover.Protocol;
using Google.Protobuf;

namespace Drover.Agent.Running;

/// <summary>
/// The directory of one supervised task (mode 0700, under the host's journal). The agent writes what the task is
/// (<c>task.pb</c>, <c>started</c>) and, before it kills the task, why (<c>kill</c>); the supervisor writes how the
/// script runs and ends (see supervise.sh). It holds everything a restarted agent needs to pick the task up.
/// </summary>
internal sealed class TaskFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The script's combined stdout and stderr, as the supervisor copies it.</summary>
    public string OutputPath => File("output");

    public bool Exists => Directory.Exists(Path);

    public void Create()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
            return;
        }
        // The task's parameters (secrets too) and its unmasked output live here: for the agent's user only.
        Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // The FIFO the script writes into (supervise.sh): made here, a syscall, rather than by an exec of mkfifo there.
        if (!System.IO.File.Exists(File("pipe"))) Libc.MakeFifo(File("pipe"));
    }

    /// <summary>Written before the supervisor starts: the task (for its timeout, output cap and secrets) and when it started.</summary>
    public void SaveTask(RunTask task, DateTimeOffset startedAt)
    {
        Write("task.pb", task.ToByteArray());
        Write("started", System.Text.Encoding.ASCII.GetBytes(startedAt.ToUnixTimeMilliseconds().ToString()));
    }

    public (RunTask Task, DateTimeOffset StartedAt)? LoadTask()
    {
        try
        {
            var task = RunTask.Parser.ParseFrom(System.IO.File.ReadAllBytes(File("task.pb")));
            var started = long.Parse(System.IO.File.ReadAllText(File("started")).Trim());
            return (task, DateTimeOffset.FromUnixTimeMilliseconds(started));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidProtocolBufferException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The supervisor, once it has recorded itself (its first act).</summary>
    public ProcessIdentity? Supervisor => ProcessIdentity.Parse(Read("supervisor"));

    /// <summary>The script, once started; its pid is its session id.</summary>
    public ProcessIdentity? Script => ProcessIdentity.Parse(Read("script"));

    /// <summary>The script's exit status once it has ended (128+N if signal N ended it).</summary>
    public int? ExitStatus => int.TryParse(Read("exit").Trim(), out var status) ? status : null;

    /// <summary>When the exit status was written, i.e. when the script ended (possibly while no agent ran).</summary>
    public DateTimeOffset ExitedAt => System.IO.File.GetLastWriteTimeUtc(File("exit"));

    /// <summary>Every writer of the output has closed it: what the file holds is all there will be.</summary>
    public bool OutputEnded => System.IO.File.Exists(File("output.end"));

    /// <summary>What setsid or setpriv said when they could not start the script.</summary>
    public string LauncherErrors => Read("launcher").Trim();

    /// <summary>What the supervisor itself said (it says nothing unless something is wrong).</summary>
    public string SupervisorLog => Read("supervisor.log").Trim();

    /// <summary>Recorded before the agent kills the task, so an agent restarted mid-kill still reports why it ended.</summary>
    public void RecordKill(TaskOutcome outcome, string note) =>
        Write("kill", System.Text.Encoding.UTF8.GetBytes($"{outcome}\n{note}"));

    public (TaskOutcome Outcome, string Note)? Kill
    {
        get
        {
            var lines = Read("kill").Split('\n', 2);
            return lines.Length == 2 && Enum.TryParse<TaskOutcome>(lines[0], out var outcome) ? (outcome, lines[1]) : null;
        }
    }

    public void Delete()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // A supervisor still finishing up (a daemon the script left holds the output): its files go with it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string File(string name) => System.IO.Path.Combine(Path, name);

    private string Read(string name)
    {
        try
        {
            return System.IO.File.ReadAllText(File(name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Aside, then renamed: a reader (a restarted agent) never sees half a file.</summary>
    private void Write(string name, byte[] content)
    {
        var temp = File(name + ".tmp");
        System.IO.File.WriteAllBytes(temp, content);
        System.IO.File.Move(temp, File(name), overwrite: true);
    }
}
