namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>Every accepted operation is written to the audit log with who, when, what and the X-Request-Id (semantics §3).</summary>
public sealed class AuditTests
{
    [Fact]
    public async Task Every_accepted_operation_is_audited_with_its_request_id()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-au", simulate: 4);
        var script = await d.CreateScriptAsync("echo ok");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]], [h[2], h[3]]], rotation: "PAUSE");
        await d.WaitForStatusAsync(uuid, "PAUSED");
        var canceled = await d.HostAsync(uuid, h[3]);
        var from = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // While paused before batch 2: pause again (accepted, no change), skip batch 2 (now paused before batch 3),
        // cancel one host of batch 3, continue.
        var sent = new (string RequestId, object Body, string Detail)[]
        {
            ($"{d.Prefix}-pause", new { operation_type = "PAUSE_ORDER" }, "PAUSE_ORDER"),
            ($"{d.Prefix}-skip", new { operation_type = "SKIP_BATCH", batch_index = 2 }, "SKIP_BATCH batch_index=2"),
            ($"{d.Prefix}-cancel", new { operation_type = "CANCEL_INSTANCE", instance_id = canceled.Id() }, $"CANCEL_INSTANCE instance_id={canceled.Id()}"),
            ($"{d.Prefix}-continue", new { operation_type = "CONTINUE_ORDER" }, "CONTINUE_ORDER"),
        };
        foreach (var (requestId, body, _) in sent)
            await d.OperateOkAsync(uuid, body, requestId);
        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(3);
        var until = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var audit = await d.AuditAsync();
        foreach (var (requestId, _, detail) in sent)
        {
            var entry = audit.Where(a => a.RequestId == requestId).ShouldHaveSingleItem();
            entry.Action.ShouldBe("ticket.operation");
            entry.Target.ShouldBe(uuid);
            entry.Detail.ShouldBe(detail);
            entry.Actor.ShouldNotBeNullOrWhiteSpace();
            entry.ProjectId.ShouldNotBeNullOrWhiteSpace();
            entry.At.ShouldBeInRange(from, until);
        }
        audit.Count(a => a.Action == "ticket.operation" && a.Target == uuid).ShouldBe(sent.Length);
        var hosts = await d.HostsAsync(uuid);
        hosts[h[1]].Status().ShouldBe("CANCELED");
        hosts[h[2]].Status().ShouldBe("FINISHED");
        hosts[h[3]].Status().ShouldBe("CANCELED");
    }
}
