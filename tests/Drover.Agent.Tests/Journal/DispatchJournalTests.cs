using Drover.Agent.Journal;
using Drover.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace Drover.Agent.Tests.Journal;

public class DispatchJournalTests
{
    private static DispatchJournal Open(string dir, int keepAcked = 100) =>
        DispatchJournal.Open(dir, keepAcked, NullLogger.Instance);

    private static TaskResult Exited(string id, int code = 0) =>
        new() { DispatchId = id, Outcome = TaskOutcome.Exited, ExitCode = code, Message = "m", StartedAtMs = 1, FinishedAtMs = 2, ChunkCount = 3 };

    [Fact]
    public void Accepted_finished_and_acked_survive_a_reopen()
    {
        using var dir = new TempDirectory();
        using (var journal = Open(dir.Path))
        {
            journal.TryAccept("a", 10, out _).ShouldBeTrue();
            journal.TryAccept("a", 11, out var again).ShouldBeFalse();
            again.AcceptedAtMs.ShouldBe(10);
            journal.Finished(Exited("a", 3));
            journal.TryAccept("b", 12, out _);
            journal.Finished(Exited("b"));
            journal.Acked("b").ShouldBeTrue();
            journal.Acked("b").ShouldBeFalse();
        }
        using (var journal = Open(dir.Path))
        {
            journal.Find("a")!.Result.ShouldBe(Exited("a", 3));
            journal.Find("a")!.Acked.ShouldBeFalse();
            journal.Find("b")!.Acked.ShouldBeTrue();
            journal.Unacked().Select(r => r.DispatchId).ShouldBe(["a"]);
        }
    }

    [Fact]
    public void A_dispatch_started_without_a_result_stays_open_after_a_restart_for_the_host_to_pick_up()
    {
        using var dir = new TempDirectory();
        using (var journal = Open(dir.Path))
        {
            journal.TryAccept("running", 10, out _);
            journal.TryAccept("done", 11, out _);
            journal.Finished(Exited("done"));
        }
        using (var journal = Open(dir.Path))
        {
            journal.Find("running")!.Result.ShouldBeNull();
            journal.Unfinished().Select(r => r.DispatchId).ShouldBe(["running"]);
            journal.Unacked().Select(r => r.DispatchId).ShouldBe(["running", "done"]);
        }
    }

    [Fact]
    public void Compaction_keeps_unacked_dispatches_and_the_newest_acked_ids()
    {
        using var dir = new TempDirectory();
        using (var journal = Open(dir.Path, keepAcked: 5))
        {
            for (var i = 0; i < 20; i++)
            {
                journal.TryAccept($"d{i}", i, out _);
                if (i % 4 != 0)
                {
                    journal.Finished(Exited($"d{i}"));
                }
                if (i % 2 == 1)
                {
                    journal.Acked($"d{i}");
                }
            }
        }
        var linesBefore = File.ReadAllLines(Path.Combine(dir.Path, DispatchJournal.FileName)).Length;
        using (var journal = Open(dir.Path, keepAcked: 5))
        {
            var unacked = journal.Unacked().Select(r => r.DispatchId).ToList();
            unacked.ShouldBe(["d0", "d2", "d4", "d6", "d8", "d10", "d12", "d14", "d16", "d18"]);
            // Acked: d1, d3, ... d19; the newest five stay known so their redelivery is still caught.
            foreach (var id in new[] { "d11", "d13", "d15", "d17", "d19" })
            {
                journal.Find(id)!.Acked.ShouldBeTrue();
            }
            journal.Find("d9").ShouldBeNull();
            journal.Find("d1").ShouldBeNull();
        }
        File.ReadAllLines(Path.Combine(dir.Path, DispatchJournal.FileName)).Length.ShouldBeLessThan(linesBefore);
    }

    [Fact]
    public void A_line_cut_short_by_a_crash_is_skipped()
    {
        using var dir = new TempDirectory();
        using (var journal = Open(dir.Path))
        {
            journal.TryAccept("a", 10, out _);
            journal.Finished(Exited("a"));
        }
        File.AppendAllText(Path.Combine(dir.Path, DispatchJournal.FileName), "{\"kind\":\"acked\",\"dispa");
        using (var journal = Open(dir.Path))
        {
            journal.Find("a")!.Result!.Outcome.ShouldBe(TaskOutcome.Exited);
            journal.Find("a")!.Acked.ShouldBeFalse();
        }
    }

    [Fact]
    public void Only_one_agent_uses_a_journal_at_a_time()
    {
        using var dir = new TempDirectory();
        using var first = Open(dir.Path);
        Should.Throw<IOException>(() => Open(dir.Path)).Message.ShouldContain("in use by another agent");
    }

    [Fact]
    public void At_rest_a_host_holds_its_lock_and_nothing_else()
    {
        // An agent simulating 10,000 hosts ran out of descriptors when each held its journal open beside its lock.
        using var dir = new TempDirectory();
        using var journal = Open(dir.Path);
        journal.TryAccept("a", 10, out _);
        journal.Finished(Exited("a"));
        journal.Acked("a");
        journal.Compact();
        var held = Directory.GetFiles("/proc/self/fd").Select(fd => new FileInfo(fd).LinkTarget)
            .Where(target => target is not null && target.StartsWith(dir.Path, StringComparison.Ordinal)).ToList();
        held.ShouldBe([Path.Combine(dir.Path, "agent.lock")]);
        journal.TryAccept("b", 11, out _).ShouldBeTrue();
    }

    [Fact]
    public void A_closed_journal_takes_no_more_lines()
    {
        using var dir = new TempDirectory();
        var journal = Open(dir.Path);
        journal.TryAccept("a", 10, out _);
        journal.Dispose();
        Should.Throw<ObjectDisposedException>(() => journal.Finished(Exited("a")));
        using var again = Open(dir.Path);
        again.Find("a")!.Result.ShouldBeNull();
    }

    [Fact]
    public void Spooled_chunks_read_back_in_order()
    {
        using var dir = new TempDirectory();
        var spool = new OutputSpool(dir.Path);
        using (var writer = spool.OpenWriter("x/../y"))
        {
            writer.Append([1, 2]);
            writer.Append([]);
            writer.Append([3]);
            writer.Complete();
        }
        spool.Read("x/../y", 10).ShouldBe([[1, 2], [], [3]]);
        spool.Read("x/../y", 2).Count().ShouldBe(2);
        spool.Count("x/../y").ShouldBe(3);
        spool.DeleteAllExcept([]);
        spool.Count("x/../y").ShouldBe(0);
    }

    [Fact]
    public void A_spool_opened_again_continues_after_its_last_whole_chunk()
    {
        using var dir = new TempDirectory();
        var spool = new OutputSpool(dir.Path);
        using (var writer = spool.OpenWriter("d"))
        {
            writer.Append([1, 2]);
            writer.Append([3]);
        }
        // A crash mid-write: a header promising 9 bytes, and 2 of them.
        using (var file = new FileStream(Path.Combine(dir.Path, "d.chunks"), FileMode.Append))
        {
            file.Write([9, 0, 0, 0, 7, 7]);
        }
        using (var writer = spool.OpenWriter("d"))
        {
            writer.Count.ShouldBe(2);
            writer.Bytes.ShouldBe(3);
            writer.Append([4, 5, 6]);
            writer.Count.ShouldBe(3);
            writer.Bytes.ShouldBe(6);
        }
        spool.Read("d", 10).ShouldBe([[1, 2], [3], [4, 5, 6]]);
    }
}
