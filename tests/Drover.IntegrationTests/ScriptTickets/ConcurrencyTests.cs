
namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>max_concurrency: at most that many hosts of a batch at once, a window sliding as hosts finish (semantics §3).</summary>
public sealed class ConcurrencyTests
{
    private static string Recorder(Scratch scratch) =>
        $"""
        echo "$DROVER_RESOURCE_ID start $(date +%s%N)" >> {scratch.Dir}/times
        sleep 0.5
        echo "$DROVER_RESOURCE_ID end $(date +%s%N)" >> {scratch.Dir}/times
        """;

    /// <summary>Each host's [start, end] in nanoseconds, as its script recorded them.</summary>
    private static Dictionary<string, (long Start, long End)> Intervals(Scratch scratch)
    {
        var marks = scratch.Lines("times").Select(l => l.Split(' ')).ToList();
        return marks.GroupBy(m => m[0]).ToDictionary(g => g.Key, g => (
            long.Parse(g.Single(m => m[1] == "start")[2]),
            long.Parse(g.Single(m => m[1] == "end")[2])));
    }

    private static int MostAtOnce(IEnumerable<(long Start, long End)> intervals)
    {
        var events = intervals.SelectMany(i => new[] { (At: i.Start, Delta: 1), (At: i.End, Delta: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta).ToList();
        int now = 0, most = 0;
        foreach (var e in events) { now += e.Delta; most = Math.Max(most, now); }
        return most;
    }

    [Fact]
    public async Task With_max_concurrency_1_the_hosts_of_a_batch_never_overlap()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-mc", simulate: 3);
        var script = await d.CreateScriptAsync(Recorder(scratch));

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1], h[2]]], maxConcurrency: 1);
        var mostProcessing = 0;
        await TestDrover.WaitUntilAsync(async () =>
        {
            var hosts = await d.InstancesAsync(uuid, 1);
            mostProcessing = Math.Max(mostProcessing, hosts.Count(i => i!.Status() == "PROCESSING"));
            return await d.TicketStatusAsync(uuid) == "FINISHED";
        }, TimeSpan.FromSeconds(30), "the ticket to finish");

        mostProcessing.ShouldBe(1);
        (await d.TicketAsync(uuid))["properties"]!["execute_param"]!["max_concurrency"]!.GetValue<int>().ShouldBe(1);
        var recorded = Intervals(scratch);
        recorded.Keys.Order().ShouldBe(h.Order());
        var ordered = recorded.Values.OrderBy(i => i.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
            ordered[i].Start.ShouldBeGreaterThan(ordered[i - 1].End, "a host started before the previous one ended");
        // The server's own times agree: each host started after the one before it finished.
        var rows = (await d.InstancesAsync(uuid, 1)).Select(i => i!).OrderBy(i => i["gmt_started"]!.GetValue<long>()).ToList();
        for (var i = 1; i < rows.Count; i++)
            rows[i]["gmt_started"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(rows[i - 1]["gmt_finished"]!.GetValue<long>());
    }

    [Fact]
    public async Task With_max_concurrency_2_the_window_slides_and_never_holds_more_than_2()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-mc2", simulate: 4);
        var script = await d.CreateScriptAsync(Recorder(scratch));

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1], h[2], h[3]]], maxConcurrency: 2);
        await d.WaitForStatusAsync(uuid, "FINISHED");

        var recorded = Intervals(scratch);
        recorded.Count.ShouldBe(4);
        MostAtOnce(recorded.Values).ShouldBe(2);
        (await d.InstancesAsync(uuid, 1)).ShouldAllBe(i => i!.Status() == "FINISHED");
    }
    [Fact]
    public async Task A_pause_order_also_holds_the_concurrency_window()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-mcp", simulate: 3);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID; sleep 1");
        var uuid = await d.ExecuteAsync(script, [[h[0], h[1], h[2]]], maxConcurrency: 1);
        string? first = null;
        await TestDrover.WaitUntilAsync(async () =>
        {
            first = (await d.InstancesAsync(uuid, 1)).FirstOrDefault(i => i!.Status() == "PROCESSING")?.ResourceId();
            return first is not null;
        }, TimeSpan.FromSeconds(20), "a host to start");

        await d.OperateOkAsync(uuid, new { operation_type = "PAUSE_ORDER" });

        // The running host finishes; no other host of the batch starts while the ticket is paused.
        await d.WaitForHostAsync(uuid, first!, i => i.Status() == "FINISHED", "FINISHED");
        await Task.Delay(700);
        var hosts = await d.HostsAsync(uuid);
        hosts.Values.Count(i => i.Status() == "READY").ShouldBe(2);
        (await d.TicketStatusAsync(uuid)).ShouldBe("PAUSED");
        Directory.GetFiles(scratch.Dir).Length.ShouldBe(1);

        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        await d.WaitForStatusAsync(uuid, "FINISHED");
        (await d.HostsAsync(uuid)).Values.ShouldAllBe(i => i.Status() == "FINISHED");
        Directory.GetFiles(scratch.Dir).Length.ShouldBe(3);
    }
}
