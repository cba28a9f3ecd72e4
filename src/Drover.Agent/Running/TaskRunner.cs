using System.ComponentModel;
using System.Diagnostics;
using Drover.Protocol;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Running;

/// <summary>
/// Runs one RunTask to its end: decides the user and interpreter (or refuses), starts the script under its
/// supervisor, and watches it (<see cref="TaskWatch"/>); or picks up a task an earlier agent process started.
/// Knows nothing about journals or connections.
/// </summary>
internal sealed class TaskRunner(RunAsPolicy policy, RunSettings settings, TimeProvider time, ILogger logger)
{
    public const string LostMessage = "agent restarted while the script was running; its result is unknown";

    /// <summary>How long a supervisor may take to record itself (its first act) before the start counts as failed.</summary>
    private static readonly TimeSpan SupervisorStartCap = TimeSpan.FromSeconds(30);

    /// <summary>How long a task folder found without a supervisor record gets for one to appear, on pick-up.</summary>
    private static readonly TimeSpan SupervisorRecordGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs the task in <paramref name="folder"/>; <paramref name="emitChunk"/> receives every output chunk, in order,
    /// before this returns. Throws <see cref="OperationCanceledException"/> if the agent stops first: the script runs
    /// on under its supervisor, and the next agent picks it up (<see cref="ResumeAsync"/>). <paramref name="room"/>, when
    /// given, is awaited before more output is read: the output waits in its file, not in memory, while the server is slow.
    /// </summary>
    public async Task<TaskResult> RunAsync(RunTask task, TaskFolder folder, Action<byte[]> emitChunk, TaskKillSwitch kill,
        CancellationToken agentStopping, Func<CancellationToken, Task>? room = null)
    {
        var masker = new SecretMasker(task.Params.Where(p => p.Sensitive).Select(p => p.Value));
        var acceptedAt = time.GetUtcNow();

        var (runAs, userRefusal) = policy.Decide(task.ExecuteUser);
        if (runAs is null)
        {
            return Refused(task.DispatchId, acceptedAt, userRefusal!, masker);
        }
        var (interpreter, kindRefusal) = Interpreter.For(task.Kind, ScriptLaunch.SearchPath(runAs));
        if (interpreter is null)
        {
            return Refused(task.DispatchId, acceptedAt, kindRefusal!, masker);
        }
        if (kill.Token.IsCancellationRequested)
        {
            return Ended(task.DispatchId, TaskOutcome.Killed, -1, acceptedAt, masker, "killed before it started");
        }

        try
        {
            settings.CheckSupervisor(settings.SupervisorScript);
        }
        catch (IOException e)
        {
            logger.LogCritical("Dispatch {DispatchId}: {Problem}", task.DispatchId, e.Message);
            return Refused(task.DispatchId, acceptedAt, e.Message, masker);
        }

        ScriptFile script;
        try
        {
            script = ScriptFile.Write(ScriptTemplate.Substitute(task.Kind, task.Content, task.Params), interpreter.FileExtension,
                runAs, settings.ScratchDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(task.DispatchId, acceptedAt, $"could not write the script file: {e.Message}", masker);
        }
        var startedAt = time.GetUtcNow();
        // Once the supervisor is started it owns the script file (it removes it when the script has ended): the agent
        // must not, even if it stops before the supervisor has recorded itself, or the script would find no file.
        var supervisorStarted = false;
        Process? supervisor = null;
        try
        {
            try
            {
                agentStopping.ThrowIfCancellationRequested();
                folder.Create();
                folder.SaveTask(task, startedAt);
                var start = ScriptLaunch.Supervised(settings.SupervisorScript, folder, script.Folder, interpreter, script.Path,
                    runAs, task.Params, [new("DROVER_RESOURCE_ID", settings.ResourceId), new("DROVER_DISPATCH_ID", task.DispatchId)]);
                supervisor = Process.Start(start) ?? throw new Win32Exception("no process");
                supervisorStarted = true;
                if (await SupervisorFailedAsync(supervisor, folder, agentStopping) is { } failure)
                {
                    script.Dispose();
                    return Refused(task.DispatchId, acceptedAt, $"the supervisor could not start: {failure}", masker);
                }
                logger.LogInformation("Dispatch {DispatchId}: started {Kind} as {User} under supervisor {Supervisor}",
                    task.DispatchId, task.Kind, runAs.Account.Name, supervisor.Id);
            }
            catch (Exception e) when ((e is Win32Exception or IOException or UnauthorizedAccessException) && !supervisorStarted)
            {
                script.Dispose();
                return Refused(task.DispatchId, acceptedAt, $"could not start the script: {e.Message}", masker);
            }
            catch (OperationCanceledException) when (!supervisorStarted)
            {
                script.Dispose();
                throw;
            }
            // The supervisor is this agent's child: its end (seen through SIGCHLD) wakes the watch at once.
            return await new TaskWatch(task, folder, startedAt, settings, time, logger, supervisor.WaitForExitAsync(CancellationToken.None))
                .RunAsync(alreadySent: 0, emitChunk, kill, agentStopping, room);
        }
        finally
        {
            supervisor?.Dispose();
        }
    }

    /// <summary>
    /// Picks up a task that an earlier agent process started in <paramref name="folder"/>: it may have ended since
    /// (its exit status is recorded), or run on. Output is sent from byte <paramref name="alreadySent"/> of the
    /// masked stream on. LOST only if the task never got as far as a supervisor, or its folder is gone.
    /// </summary>
    public async Task<TaskResult> ResumeAsync(string dispatchId, long acceptedAtMs, TaskFolder folder, long alreadySent,
        Action<byte[]> emitChunk, TaskKillSwitch kill, CancellationToken agentStopping, Func<CancellationToken, Task>? room = null)
    {
        if (folder.LoadTask() is not { } saved || !await SupervisorRecordedAsync(folder, agentStopping))
        {
            logger.LogWarning("Dispatch {DispatchId} was starting or running when the agent stopped and left nothing to pick up: reporting it LOST",
                dispatchId);
            return Ended(dispatchId, TaskOutcome.Lost, -1, DateTimeOffset.FromUnixTimeMilliseconds(acceptedAtMs),
                SecretMasker.None, LostMessage);
        }
        logger.LogInformation("Dispatch {DispatchId}: picking up the task an earlier agent started ({State})", dispatchId,
            folder.ExitStatus is { } status ? $"ended with {status}" : "still running");
        return await new TaskWatch(saved.Task, folder, saved.StartedAt, settings, time, logger)
            .RunAsync(alreadySent, emitChunk, kill, agentStopping, room);
    }

    /// <summary>
    /// Whether the folder's supervisor has recorded itself, given a moment to: an agent that stopped right after
    /// starting it may be followed by one that looks sooner than the supervisor writes its first record.
    /// </summary>
    private async Task<bool> SupervisorRecordedAsync(TaskFolder folder, CancellationToken agentStopping)
    {
        var giveUpAt = time.GetUtcNow() + SupervisorRecordGrace;
        while (folder.Supervisor is null)
        {
            if (!folder.Exists || time.GetUtcNow() > giveUpAt)
            {
                return false;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, agentStopping);
        }
        return true;
    }

    /// <summary>
    /// Waits for the supervisor to record itself; null once it has, else why it could not (it ended without,
    /// or never got going).
    /// </summary>
    private async Task<string?> SupervisorFailedAsync(Process process, TaskFolder folder, CancellationToken agentStopping)
    {
        var giveUpAt = time.GetUtcNow() + SupervisorStartCap;
        while (folder.Supervisor is null)
        {
            if (process.HasExited && folder.Supervisor is null)
            {
                var log = folder.SupervisorLog;
                return log.Length > 0 ? log : $"it exited with {process.ExitCode}";
            }
            if (time.GetUtcNow() > giveUpAt)
            {
                return $"it did not record itself within {SupervisorStartCap.TotalSeconds} s";
            }
            await Task.Delay(TimeSpan.FromMilliseconds(5), time, agentStopping);
        }
        return null;
    }

    private TaskResult Refused(string dispatchId, DateTimeOffset at, string why, SecretMasker masker)
    {
        logger.LogWarning("Dispatch {DispatchId}: refused: {Reason}", dispatchId, masker.MaskWhole(why));
        return Ended(dispatchId, TaskOutcome.Refused, -1, at, masker, why);
    }

    private TaskResult Ended(string dispatchId, TaskOutcome outcome, int exitCode, DateTimeOffset startedAt,
        SecretMasker masker, string message) => new()
    {
        DispatchId = dispatchId,
        Outcome = outcome,
        ExitCode = exitCode,
        Message = masker.MaskWhole(message),
        StartedAtMs = startedAt.ToUnixTimeMilliseconds(),
        FinishedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
    };
}
