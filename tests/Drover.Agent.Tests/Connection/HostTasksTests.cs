using System.Text;
using System.Threading.Channels;
using Drover.Agent.Connection;
using Drover.Agent.Journal;
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
            tasks.Sent(queue, item); // as the stream's writer does: room for more output
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
            tasks.Sent(queue, item);
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
    public async Task Output_the_stream_has_not_taken_waits_in_its_file_not_in_memory()
    {
        using var dir = new TempDirectory();
        await using var tasks = Open(dir.Path);
        var queue = tasks.Connected();
        const int total = 8 * 1024 * 1024;
        var task = Scripts.Shell($"head -c {total} /dev/zero | tr '\\0' x");
        tasks.Run(task);

        // Nobody sends: the script writes all of it, the queue fills to its budget, the rest stays in the output file.
        var output = new TaskFolders(Path.Combine(dir.Path, SafeFileName.For("host-a"), "tasks")).For(task.DispatchId).OutputPath;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!(File.Exists(output) && new FileInfo(output).Length == total) && DateTime.UtcNow < until) await Task.Delay(50);
        new FileInfo(output).Length.ShouldBe(total);
        // Taken off the queue but not sent: what it held, until nothing more comes for a second.
        var held = new List<OutboxItem>();
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(1) || held.Count == 0)
        {
            if (queue.TryRead(out var item))
            {
                held.Add(item);
                quietSince = DateTime.UtcNow;
            }
            else await Task.Delay(20);
        }
        var queuedBytes = held.OfType<OutboxMessage>().Sum(m => (long)(m.Message.Output?.Data.Length ?? 0));
        queuedBytes.ShouldBeGreaterThan(0);
        queuedBytes.ShouldBeLessThanOrEqualTo(Outbox.OutputBudget + 64 * 1024);
        held.ShouldNotContain(i => i is OutboxMessage && ((OutboxMessage)i).Message.Result != null);

        // Sent now: the rest follows, all of it, in order, then the result.
        var messages = held.SelectMany(i => { tasks.Sent(queue, i); return Expand(tasks, i); }).ToList();
        messages.AddRange(await ReadUntil(tasks, queue, ResultOf(task.DispatchId), TimeSpan.FromSeconds(60)));
        var chunks = messages.Where(m => m.Output is not null).Select(m => m.Output).ToList();
        chunks.Select(o => o.Seq).ShouldBe(Enumerable.Range(0, chunks.Count).Select(i => (long)i));
        chunks.Sum(o => (long)o.Data.Length).ShouldBe(total);
        messages[^1].Result.ExitCode.ShouldBe(0);
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

    /// <summary>What the server would keep: chunks by seq, the first copy of each (it drops a seq it already has).</summary>
    private static string Stored(Dictionary<long, byte[]> bySeq) =>
        Encoding.UTF8.GetString(bySeq.OrderBy(c => c.Key).SelectMany(c => c.Value).ToArray());

    private static void Store(Dictionary<long, byte[]> bySeq, IEnumerable<AgentMessage> messages)
    {
        foreach (var chunk in messages.Where(m => m.Output is not null).Select(m => m.Output))
        {
            var data = chunk.Data.ToByteArray();
            if (bySeq.TryGetValue(chunk.Seq, out var had))
            {
                // A chunk sent again must be the same chunk, or the server would keep a mix of two streams.
                data.ShouldBe(had, $"seq {chunk.Seq} sent twice with different data");
                continue;
            }
            bySeq[chunk.Seq] = data;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_dispatch_running_when_the_agent_stopped_is_picked_up_reported_once_and_never_rerun(bool endsWhileAgentIsDown)
    {
        using var dir = new TempDirectory();
        var marker = Path.Combine(dir.Path, "marker");
        // Output before and after the restart, in several chunks (the test agent flushes every 50 ms).
        var task = Scripts.Shell($"echo ran >> {marker}; for i in 1 2 3; do echo before$i; sleep 0.1; done; sleep 1; " +
            "for i in 1 2 3; do echo after$i; sleep 0.1; done; exit 3");
        var server = new Dictionary<long, byte[]>();
        await using (var before = Open(dir.Path))
        {
            var queue = before.Connected();
            before.Run(task);
            Store(server, await ReadUntil(before, queue, m => m.Output?.Data.ToStringUtf8().Contains("before3") == true));
        }
        File.ReadAllLines(marker).ShouldBe(["ran"]); // stopping the agent does not kill scripts
        if (endsWhileAgentIsDown)
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5));
        }

        await using var after = Open(dir.Path);
        after.OpenDispatchIds().ShouldBe([task.DispatchId]);
        var replay = after.Connected();
        var replayed = await ReadUntil(after, replay, ResultOf(task.DispatchId));
        replayed[0].Accepted.DispatchId.ShouldBe(task.DispatchId);
        Store(server, replayed);
        var result = replayed[^1].Result;
        result.Outcome.ShouldBe(TaskOutcome.Exited);
        result.ExitCode.ShouldBe(3);
        result.ChunkCount.ShouldBe(server.Count);
        server.Keys.Order().ShouldBe(Enumerable.Range(0, server.Count).Select(i => (long)i));
        Stored(server).ShouldBe("before1\nbefore2\nbefore3\nafter1\nafter2\nafter3\n");

        // A redelivery gets the same result; nothing runs again.
        after.Run(task);
        (await ReadUntil(after, replay, ResultOf(task.DispatchId))).Last().Result.ShouldBe(result);
        await after.WhenAllDoneAsync();
        File.ReadAllLines(marker).ShouldBe(["ran"]);
    }

    [Fact]
    public async Task A_dispatch_journaled_by_an_agent_that_died_before_its_supervisor_started_is_LOST_after_restart()
    {
        using var dir = new TempDirectory();
        // What such an agent leaves: the dispatch journaled, maybe a chunk spooled, no task folder.
        var host = Path.Combine(dir.Path, "host-a");
        using (var journal = DispatchJournal.Open(host, 100, NullLogger.Instance))
        {
            journal.TryAccept("D-died", 1234, out _).ShouldBeTrue();
        }
        using (var writer = new OutputSpool(Path.Combine(host, "output")).OpenWriter("D-died"))
        {
            writer.Append("partial\n"u8.ToArray());
        }

        await using var after = Open(dir.Path);
        var replayed = await ReadUntil(after, after.Connected(), ResultOf("D-died"));
        OutputOf(replayed, "D-died").ShouldBe("partial\n");
        var lost = replayed[^1].Result;
        lost.Outcome.ShouldBe(TaskOutcome.Lost);
        lost.Message.ShouldBe(TaskRunner.LostMessage);
        lost.StartedAtMs.ShouldBe(1234);
        lost.ChunkCount.ShouldBe(1);
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
