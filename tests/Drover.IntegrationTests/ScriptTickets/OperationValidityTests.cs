namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>Which operation is allowed when; a refused one is a 400 naming the rule and changes nothing (semantics §3).</summary>
public sealed class OperationValidityTests
{
    [Fact]
    public async Task Pausing_a_paused_ticket_is_accepted_and_changes_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-pp", simulate: 2);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]]], rotation: "PAUSE");
        await d.WaitForStatusAsync(uuid, "PAUSED");
        var before = await d.SnapshotAsync(uuid);

        await d.OperateOkAsync(uuid, new { operation_type = "PAUSE_ORDER" });
        await d.OperateOkAsync(uuid, new { operation_type = "PAUSE_ORDER" });

        (await d.SnapshotAsync(uuid)).ShouldBe(before);
        await Task.Delay(500);
        (await d.SnapshotAsync(uuid)).ShouldBe(before);
        scratch.Exists(h[1]).ShouldBeFalse();
        // A bad request is a 400 naming the field, and changes nothing either.
        await d.RefusedAsync(uuid, new { operation_type = "REWIND_ORDER" }, "COC.00010002");
        await d.RefusedAsync(uuid, new { operation_type = "SKIP_BATCH" }, "COC.00010002");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_INSTANCE" }, "COC.00010002");
    }

    [Fact]
    public async Task A_finished_ticket_refuses_continue_and_pause_and_stays_as_it_is()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-fin", simulate: 2);
        var script = await d.CreateScriptAsync("echo done");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]]]);
        await d.WaitForStatusAsync(uuid, "FINISHED");

        await d.RefusedAsync(uuid, new { operation_type = "CONTINUE_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "PAUSE_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 2 }, "COC.00040710");
        var info = await d.TicketAsync(uuid);
        info.Status().ShouldBe("FINISHED");
        info.CurrentBatch().ShouldBe(2);
    }

    [Fact]
    public async Task An_abnormal_ticket_after_its_last_batch_refuses_continue_and_pause_and_stays_as_it_is()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-ab", simulate: 2);
        var script = await d.CreateScriptAsync($"[ \"$DROVER_RESOURCE_ID\" = \"{h[1]}\" ] && exit 5; exit 0");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]]]);
        var info = await d.WaitForStatusAsync(uuid, "ABNORMAL");
        info.CurrentBatch().ShouldBe(2);

        await d.RefusedAsync(uuid, new { operation_type = "CONTINUE_ORDER" }, "COC.00040716");
        await d.RefusedAsync(uuid, new { operation_type = "PAUSE_ORDER" }, "COC.00040710");
        await d.RefusedAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 2 }, "COC.00040714");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = (await d.HostAsync(uuid, h[1])).Id() }, "COC.00040712");
        (await d.TicketStatusAsync(uuid)).ShouldBe("ABNORMAL");
        (await d.HostAsync(uuid, h[1])).ExitCode().ShouldBe(5);
    }

    [Fact]
    public async Task Operations_on_an_unknown_ticket_are_refused_as_not_found()
    {
        await using var d = await TestDrover.StartAsync();
        var (status, code, _) = await d.OperateErrorAsync("SCT20990101000000abcdef012", new { operation_type = "PAUSE_ORDER" });
        status.ShouldBe(400);
        code.ShouldBe("COC.00040709");
    }
}
