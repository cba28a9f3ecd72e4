namespace Drover.IntegrationTests.ScriptTickets;

/// <summary>CANCEL_INSTANCE (semantics §3, "Operations").</summary>
public sealed class CancelInstanceTests
{
    [Fact]
    public async Task Canceling_a_running_host_kills_its_whole_process_tree_and_the_batch_ends_with_its_other_hosts()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-ci", simulate: 3);
        var n = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync(
            $"""
            echo "started $DROVER_RESOURCE_ID"
            if [ "$DROVER_RESOURCE_ID" = "{h[0]}" ]; then
              sleep 6007{n} &
              (trap '' TERM; sleep 6009{n}) &
              sleep 6008{n}
              wait
            fi
            if [ "$DROVER_RESOURCE_ID" = "{h[1]}" ]; then until [ -e {scratch.Dir}/go ]; do sleep 0.1; done; fi
            echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID
            """);
        var uuid = await d.ExecuteAsync(script, [[h[0], h[1]], [h[2]]]);
        await TicketChecks.WaitForProcessesAsync(n, 3);
        var victim = await d.WaitForHostAsync(uuid, h[0], i => i.Message().Contains("started"), "has output");

        await d.OperateOkAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = victim.Id() });

        // CANCELED at once, while its batch goes on with the other host.
        var canceled = await d.HostAsync(uuid, h[0]);
        canceled.Status().ShouldBe("CANCELED");
        canceled["gmt_finished"].ShouldNotBeNull();
        canceled.Message().ShouldStartWith($"started {h[0]}\n"); // output so far is kept
        var info = await d.TicketAsync(uuid);
        info.Status().ShouldBe("PROCESSING");
        info.CurrentBatch().ShouldBe(1);
        (await d.HostAsync(uuid, h[1])).Status().ShouldBe("PROCESSING");
        (await d.HostAsync(uuid, h[2])).Status().ShouldBe("READY");

        // The script, its background children (one of them deaf to SIGTERM, so it takes the SIGKILL after the grace
        // period) and its foreground child are all gone.
        await TicketChecks.WaitForNoProcessesAsync(n, TimeSpan.FromSeconds(10));
        scratch.Exists(h[0]).ShouldBeFalse();

        // The batch ends when the other host ends (it waits for a gate, not a clock), and the ticket goes on.
        await File.WriteAllTextAsync(scratch.PathOf("go"), "");
        info = await d.WaitForStatusAsync(uuid, "FINISHED");
        info.CurrentBatch().ShouldBe(2);
        var hosts = await d.HostsAsync(uuid);
        hosts[h[0]].Status().ShouldBe("CANCELED"); // the killed attempt's late result changed nothing
        hosts[h[1]].Status().ShouldBe("FINISHED");
        hosts[h[2]].Status().ShouldBe("FINISHED");
        scratch.Exists(h[1]).ShouldBeTrue();
        scratch.Exists(h[2]).ShouldBeTrue();
        scratch.Exists(h[0]).ShouldBeFalse();
    }

    [Fact]
    public async Task Canceling_a_waiting_host_means_it_never_runs_and_an_ended_host_cannot_be_canceled()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-cw", simulate: 3);
        var script = await d.CreateScriptAsync($"echo ran > {scratch.Dir}/$DROVER_RESOURCE_ID");
        var uuid = await d.ExecuteAsync(script, [[h[0]], [h[1]], [h[2]]], rotations: ["PAUSE", "CONTINUE", "CONTINUE"]);
        await d.WaitForStatusAsync(uuid, "PAUSED");
        var ended = await d.HostAsync(uuid, h[0]);
        var waiting = await d.HostAsync(uuid, h[1]);

        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = ended.Id() }, "COC.00040712");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = 987654321 }, "COC.00040711");

        // Batch 2's only host is canceled: that batch is over, and the paused ticket now waits before batch 3.
        await d.OperateOkAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = waiting.Id() });
        (await d.HostAsync(uuid, h[1])).Status().ShouldBe("CANCELED");
        var info = await d.TicketAsync(uuid);
        info.Status().ShouldBe("PAUSED");
        info.CurrentBatch().ShouldBe(3);
        (await d.HostAsync(uuid, h[2])).Status().ShouldBe("READY");
        await d.RefusedAsync(uuid, new { operation_type = "CANCEL_INSTANCE", instance_id = waiting.Id() }, "COC.00040712");

        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });

        // Only FINISHED hosts counted: the rate holds.
        await d.WaitForStatusAsync(uuid, "FINISHED");
        var hosts = await d.HostsAsync(uuid);
        hosts[h[1]].Status().ShouldBe("CANCELED");
        hosts[h[1]].Attempt().ShouldBe(0);
        hosts[h[1]]["gmt_started"].ShouldBeNull();
        hosts[h[2]].Status().ShouldBe("FINISHED");
        scratch.Exists(h[0]).ShouldBeTrue();
        scratch.Exists(h[1]).ShouldBeFalse();
        scratch.Exists(h[2]).ShouldBeTrue();
    }
}
