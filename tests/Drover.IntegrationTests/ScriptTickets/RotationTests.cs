namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>Rotation strategy PAUSE and the operator's PAUSE_ORDER / CONTINUE_ORDER (semantics §3, "Rotation strategy").</summary>
public sealed class RotationTests
{
    [Fact]
    public async Task Pause_rotation_holds_the_ticket_before_each_next_batch_and_has_no_effect_after_the_last()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-rot", simulate: 4);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID; echo \"batch host $DROVER_RESOURCE_ID\"");

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]], [h[3]]], rotation: "PAUSE");

        // Batch 1 ran; the ticket waits before batch 2, which has not started anywhere.
        var info = await d.WaitForStatusAsync(uuid, "PAUSED");
        info.CurrentBatch().ShouldBe(2);
        info["gmt_finished"].ShouldBeNull();
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("FINISHED");
        hosts[h[1]].Status().ShouldBe("FINISHED");
        hosts[h[2]].Status().ShouldBe("READY");
        hosts[h[3]].Status().ShouldBe("READY");
        hosts[h[2]].Attempt().ShouldBe(0);
        scratch.Exists(h[0]).ShouldBeTrue();
        scratch.Exists(h[1]).ShouldBeTrue();
        scratch.Exists(h[2]).ShouldBeFalse();
        scratch.Exists(h[3]).ShouldBeFalse();
        // It stays paused: nothing moves on its own.
        await Task.Delay(700);
        (await d.TicketStatusAsync(uuid)).ShouldBe("PAUSED");
        scratch.Exists(h[2]).ShouldBeFalse();

        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        info = await d.WaitForTicketAsync(uuid, t => t.Status() == "PAUSED" && t.CurrentBatch() == 3, "PAUSED before batch 3");
        hosts = await d.HostsAsync(uuid);
        hosts[h[2]].Status().ShouldBe("FINISHED");
        hosts[h[2]].Message().ShouldBe($"batch host {h[2]}\n");
        hosts[h[3]].Status().ShouldBe("READY");
        scratch.Exists(h[2]).ShouldBeTrue();
        scratch.Exists(h[3]).ShouldBeFalse();

        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        // The last batch's PAUSE has no effect: the ticket finishes.
        info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(3);
        info["gmt_finished"].ShouldNotBeNull();
        hosts = await d.HostsAsync(uuid);
        hosts.Values.ShouldAllBe(i => i.Status() == "FINISHED");
        hosts.Values.ShouldAllBe(i => i.Attempt() == 1);
        scratch.Exists(h[3]).ShouldBeTrue();
    }

    [Fact]
    public async Task Pause_order_lets_running_hosts_finish_and_starts_nothing_until_continue()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-po", simulate: 2);
        var script = await d.CreateScriptAsync(
            $"if [ \"$DROVER_RESOURCE_ID\" = \"{h[0]}\" ]; then until [ -e {scratch.Dir}/go ]; do sleep 0.1; done; fi; echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]]]);
        await d.WaitForHostAsync(uuid, h[0], i => i.Status() == "PROCESSING", "PROCESSING");

        await d.OperateOkAsync(uuid, new { operation_type = "PAUSE_ORDER" });
        (await d.TicketStatusAsync(uuid)).ShouldBe("PAUSED");
        await File.WriteAllTextAsync(scratch.PathOf("go"), ""); // the running host ends only after the pause

        // The running host finishes; the batch is closed out, but the next one does not start.
        await d.WaitForHostAsync(uuid, h[0], i => i.Status() == "FINISHED", "FINISHED");
        var info = await d.WaitForTicketAsync(uuid, t => t.CurrentBatch() == 2, "at batch 2");
        info.Status().ShouldBe("PAUSED");
        await Task.Delay(700);
        (await d.HostAsync(uuid, h[1])).Status().ShouldBe("READY");
        scratch.Exists(h[1]).ShouldBeFalse();
        (await d.TicketStatusAsync(uuid)).ShouldBe("PAUSED");

        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        await d.WaitForStatusAsync(uuid, "FINISHED");
        (await d.HostAsync(uuid, h[1])).Status().ShouldBe("FINISHED");
        scratch.Exists(h[1]).ShouldBeTrue();
    }
}
