namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>CANCEL_ORDER, and a canceled ticket refusing everything after (semantics §3, "Operations").</summary>
public sealed class CancelOrderTests
{
    [Fact]
    public async Task Canceling_a_running_ticket_cancels_every_open_host_kills_their_processes_and_then_refuses_every_operation()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-co", simulate: 4);
        var n = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync(
            $"""
            if [ "$DROVER_RESOURCE_ID" = "{h[2]}" ]; then exit 0; fi
            if [ "$DROVER_RESOURCE_ID" != "{h[3]}" ]; then sleep 6007{n} & sleep 6008{n}; wait; fi
            echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID
            """);
        // h2 finishes at once; h0 and h1 run until canceled; h3 (batch 2) waits.
        var uuid = await d.ExecuteAsync(script, [[h[0], h[1], h[2]], [h[3]]], successRate: 50);
        await TicketChecks.WaitForProcessesAsync(n, 4);
        await d.WaitForHostAsync(uuid, h[2], i => i.Status() == "FINISHED", "FINISHED");
        var started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        await d.OperateOkAsync(uuid, new { operation_type = "CANCEL_ORDER" });

        var info = await d.TicketAsync(uuid);
        info.Status().ShouldBe("CANCELED");
        info["gmt_finished"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(started);
        info["execute_costs"].ShouldNotBeNull();
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("CANCELED");
        hosts[h[1]].Status().ShouldBe("CANCELED");
        hosts[h[2]].Status().ShouldBe("FINISHED"); // an ended host keeps its outcome
        hosts[h[3]].Status().ShouldBe("CANCELED");
        await TicketChecks.WaitForNoProcessesAsync(n, TimeSpan.FromSeconds(10));

        // The killed attempts' results arrive late: recorded in the audit log, and they change nothing.
        await TestDrover.WaitUntilAsync(async () => (await d.AuditAsync()).Count(a => a.Action == "instance.late_result") >= 2,
            TimeSpan.FromSeconds(10), "the two killed attempts' late results in the audit log");
        hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("CANCELED");
        hosts[h[1]].Status().ShouldBe("CANCELED");
        (await d.TicketStatusAsync(uuid)).ShouldBe("CANCELED");
        scratch.Exists(h[0]).ShouldBeFalse();
        scratch.Exists(h[3]).ShouldBeFalse();

        // Terminal: every operation is refused and nothing changes.
        await d.RefusedAsync(uuid, new { operation_type = "PAUSE_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "CONTINUE_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 2 }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = hosts[h[3]].Id() }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_INSTANCE", instance_id = hosts[h[0]].Id() }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_FAILED" }, "COC.00040710");
        await Task.Delay(500);
        scratch.Exists(h[3]).ShouldBeFalse();
        Processes.WithMarker(n).ShouldBeEmpty();
    }

    [Fact]
    public async Task Canceling_a_paused_or_stopped_ticket_cancels_its_waiting_hosts()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-cp", simulate: 3);
        var script = await d.CreateScriptAsync(
            $"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID; [ \"$DROVER_RESOURCE_ID\" = \"{h[0]}\" ] && exit 2; exit 0");

        // PAUSED before batch 2.
        var paused = await d.ExecuteAsync(script, [[h[1]], [h[2]]], rotation: "PAUSE");
        await d.WaitForStatusAsync(paused, "PAUSED");
        await d.OperateOkAsync(paused, new { operation_type = "CANCEL_ORDER" });
        var info = await d.TicketAsync(paused);
        info.Status().ShouldBe("CANCELED");
        info["gmt_finished"].ShouldNotBeNull();
        (await d.HostAsync(paused, h[1])).Status().ShouldBe("FINISHED");
        (await d.HostAsync(paused, h[2])).Status().ShouldBe("CANCELED");

        // ABNORMAL with a batch left (the success rate stopped it).
        var stopped = await d.ExecuteAsync(script, [[h[0]], [h[2]]]);
        await d.WaitForStatusAsync(stopped, "ABNORMAL");
        await d.OperateOkAsync(stopped, new { operation_type = "CANCEL_ORDER" });
        (await d.TicketStatusAsync(stopped)).ShouldBe("CANCELED");
        (await d.HostAsync(stopped, h[0])).Status().ShouldBe("ABNORMAL");
        (await d.HostAsync(stopped, h[2])).Status().ShouldBe("CANCELED");
        await Task.Delay(500);
        scratch.Exists(h[2]).ShouldBeFalse();
    }
}
