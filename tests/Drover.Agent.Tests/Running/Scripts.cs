using System.Text;
using Drover.Agent.Running;
using Drover.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace Drover.Agent.Tests.Running;

/// <summary>Runs real scripts through the real runner and collects what the server would receive.</summary>
internal static class Scripts
{
    public static RunSettings FastSettings { get; } = new()
    {
        KillGracePeriod = TimeSpan.FromSeconds(2),
        OutputFlushInterval = TimeSpan.FromMilliseconds(100),
        OutputDrainAfterExit = TimeSpan.FromMilliseconds(500),
        PollInterval = TimeSpan.FromMilliseconds(20),
        // Next to the test binaries: nothing to clean up, and the same file as a real agent would write.
        SupervisorScript = SupervisorScript.Install(AppContext.BaseDirectory),
    };

    public static TaskRunner Runner(RunSettings? settings = null, RunAsPolicy? policy = null) =>
        new(policy ?? RunAsPolicy.ForThisProcess([]), settings ?? FastSettings, TimeProvider.System, NullLogger.Instance);

    public static RunTask Shell(string content, string? user = null, int timeoutSeconds = 30, params ScriptParameter[] parameters)
    {
        var task = new RunTask
        {
            DispatchId = "D-" + Guid.NewGuid().ToString("N")[..12],
            Kind = ScriptKind.Shell,
            Content = content,
            ExecuteUser = user ?? Environment.UserName,
            TimeoutSeconds = timeoutSeconds,
        };
        task.Params.AddRange(parameters);
        return task;
    }

    /// <summary>Runs the task to its end in a task folder of its own, removed afterwards.</summary>
    public static async Task<Run> RunAsync(RunTask task, RunAsPolicy? policy = null, TaskKillSwitch? kill = null,
        RunSettings? settings = null, CancellationToken stopping = default, Run? into = null)
    {
        using var dir = new TempDirectory();
        var run = into ?? new Run();
        using var ownKill = new TaskKillSwitch();
        run.Result = await Runner(settings, policy).RunAsync(task, new TaskFolder(Path.Combine(dir.Path, "task")), run.Add,
            kill ?? ownKill, stopping);
        return run;
    }

    public static bool IsRoot => Libc.IsRoot;
}

internal sealed class Run
{
    private readonly object _gate = new();
    public List<(DateTimeOffset At, byte[] Data)> Chunks { get; } = [];
    public TaskResult Result { get; set; } = new();

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return Encoding.UTF8.GetString(Chunks.SelectMany(c => c.Data).ToArray());
            }
        }
    }

    public void Add(byte[] data)
    {
        lock (_gate)
        {
            Chunks.Add((DateTimeOffset.UtcNow, data));
        }
    }
}
