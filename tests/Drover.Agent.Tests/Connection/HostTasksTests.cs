using System.Text;
using System.Threading.Channels;
using Drover.Agent.Connection;
using Drover.Agent.Running;
using Drover.Agent.Tests.Running;
using Drover.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace Drover.Agent.Tests.Connection;

public class HostTasksTests
{
    internal static HostTasks Open(string journalDir, string resourceId = "host-a")
    {
        var options = new AgentOptions
        {
            Server = "http://127.0.0.1:1",
            JournalDirectory = journalDir,
            OutputFlushInterval = TimeSpan.FromMilliseconds(50),
            OutputDrainAfterExit = TimeSpan.FromMilliseconds(300),
            KillGracePeriod = TimeSpan.FromSeconds(2),
        };
        return new AgentHost(options, NullLoggerFactory.Instance).OpenHost(resourceId, RunAsPolicy.ForThisProcess([]));
    }

    /// <summary>Reads what would go on the wire (spooled chunks expanded) until <paramref name="until"/> matches.</summary>
    internal static async Task<List<AgentMessage>> ReadUntil(HostTasks tasks, ChannelReader<OutboxItem> queue,
        Func<AgentMessage, bool> until, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        var seen = new List<AgentMessage>();
        while (true)
        {
            var item = await queue.ReadAsync(cts.Token);
            foreach (var message in Expand(tasks, item))
            {
                seen.Add(message);
                if (until(message))
                {
                    return seen;
                }
            }
        }
    }

    internal static List<AgentMessage> Drain(HostTasks tasks, ChannelReader<OutboxItem> queue)
    {
        var seen = new List<AgentMessage>();
        while (queue.TryRead(out var item))
        {
            seen.AddRange(Expand(tasks, item));
        }
        return seen;
    }

    private static IEnumerable<AgentMessage> Expand(HostTasks tasks, OutboxItem item) => item switch
    {
        OutboxMessage m => [m.Message],
        SpooledChunks s => tasks.Spool.Read(s.DispatchId, s.Count).Select((d, i) => new AgentMessage
        {
            Output = new OutputChunk { DispatchId = s.DispatchId, Seq = i, Data = Google.Protobuf.ByteString.CopyFrom(d) },
        }),
        _ => [],
    };

    private static Func<AgentMessage, bool> ResultOf(string id) => m => m.Result?.DispatchId == id;

    private static string OutputOf(IEnumerable<AgentMessage> messages, string id) => Encoding.UTF8.GetString(
        messages.Where(m => m.Output?.DispatchId == id).OrderBy(m => m.Output.Seq).SelectMany(m => m.Output.Data.ToByteArray()).ToArray());

    [Fact]
    public async Task A_dispatch_runs_once_and_a_redelivery_gets_the_journaled_result()
    {
        using var dir = new TempDirectory();
        var marker = Path.Combine(dir.Path, "marker");
        await using var tasks = Open(dir.Path);
        var queue = tasks.Connected();
        var task = Scripts.Shell($"echo ran >> {marker}; echo hello; exit 4");

        tasks.Run(task);
        var first = await ReadUntil(tasks, queue, ResultOf(task.DispatchId));
        first[0].Accepted.DispatchId.ShouldBe(task.DispatchId);
        OutputOf(first, task.DispatchId).ShouldBe("hello\n");
        var result = first[^1].Result;
        result.Outcome.ShouldBe(TaskOutcome.Exited);
        result.ExitCode.ShouldBe(4);
        result.ChunkCount.ShouldBe(first.Count(m => m.Output is not null));

        tasks.Run(task);
        var second = await ReadUntil(tasks, queue, ResultOf(task.DispatchId));
        second.Last().Result.ShouldBe(result);
        second.ShouldNotContain(m => m.Output != null);
        await tasks.WhenAllDoneAsync();
        File.ReadAllLines(marker).ShouldBe(["ran"]);
    }

    [Fact]
    public async Task A_redelivery_while_running_does_not_start_it_again()
    {
        using var dir = new TempDirectory();
        var marker = Path.Combine(dir.Path, "marker");
        await using var tasks = Open(dir.Path);
        var queue = tasks.Connected();
        var task = Scripts.Shell($"echo ran >> {marker}; sleep 0.5");
        tasks.Run(task);
        tasks.Run(task);
        var messages = await ReadUntil(tasks, queue, ResultOf(task.DispatchId));
        messages.Count(m => m.Accepted is not null).ShouldBe(2);
        messages.Count(m => m.Result is not null).ShouldBe(1);
        File.ReadAllLines(marker).ShouldBe(["ran"]);
    }

