using System.ComponentModel;
using System.Diagnostics;
using Drover.Protocol;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Running;

/// <summary>
/// Runs one RunTask to its end: decides the user and interpreter (or refuses), starts the script in its
/// own session, streams its output, enforces the timeout, kills the whole session when told, and
/// reports how it ended. Knows nothing about journals or connections.
/// </summary>
internal sealed class TaskRunner(RunAsPolicy policy, RunSettings settings, TimeProvider time, ILogger logger)
{
    /// <summary>Bound on reading to EOF once the script's session is empty (only a process that left the session could hold it longer).</summary>
    private static readonly TimeSpan SessionEndedDrainCap = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs the task; <paramref name="emitChunk"/> receives every output chunk, in order, before this returns.
    /// Throws <see cref="OperationCanceledException"/> if the agent stops first: the script is left running
    /// and no result exists (a restarted agent reports the dispatch LOST).
    /// </summary>
    public async Task<TaskResult> RunAsync(RunTask task, Action<byte[]> emitChunk, TaskKillSwitch kill,
        CancellationToken agentStopping)
    {
        var masker = new SecretMasker(task.Params.Where(p => p.Sensitive).Select(p => p.Value));
        var acceptedAt = time.GetUtcNow();

        var (runAs, userRefusal) = policy.Decide(task.ExecuteUser);
        if (runAs is null)
        {
            return Refused(task, acceptedAt, userRefusal!, masker);
        }
        var (interpreter, kindRefusal) = Interpreter.For(task.Kind, ScriptLaunch.SearchPath(runAs));
        if (interpreter is null)
        {
            return Refused(task, acceptedAt, kindRefusal!, masker);
        }
        if (kill.Token.IsCancellationRequested)
        {
            return Ended(task, TaskOutcome.Killed, -1, acceptedAt, masker, "killed before it started", 0, 0);
        }

        ScriptFile script;
        Process process;
        try
        {
            script = ScriptFile.Write(ScriptTemplate.Substitute(task.Content, task.Params), interpreter.FileExtension,
                runAs, settings.ScratchDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(task, acceptedAt, $"could not write the script file: {e.Message}", masker);
        }
        using (script)
        {
            agentStopping.ThrowIfCancellationRequested();
            try
            {
                process = Process.Start(ScriptLaunch.Build(interpreter, script.Path, runAs, task.Params,
                    [new("DROVER_RESOURCE_ID", settings.ResourceId), new("DROVER_DISPATCH_ID", task.DispatchId)]))
                    ?? throw new Win32Exception("no process");
            }
            catch (Win32Exception e)
            {
                return Refused(task, acceptedAt, $"could not start {interpreter.Program}: {e.Message}", masker);
            }
            logger.LogInformation("Dispatch {DispatchId}: started {Kind} as {User}, session {SessionId}",
                task.DispatchId, task.Kind, runAs.Account.Name, process.Id);
            return await WatchAsync(task, process, masker, emitChunk, kill, agentStopping);
        }
    }

    private async Task<TaskResult> WatchAsync(RunTask task, Process process, SecretMasker masker,
        Action<byte[]> emitChunk, TaskKillSwitch kill, CancellationToken agentStopping)
    {
        var startedAt = time.GetUtcNow();
        // setsid execs in place, so the script's pid is its session id.
        var sessionId = process.Id;
        process.StandardInput.Close();
        var launcherErrors = process.StandardError.ReadToEndAsync(agentStopping);
        _ = launcherErrors.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);

        using var stopReading = new CancellationTokenSource();
        using var watchEnded = new CancellationTokenSource();
        var pump = new OutputPump(process.StandardOutput.BaseStream, masker, task.MaxOutputBytes, emitChunk, time,
            settings.OutputFlushInterval, settings.OutputChunkBytes);
        // Discarding goes on until the pipe ends, even past an agent stop: a script left running when an
        // in-process agent stops must not die of SIGPIPE because of it.
        var pumping = pump.RunAsync(stopReading.Token, CancellationToken.None);

        var exited = process.WaitForExitAsync(CancellationToken.None);
        var timeout = task.TimeoutSeconds > 0
            ? Task.Delay(TimeSpan.FromSeconds(task.TimeoutSeconds), time, watchEnded.Token)
            : Task.Delay(Timeout.Infinite, watchEnded.Token);
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onKill = kill.Token.Register(() => killed.TrySetResult());
        using var onStop = agentStopping.Register(() => stopping.TrySetResult());
        try
        {
            var first = await Task.WhenAny(exited, timeout, killed.Task, stopping.Task);
            if (first == stopping.Task && !exited.IsCompleted)
            {
                stopReading.Cancel();
                logger.LogInformation("Dispatch {DispatchId}: agent stopping, script left running in session {SessionId}",
                    task.DispatchId, sessionId);
                throw new OperationCanceledException(agentStopping);
            }

            var outcome = TaskOutcome.Exited;
            var notes = new List<string>();
            if (first == timeout && !exited.IsCompleted)
            {
                outcome = TaskOutcome.TimedOut;
                notes.Add($"timed out after {task.TimeoutSeconds} s");
                logger.LogInformation("Dispatch {DispatchId}: timed out, killing session {SessionId}", task.DispatchId, sessionId);
                await SessionProcesses.KillAllAsync(sessionId, settings.KillGracePeriod, time, agentStopping);
            }
            else if (first == killed.Task && !exited.IsCompleted)
            {
                outcome = TaskOutcome.Killed;
                notes.Add(kill.Reason.Length > 0 ? $"killed: {kill.Reason}" : "killed");
                logger.LogInformation("Dispatch {DispatchId}: kill requested, killing session {SessionId}", task.DispatchId, sessionId);
                await SessionProcesses.KillAllAsync(sessionId, settings.KillGracePeriod, time, agentStopping);
            }
            await exited.WaitAsync(agentStopping);

            // With nothing left in the session, every writer of the pipe is gone: EOF is certain, so read to the end
            // however long a busy machine takes to schedule the reader (a short wait here lost buffered output under
            // load). A background child may hold the pipe open for hours: then read what is there, and let go.
            var drain = SessionProcesses.Find(sessionId).Count == 0 ? SessionEndedDrainCap : settings.OutputDrainAfterExit;
            if (await Task.WhenAny(pumping, Task.Delay(drain, time, agentStopping)) != pumping)
            {
                stopReading.Cancel();
            }
            await pumping;

            if (outcome == TaskOutcome.Exited)
            {
                var left = SessionProcesses.Find(sessionId).Count;
                if (left > 0)
                {
                    notes.Add($"{left} background process(es) still running in session {sessionId}");
                }
            }
            if (pump.BytesDropped > 0)
            {
                notes.Add($"{pump.BytesDropped} bytes of output beyond {task.MaxOutputBytes} were not sent");
            }
            if (launcherErrors.IsCompletedSuccessfully && launcherErrors.Result.Trim() is { Length: > 0 } launcher)
            {
                notes.Add("launcher: " + (launcher.Length > 2000 ? launcher[..2000] : launcher));
            }
            logger.LogInformation("Dispatch {DispatchId}: {Outcome}, exit code {ExitCode}, {Chunks} chunk(s)",
                task.DispatchId, outcome, process.ExitCode, pump.ChunksSent);
            return Ended(task, outcome, process.ExitCode, startedAt, masker, string.Join("; ", notes),
                pump.ChunksSent, pump.BytesDropped);
        }
        finally
        {
            watchEnded.Cancel();
            stopReading.Cancel();
            // The pipe stays open (and read) while a child the script left behind still holds it.
            _ = pumping.ContinueWith(_ => pump.Discarding, TaskScheduler.Default).Unwrap()
                .ContinueWith(_ =>
                {
                    // Process.Dispose leaves a stream the caller read itself open; close the pipe explicitly.
                    process.StandardOutput.Dispose();
                    process.Dispose();
                }, TaskScheduler.Default);
        }
    }

    private TaskResult Refused(RunTask task, DateTimeOffset at, string why, SecretMasker masker)
    {
        logger.LogWarning("Dispatch {DispatchId}: refused: {Reason}", task.DispatchId, masker.MaskWhole(why));
        return Ended(task, TaskOutcome.Refused, -1, at, masker, why, 0, 0);
    }

    private TaskResult Ended(RunTask task, TaskOutcome outcome, int exitCode, DateTimeOffset startedAt,
        SecretMasker masker, string message, long chunks, long dropped) => new()
    {
        DispatchId = task.DispatchId,
        Outcome = outcome,
        ExitCode = exitCode,
        Message = masker.MaskWhole(message),
        StartedAtMs = startedAt.ToUnixTimeMilliseconds(),
        FinishedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        ChunkCount = chunks,
        OutputBytesDropped = dropped,
    };
}
