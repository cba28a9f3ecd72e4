namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>RETRY_FAILED and RETRY_INSTANCE (semantics §3, "Operations", extensions).</summary>
public sealed class RetryTests
{
    /// <summary>Appends one line per run, and fails on the first run on a host unless its flag file exists.</summary>
    private static string FailsOnce(Scratch scratch) =>
        $$"""
        echo "run" >> {{scratch.Dir}}/count-$DROVER_RESOURCE_ID
        f={{scratch.Dir}}/flag-$DROVER_RESOURCE_ID
        echo "attempt on $DROVER_RESOURCE_ID"
        [ -e $f ] || { touch $f; exit 3; }
        echo "second time lucky"
        """;

    [Fact]
    public async Task Retry_failed_runs_only_the_failed_host_again_as_attempt_2_and_the_ticket_finishes()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-rf", simulate: 2);
        File.WriteAllText(scratch.PathOf("flag-" + h[1]), ""); // h1 succeeds on its first run
        var script = await d.CreateScriptAsync(FailsOnce(scratch));

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]]]);
        var info = await d.WaitForStatusAsync(uuid, "ABNORMAL");
        info["gmt_finished"].ShouldNotBeNull();
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("ABNORMAL");
        hosts[h[0]].ExitCode().ShouldBe(3);
        hosts[h[0]].Attempt().ShouldBe(1);
        hosts[h[1]].Status().ShouldBe("FINISHED");
        var failedId = hosts[h[0]].Id();

        await d.OperateOkAsync(uuid, new { operation_type = "RETRY_FAILED" });

        info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info["gmt_finished"].ShouldNotBeNull();
        hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("FINISHED");
        hosts[h[0]].Attempt().ShouldBe(2);
        hosts[h[0]].ExitCode().ShouldBe(0);
        hosts[h[0]].Message().ShouldBe($"attempt on {h[0]}\nsecond time lucky\n");
        hosts[h[1]].Status().ShouldBe("FINISHED");
        hosts[h[1]].Attempt().ShouldBe(1);
        // Each host ran exactly as often as its attempts say.
        scratch.Lines("count-" + h[0]).Length.ShouldBe(2);
        scratch.Lines("count-" + h[1]).Length.ShouldBe(1);
        // The first attempt's output is kept.
        var first = await d.Api.GetStringAsync($"/v1/job/script/orders/{uuid}/instances/{failedId}/output?attempt=1");
        first.ShouldBe($"attempt on {h[0]}\n");

        // Nothing to retry now, and a FINISHED host cannot be retried.
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_INSTANCE", instance_id = hosts[h[1]].Id() }, "COC.00040712");
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_INSTANCE", instance_id = 987654321 }, "COC.00040711");
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_FAILED" }, "COC.00040715");
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_FAILED", batch_index = 1 }, "COC.00040715");
        await d.RefusedAsync(uuid, new { operation_type = "RETRY_FAILED", batch_index = 2 }, "COC.00040713");
        scratch.Lines("count-" + h[0]).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Retry_instance_of_a_host_that_stopped_the_ticket_goes_on_with_the_next_batches()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-ri", simulate: 3);
        File.WriteAllText(scratch.PathOf("flag-" + h[1]), "");
        File.WriteAllText(scratch.PathOf("flag-" + h[2]), "");
        var script = await d.CreateScriptAsync(FailsOnce(scratch));

        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]]]);
        var info = await d.WaitForStatusAsync(uuid, "ABNORMAL");
        info.CurrentBatch().ShouldBe(1);
        var failed = await d.HostAsync(uuid, h[0]);
        failed.Status().ShouldBe("ABNORMAL");
        (await d.HostAsync(uuid, h[2])).Status().ShouldBe("READY");

        await d.OperateOkAsync(uuid, new { operation_type = "RETRY_INSTANCE", instance_id = failed.Id() });

        // The retried host passes, batch 1 now holds the rate, and batch 2 runs.
        info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(2);
        var hosts = await d.HostsAsync(uuid);
        hosts.Values.ShouldAllBe(i => i.Status() == "FINISHED");
        hosts[h[0]].Attempt().ShouldBe(2);
        hosts[h[1]].Attempt().ShouldBe(1);
        hosts[h[2]].Attempt().ShouldBe(1);
        scratch.Lines("count-" + h[0]).Length.ShouldBe(2);
        scratch.Lines("count-" + h[1]).Length.ShouldBe(1);
        scratch.Lines("count-" + h[2]).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_canceled_host_can_be_retried()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-rc", simulate: 2);
        var script = await d.CreateScriptAsync($"echo run >> {scratch.Dir}/count-$DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]]], rotation: "PAUSE");
        await d.WaitForStatusAsync(uuid, "PAUSED");
        var skipped = await d.HostAsync(uuid, h[1]);
        await d.OperateOkAsync(uuid, new { operation_type = "SKIP_BATCH", batch_index = 2 });
        var info = await d.WaitForStatusAsync(uuid, "FINISHED");
        (await d.HostAsync(uuid, h[1])).Status().ShouldBe("CANCELED");
        scratch.Lines("count-" + h[1]).Length.ShouldBe(0);

        await d.OperateOkAsync(uuid, new { operation_type = "RETRY_INSTANCE", instance_id = skipped.Id() });

        await d.WaitForHostAsync(uuid, h[1], i => i.Status() == "FINISHED", "FINISHED");
        info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(2);
        (await d.HostAsync(uuid, h[1])).Attempt().ShouldBe(1);
        scratch.Lines("count-" + h[1]).Length.ShouldBe(1);
        scratch.Lines("count-" + h[0]).Length.ShouldBe(1);
    }
}