    [Fact]
    public async Task A_dispatch_running_when_the_agent_stopped_is_LOST_after_restart_and_never_rerun()
    {
        using var dir = new TempDirectory();
        var marker = Path.Combine(dir.Path, "marker");
        var task = Scripts.Shell($"echo sid=$$; sleep 2; echo ran >> {marker}");
        int sid;
        await using (var before = Open(dir.Path))
        {
            var queue = before.Connected();
            before.Run(task);
            var seen = await ReadUntil(before, queue, m => m.Output is not null);
            sid = ProcFs.IntAfter(OutputOf(seen, task.DispatchId), "sid");
        }
        ProcFs.IsAlive(sid).ShouldBeTrue(); // stopping the agent does not kill scripts

        await using var after = Open(dir.Path);
        after.OpenDispatchIds().ShouldBe([task.DispatchId]);
        var replay = after.Connected();
        var replayed = await ReadUntil(after, replay, ResultOf(task.DispatchId));
        replayed[0].Accepted.DispatchId.ShouldBe(task.DispatchId);
        OutputOf(replayed, task.DispatchId).ShouldStartWith("sid="); // output sent before the restart is kept
        var lost = replayed[^1].Result;
        lost.Outcome.ShouldBe(TaskOutcome.Lost);
        lost.Message.ShouldBe("agent restarted while the script was running; its result is unknown");
        lost.ChunkCount.ShouldBe(replayed.Count(m => m.Output is not null));
        lost.ChunkCount.ShouldBeGreaterThan(0);

        after.Run(task);
        (await ReadUntil(after, replay, ResultOf(task.DispatchId))).Last().Result.Outcome.ShouldBe(TaskOutcome.Lost);
        for (var i = 0; i < 50 && !File.Exists(marker); i++)
        {
            await Task.Delay(100);
        }
        File.ReadAllLines(marker).ShouldBe(["ran"]);
    }

    [Fact]
    public async Task Unacked_results_are_replayed_on_every_connect_until_acked()
    {
        using var dir = new TempDirectory();
        await using var tasks = Open(dir.Path);
        var task = Scripts.Shell("echo one; sleep 0.3; echo two");
        // Runs while disconnected: nothing is queued in memory, everything is on disk.
        tasks.Run(task);
        await tasks.WhenAllDoneAsync();

        var queue = tasks.Connected();
        var replayed = Drain(tasks, queue);
        replayed.Select(m => m.BodyCase).ShouldBe([
            AgentMessage.BodyOneofCase.Accepted, AgentMessage.BodyOneofCase.Output, AgentMessage.BodyOneofCase.Output,
            AgentMessage.BodyOneofCase.Result]);
        OutputOf(replayed, task.DispatchId).ShouldBe("one\ntwo\n");
        tasks.Disconnected(queue);

        queue = tasks.Connected();
        Drain(tasks, queue).Last().Result.DispatchId.ShouldBe(task.DispatchId);
        tasks.Ack(new ResultAck { DispatchId = task.DispatchId });
        tasks.Disconnected(queue);

        tasks.OpenDispatchIds().ShouldBeEmpty();
        Drain(tasks, tasks.Connected()).ShouldBeEmpty();
        Directory.EnumerateFiles(tasks.Spool.Folder).ShouldBeEmpty();
        Directory.EnumerateFileSystemEntries(Path.Combine(dir.Path, "host-a", "tasks")).ShouldBeEmpty();
    }

    [Fact]
    public async Task KillTask_kills_a_running_dispatch()
    {
        using var dir = new TempDirectory();
        await using var tasks = Open(dir.Path);
        var queue = tasks.Connected();
        var task = Scripts.Shell("echo sid=$$; sleep 600 & sleep 600");
        tasks.Run(task);
        var seen = await ReadUntil(tasks, queue, m => m.Output is not null);
        tasks.Kill(new KillTask { DispatchId = task.DispatchId, Reason = "canceled" });
        var rest = await ReadUntil(tasks, queue, ResultOf(task.DispatchId));
        rest.Last().Result.Outcome.ShouldBe(TaskOutcome.Killed);
        ProcFs.InSession(ProcFs.IntAfter(OutputOf(seen, task.DispatchId), "sid")).ShouldBeEmpty();
    }
}
