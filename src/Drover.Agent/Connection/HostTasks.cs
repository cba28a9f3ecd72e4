using System.Threading.Channels;
using Drover.Agent.Journal;
using Drover.Agent.Running;
using Drover.Protocol;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Connection;

/// <summary>
/// The tasks of one host: takes RunTask/KillTask/ResultAck from the server, journals each dispatch before
/// running it, runs it, and queues what the server must hear (accepted, chunks, result). The same dispatch
/// id is never run twice, whatever is redelivered. On start it picks up the dispatches an earlier agent process
/// left running: their supervisors kept them going and recorded how they ended.
/// </summary>
internal sealed class HostTasks : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly DispatchJournal _journal;
    private readonly OutputSpool _spool;
    private readonly TaskFolders _folders;
    private readonly TaskRunner _runner;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Outbox _outbox = new();
    private readonly Dictionary<string, Running> _running = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    private sealed record Running(TaskKillSwitch Kill, SpoolWriter Spool, Task Work);

    public HostTasks(string resourceId, DispatchJournal journal, OutputSpool spool, TaskFolders folders, TaskRunner runner,
        TimeProvider time, ILogger logger)
    {
        ResourceId = resourceId;
        _journal = journal;
        _spool = spool;
        _folders = folders;
        _runner = runner;
        _time = time;
        _logger = logger;
        var open = _journal.Unacked().Select(r => r.DispatchId).ToList();
        _spool.DeleteAllExcept(open);
        _folders.DeleteAllExcept(open);
        lock (_gate)
        {
            foreach (var record in _journal.Unfinished())
            {
                PickUp(record);
            }
        }
    }

    public string ResourceId { get; }

    public OutputSpool Spool => _spool;

    /// <summary>Dispatches not yet acknowledged (running, or finished and waiting to be delivered).</summary>
    public List<string> OpenDispatchIds() => _journal.Unacked().Select(r => r.DispatchId).ToList();

    /// <summary>
    /// A stream is up: its queue starts with everything the server may have missed, i.e. every
    /// unacknowledged dispatch's acceptance, chunks so far, and result if there is one.
    /// </summary>
    public ChannelReader<OutboxItem> Connected()
    {
        lock (_gate)
        {
            var replay = new List<OutboxItem>();
            foreach (var record in _journal.Unacked())
            {
                replay.Add(new OutboxMessage(Accepted(record.DispatchId, record.AcceptedAtMs)));
                var chunks = record.Result?.ChunkCount
                    ?? (_running.TryGetValue(record.DispatchId, out var running) ? running.Spool.Count : 0);
                if (chunks > 0)
                {
                    replay.Add(new SpooledChunks(record.DispatchId, chunks));
                }
                if (record.Result is not null)
                {
                    replay.Add(new OutboxMessage(new AgentMessage { Result = record.Result }));
                }
            }
            return _outbox.Open(replay);
        }
    }

    public void Disconnected(ChannelReader<OutboxItem> queue) => _outbox.Close(queue);

    /// <summary>The stream has sent <paramref name="item"/>: room for more output in its queue.</summary>
    public void Sent(ChannelReader<OutboxItem> queue, OutboxItem item) => _outbox.Taken(queue, item);

    public void Run(RunTask task)
    {
        if (string.IsNullOrEmpty(task.DispatchId))
        {
            // Without an id it cannot be journaled, so it could not be protected from running twice.
            _logger.LogWarning("Host {ResourceId}: ignoring a RunTask without a dispatch id", ResourceId);
            return;
        }
        lock (_gate)
        {
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (!_journal.TryAccept(task.DispatchId, now, out var record))
            {
                Redelivered(record);
                return;
            }
            _outbox.Post(Accepted(task.DispatchId, now));
            Start(task.DispatchId, (spool, kill) => _runner.RunAsync(task, _folders.For(task.DispatchId),
                data => Emit(task.DispatchId, spool, data), kill, _stopping.Token, _outbox.RoomAsync));
        }
    }

    /// <summary>
    /// A dispatch an earlier agent process was running: followed on from its supervisor's records, its output sent on
    /// from where that agent's spool ends (the chunks in the spool keep their seq).
    /// </summary>
    private void PickUp(DispatchRecord record) =>
        Start(record.DispatchId, (spool, kill) => _runner.ResumeAsync(record.DispatchId, record.AcceptedAtMs,
            _folders.For(record.DispatchId), spool.Bytes, data => Emit(record.DispatchId, spool, data), kill, _stopping.Token,
            _outbox.RoomAsync));

    private void Start(string dispatchId, Func<SpoolWriter, TaskKillSwitch, Task<TaskResult>> run)
    {
        var kill = new TaskKillSwitch();
        var spool = _spool.OpenWriter(dispatchId);
        // Registered before the task can finish, so its completion always finds its entry.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = RunAsync(dispatchId, run, kill, spool, start.Task);
        _running[dispatchId] = new Running(kill, spool, work);
        start.SetResult();
    }

    public void Kill(KillTask kill)
    {
        Running? running;
        lock (_gate)
        {
            _running.TryGetValue(kill.DispatchId, out running);
        }
        if (running is null)
        {
            _logger.LogInformation("Host {ResourceId}: kill for dispatch {DispatchId}, which is not running", ResourceId, kill.DispatchId);
            return;
        }
        running.Kill.Pull(kill.Reason);
    }

    public void Ack(ResultAck ack)
    {
        lock (_gate)
        {
            if (_journal.Acked(ack.DispatchId))
            {
                _spool.Delete(ack.DispatchId);
                _folders.For(ack.DispatchId).Delete();
            }
        }
    }

    /// <summary>Waits for every task started so far (tests; shutdown).</summary>
    internal Task WhenAllDoneAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_running.Values.Select(r => r.Work));
        }
    }

    private void Redelivered(DispatchRecord record)
    {
        if (_running.ContainsKey(record.DispatchId))
        {
            _logger.LogInformation("Host {ResourceId}: dispatch {DispatchId} redelivered while it runs", ResourceId, record.DispatchId);
            _outbox.Post(Accepted(record.DispatchId, record.AcceptedAtMs));
            return;
        }
        var result = record.Result;
        if (result is null)
        {
            // Only reachable if a task ended without a result in this process (agent stopping mid-run).
            result = new TaskResult
            {
                DispatchId = record.DispatchId, Outcome = TaskOutcome.Lost, ExitCode = -1,
                Message = TaskRunner.LostMessage, StartedAtMs = record.AcceptedAtMs,
                FinishedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            _journal.Finished(result);
        }
        _logger.LogInformation("Host {ResourceId}: dispatch {DispatchId} already ran ({Outcome}): sending its result again",
            ResourceId, record.DispatchId, result.Outcome);
        _outbox.Post(Accepted(record.DispatchId, record.AcceptedAtMs));
        _outbox.Post(new AgentMessage { Result = result });
    }

    private async Task RunAsync(string dispatchId, Func<SpoolWriter, TaskKillSwitch, Task<TaskResult>> run,
        TaskKillSwitch kill, SpoolWriter spool, Task registered)
    {
        await registered;
        await Task.Yield(); // off the gRPC reader's thread
        TaskResult? result = null;
        try
        {
            result = await run(spool, kill);
            spool.Complete();
            result.ChunkCount = spool.Count;
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Agent stopping: no result yet; the script runs on and the next agent on this journal picks it up.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Host {ResourceId}: dispatch {DispatchId} failed inside the agent", ResourceId, dispatchId);
            result = new TaskResult
            {
                DispatchId = dispatchId, Outcome = TaskOutcome.Lost, ExitCode = -1,
                Message = "the agent failed while running the script: " + e.Message,
                FinishedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds(), ChunkCount = spool.Count,
            };
        }
        finally
        {
            lock (_gate)
            {
                if (result is not null)
                {
                    _journal.Finished(result);
                    _outbox.Post(new AgentMessage { Result = result });
                }
                _running.Remove(dispatchId);
            }
            spool.Dispose();
            kill.Dispose();
        }
    }

    private void Emit(string dispatchId, SpoolWriter spool, byte[] data)
    {
        // Spool and queue under one lock, so a replay never misses a chunk nor sends one out of order.
        lock (_gate)
        {
            var seq = spool.Count;
            spool.Append(data);
            _outbox.Post(new AgentMessage
            {
                Output = new OutputChunk { DispatchId = dispatchId, Seq = seq, Data = ByteString.CopyFrom(data) },
            });
        }
    }

    private static AgentMessage Accepted(string dispatchId, long atMs) =>
        new() { Accepted = new TaskAccepted { DispatchId = dispatchId, StartedAtMs = atMs } };

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        try
        {
            await WhenAllDoneAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Host {ResourceId}: some tasks did not let go within 10 s", ResourceId);
        }
        _journal.Dispose();
        _stopping.Dispose();
    }
}
