namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>SKIP_BATCH (semantics §3, "Operations").</summary>
public sealed class SkipBatchTests
{
    [Fact]
    public async Task Skipping_the_running_batch_kills_its_hosts_and_starts_the_next_batch()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-sk", simulate: 3);
        var n = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync(
            $"""
            if [ "$DROVER_RESOURCE_ID" != "{h[2]}" ]; then sleep 6007{n}; fi
            echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID
            """);
        // PAUSE on batch 1: a skipped batch does not hold the ticket.
        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]]], rotation: "PAUSE");
        await TicketChecks.WaitForProcessesAsync(n, 2);

        await d.OperateOkAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 1 });

        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("CANCELED");
        hosts[h[1]].Status().ShouldBe("CANCELED");
        await TicketChecks.WaitForNoProcessesAsync(n, TimeSpan.FromSeconds(10));

        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(2);
        hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("CANCELED");
        hosts[h[1]].Status().ShouldBe("CANCELED");
        hosts[h[2]].Status().ShouldBe("FINISHED");
        scratch.Exists(h[0]).ShouldBeFalse();
        scratch.Exists(h[1]).ShouldBeFalse();
        scratch.Exists(h[2]).ShouldBeTrue();
    }

    [Fact]
    public async Task Skipping_a_later_batch_cancels_its_hosts_which_never_run()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-skf", simulate: 4);
        var script = await d.CreateScriptAsync(
            $"""
            if [ "$DROVER_RESOURCE_ID" = "{h[0]}" ]; then until [ -e {scratch.Dir}/go ]; do sleep 0.1; done; fi
            echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID
            """);
        // The first host waits for a gate, not a clock: under load a fixed sleep ended before the checks below ran.
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1], h[2]], [h[3]]]);
        await d.WaitForHostAsync(uuid, h[0], i => i.Status() == "PROCESSING", "PROCESSING");

        await d.OperateOkAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 2 });

        var info = await d.TicketAsync(uuid);
        info.Status().ShouldBe("PROCESSING");
        info.CurrentBatch().ShouldBe(1);
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("PROCESSING");
        hosts[h[1]].Status().ShouldBe("CANCELED");
        hosts[h[2]].Status().ShouldBe("CANCELED");
        hosts[h[3]].Status().ShouldBe("READY");

        await File.WriteAllTextAsync(scratch.PathOf("go"), "");
        info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(3);
        hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("FINISHED");
        hosts[h[1]].Status().ShouldBe("CANCELED");
        hosts[h[2]].Status().ShouldBe("CANCELED");
        hosts[h[1]].Attempt().ShouldBe(0);
        hosts[h[1]]["gmt_started"].ShouldBeNull();
        hosts[h[3]].Status().ShouldBe("FINISHED");
        scratch.Exists(h[0]).ShouldBeTrue();
        scratch.Exists(h[1]).ShouldBeFalse();
        scratch.Exists(h[2]).ShouldBeFalse();
        scratch.Exists(h[3]).ShouldBeTrue();
    }

    [Fact]
    public async Task Skipping_a_batch_that_has_ended_is_refused_and_changes_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-ske", simulate: 2);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]]], rotation: "PAUSE");
        await d.WaitForStatusAsync(uuid, "PAUSED");

        await d.RefusedAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 1 }, "COC.00040714");
        await d.RefusedAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 3 }, "COC.00040713");

        // Still the same ticket: it goes on as before.
        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        await d.WaitForStatusAsync(uuid, "FINISHED");
        (await d.HostsAsync(uuid)).Values.ShouldAllBe(i => i.Status() == "FINISHED");
        scratch.Exists(h[1]).ShouldBeTrue();
    }
}
