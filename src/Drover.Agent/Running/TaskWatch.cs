using Drover.Protocol;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Running;

/// <summary>
/// Follows one supervised task to its end, from the files in its <see cref="TaskFolder"/> alone, so a task
/// started by an earlier agent process is followed the same way: tails the output into chunks, enforces the
/// timeout from the recorded start, kills the script's session when told, and reports once the supervisor has
/// recorded the exit status and the output is read.
/// </summary>
/// <param name="supervisorExited">The end of the supervisor process, when this agent started it (its child): the supervisor
/// ends right after it has recorded everything, so the watch wakes then instead of at its next poll. Null for a task an
/// earlier agent started, which is polled.</param>
internal sealed class TaskWatch(RunTask task, TaskFolder folder, DateTimeOffset startedAt, RunSettings settings,
    TimeProvider time, ILogger logger, Task? supervisorExited = null)
{
    public const string SupervisorDiedMessage = "the task's supervisor died before the script ended; its result is unknown";

    /// <summary>Bound on waiting for the output to close once the script's session is empty (only a process that left the session could hold it).</summary>
    private static readonly TimeSpan SessionEndedDrainCap = TimeSpan.FromSeconds(30);

    /// <summary>How often the supervisor is checked for life (a /proc read; the exit file is looked for every poll).</summary>
    private static readonly TimeSpan LivenessInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long a kill waits for the supervisor to record the script it is starting, and for its session.</summary>
    private static readonly TimeSpan ScriptRecordCap = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Watches to the end; chunks go to <paramref name="emitChunk"/>, skipping the first <paramref name="alreadySent"/>
    /// bytes of masked output (sent by an earlier agent). Throws <see cref="OperationCanceledException"/> if the agent
    /// stops first: the task runs on under its supervisor.
    /// </summary>
    public async Task<TaskResult> RunAsync(long alreadySent, Action<byte[]> emitChunk, TaskKillSwitch kill,
        CancellationToken agentStopping, Func<CancellationToken, Task>? room = null)
    {
        var masker = new SecretMasker(task.Params.Where(p => p.Sensitive).Select(p => p.Value));
        using var tail = new OutputTail(folder.OutputPath, settings.PollInterval, time);
        var pump = new OutputPump(tail, masker, task.MaxOutputBytes, alreadySent, emitChunk, time,
            settings.OutputFlushInterval, settings.OutputChunkBytes, room);
        using var stopPumping = CancellationTokenSource.CreateLinkedTokenSource(agentStopping);
        var pumping = pump.RunAsync(stopPumping.Token);
        try
        {
            var (status, endedBy) = await WaitForExitAsync(kill, agentStopping);
            var supervisorDied = status is null;

            // The supervisor marks the output closed once every writer is gone. With the script's session empty that
            // is a moment away however loaded the machine is; a background child the script left may hold it for
            // hours: then take what is there after a short drain.
            // (The session is scanned only when the output is still open: a /proc scan reads every process's stat.)
            if (!supervisorDied && !folder.OutputEnded)
            {
                var sessionEmpty = folder.Script is not { } script || SessionProcesses.Find(script.Pid).Count == 0;
                var giveUpAt = time.GetUtcNow() + (sessionEmpty ? SessionEndedDrainCap : settings.OutputDrainAfterExit);
                while (!folder.OutputEnded && time.GetUtcNow() < giveUpAt)
                {
                    await PauseAsync(agentStopping);
                }
            }
            tail.Finish();
            await pumping;

            var notes = new List<string>();
            if (endedBy is { } killed)
            {
                notes.Add(killed.Note);
            }
            else if (supervisorDied)
            {
                notes.Add(SupervisorDiedMessage);
                if (folder.SupervisorLog is { Length: > 0 } said)
                {
                    notes.Add("supervisor: " + Cut(said));
                }
            }
            else if (folder.Script is { } s && SessionProcesses.Find(s.Pid).Count is > 0 and var left)
            {
                notes.Add($"{left} background process(es) still running in session {s.Pid}");
            }
            if (pump.BytesDropped > 0)
            {
                notes.Add($"{pump.BytesDropped} bytes of output beyond {task.MaxOutputBytes} were not sent");
            }
            if (folder.LauncherErrors is { Length: > 0 } launcher)
            {
                notes.Add("launcher: " + Cut(launcher));
            }
            var outcome = supervisorDied ? TaskOutcome.Lost : endedBy?.Outcome ?? TaskOutcome.Exited;
            logger.LogInformation("Dispatch {DispatchId}: {Outcome}, exit code {ExitCode}, {Chunks} chunk(s)",
                task.DispatchId, outcome, status ?? -1, pump.ChunksSent);
            return new TaskResult
            {
                DispatchId = task.DispatchId,
                Outcome = outcome,
                ExitCode = status ?? -1,
                Message = masker.MaskWhole(string.Join("; ", notes)),
                StartedAtMs = startedAt.ToUnixTimeMilliseconds(),
                // When the script ended, which may have been while no agent was running.
                FinishedAtMs = (supervisorDied ? time.GetUtcNow() : folder.ExitedAt).ToUnixTimeMilliseconds(),
                // Chunks this watch sent; the host counts its spool instead, which includes an earlier agent's.
                ChunkCount = pump.ChunksSent,
                OutputBytesDropped = pump.BytesDropped,
            };
        }
        finally
        {
            stopPumping.Cancel();
            try
            {
                await pumping;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    /// <summary>
    /// Until the supervisor records the exit status (null if it dies first), killing the script's session on timeout
    /// or when told. Returns why the agent ended it, if it did (an earlier agent may have started the kill).
    /// </summary>
    private async Task<(int? Status, (TaskOutcome Outcome, string Note)? EndedBy)> WaitForExitAsync(TaskKillSwitch kill,
        CancellationToken agentStopping)
    {
        var endedBy = folder.Kill;
        if (endedBy is not null && folder.ExitStatus is null)
        {
            logger.LogInformation("Dispatch {DispatchId}: finishing a kill an earlier agent started", task.DispatchId);
            await KillAsync(agentStopping);
        }
        DateTimeOffset? deadline = task.TimeoutSeconds > 0 ? startedAt + TimeSpan.FromSeconds(task.TimeoutSeconds) : null;
        var checkLifeAt = time.GetUtcNow();
        while (true)
        {
            if (folder.ExitStatus is { } status)
            {
                return (status, endedBy);
            }
            var now = time.GetUtcNow();
            if (now >= checkLifeAt)
            {
                checkLifeAt = now + LivenessInterval;
                if (folder.Supervisor is not { IsAlive: true })
                {
                    // It may have written the status just before it ended.
                    var last = folder.ExitStatus;
                    if (last is null)
                    {
                        logger.LogWarning("Dispatch {DispatchId}: the supervisor died without recording an exit status", task.DispatchId);
                    }
                    return (last, endedBy);
                }
            }
            if (endedBy is null && deadline is { } d && now >= d)
            {
                endedBy = (TaskOutcome.TimedOut, $"timed out after {task.TimeoutSeconds} s");
                logger.LogInformation("Dispatch {DispatchId}: timed out, killing its session", task.DispatchId);
                folder.RecordKill(endedBy.Value.Outcome, endedBy.Value.Note);
                await KillAsync(agentStopping);
                continue;
            }
            if (endedBy is null && kill.Token.IsCancellationRequested)
            {
                endedBy = (TaskOutcome.Killed, kill.Reason.Length > 0 ? $"killed: {kill.Reason}" : "killed");
                logger.LogInformation("Dispatch {DispatchId}: kill requested, killing its session", task.DispatchId);
                folder.RecordKill(endedBy.Value.Outcome, endedBy.Value.Note);
                await KillAsync(agentStopping);
                continue;
            }
            await PauseAsync(agentStopping);
        }
    }

    /// <summary>One poll interval, or less if the supervisor ends meanwhile (it has then recorded how the script ended).</summary>
    private async Task PauseAsync(CancellationToken agentStopping)
    {
        var poll = Task.Delay(settings.PollInterval, time, agentStopping);
        if (supervisorExited is { IsCompleted: false } exited)
        {
            await Task.WhenAny(poll, exited);
            agentStopping.ThrowIfCancellationRequested();
        }
        else
        {
            await poll;
        }
    }

    /// <summary>TERM, grace, KILL to the script's session; the supervisor is in another session and records the end.</summary>
    private async Task KillAsync(CancellationToken agentStopping)
    {
        // The supervisor records the script as soon as it has forked it, which can be a moment before the script has
        // made its session (setsid): killing an empty session then would do nothing. Wait for the session to exist.
        var giveUpAt = time.GetUtcNow() + ScriptRecordCap;
        while (folder.ExitStatus is null)
        {
            if (folder.Script is { } script)
            {
                if (ProcStat.Read(script.Pid) is not { IsLive: true } stat || stat.StartTime != script.StartTime)
                {
                    return; // it has ended: the supervisor is about to record how
                }
                if (stat.Session == script.Pid)
                {
                    await SessionProcesses.KillAllAsync(script.Pid, settings.KillGracePeriod, time, agentStopping);
                    return;
                }
                if (time.GetUtcNow() > giveUpAt)
                {
                    // Stuck before it could start the script (it never made its session): nothing else is in there.
                    logger.LogWarning("Dispatch {DispatchId}: the script never made its own session; killing process {Pid}",
                        task.DispatchId, script.Pid);
                    Libc.Kill(script.Pid, Libc.SIGKILL);
                    return;
                }
            }
            else if (time.GetUtcNow() > giveUpAt)
            {
                logger.LogWarning("Dispatch {DispatchId}: the supervisor has not recorded the script; nothing to kill yet", task.DispatchId);
                return;
            }
            await Task.Delay(settings.PollInterval, time, agentStopping);
        }
    }

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] : text;
}
