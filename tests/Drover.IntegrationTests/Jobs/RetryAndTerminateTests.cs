using System.Diagnostics;

namespace Drover.IntegrationTests.Jobs;

/// <summary>RETRY (only the failed hosts run again, then the execution goes on) and TERMINATE (Canceling until every process is dead).</summary>
public sealed class RetryAndTerminateTests
{
    [Fact]
    public async Task A_failed_host_fails_the_execution_and_retry_runs_only_that_host_again_then_the_execution_goes_on()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-rt", simulate: 2);
        // h1 fails on its first run only: the marker file says it has failed once.
        var check = await d.CreateScriptAsync(
            $"""
            echo "$DROVER_RESOURCE_ID" >> {scratch.Dir}/runs
            if [ "$DROVER_RESOURCE_ID" = "{h[1]}" ] && [ ! -e {scratch.Dir}/failed-once ]; then
              touch {scratch.Dir}/failed-once
              echo "check failed on $DROVER_RESOURCE_ID"
              exit 1
            fi
            echo "check passed on $DROVER_RESOURCE_ID"
            """);
        var after = await d.CreateScriptAsync($"echo \"$DROVER_RESOURCE_ID\" >> {scratch.Dir}/after; echo \"after on $DROVER_RESOURCE_ID\"");
        var documentId = await d.CreateJobAsync($$$"""
            meta:
              name: checked
            inputs:
              hosts:
                paramSource: INSTANCE
            steps:
              - name: check
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{check}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 30
              - name: after
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{after}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 30
            """);
        var executionId = await d.ExecuteJobAsync(documentId, new { parameters = new[] { new { key = "hosts", value = JobTickets.HostList(h) } } });

        // Failed: the step failed on h1, the next step did not start.
        var e = await d.WaitForExecutionAsync(executionId, "Failed");
        e["end_time"].ShouldNotBeNull();
        var steps = await d.ExecutionStepsAsync(executionId);
        steps.Count.ShouldBe(1, "the step after the failed one must not start");
        var run = steps.Run(1, "check");
        run.Status().ShouldBe("Failed");
        run.Prop("attempt").ShouldBe("1");
        run.Str("message").ShouldContain("1 FINISHED, 1 ABNORMAL");
        var hosts = await d.StepHostsAsync(run);
        hosts[h[0]].Status().ShouldBe("Succeed");
        hosts[h[0]].Message().ShouldBe($"check passed on {h[0]}\n");
        hosts[h[1]].Status().ShouldBe("Failed");
        hosts[h[1]].Message().ShouldStartWith($"check failed on {h[1]}\n");
        hosts[h[1]].Prop("exit_code").ShouldBe("1");
        hosts[h[1]].Prop("attempt").ShouldBe("1");
        scratch.Lines("runs").Order().ShouldBe(h.Order());
        scratch.Exists("after").ShouldBeFalse();

        await d.OperateExecutionAsync(executionId, "RETRY");

        e = await d.WaitForExecutionAsync(executionId, "Succeed");
        e["end_time"].ShouldNotBeNull();
        // Only h1 ran again: h0 ran once, h1 twice.
        var runs = scratch.Lines("runs");
        runs.Count(r => r == h[0]).ShouldBe(1);
        runs.Count(r => r == h[1]).ShouldBe(2);
        steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Str("name"), s.Status())).ShouldBe([("check", "Succeed"), ("after", "Succeed")]);
        run = steps.Run(1, "check");
        run.Prop("attempt").ShouldBe("2");
        run.Str("message").ShouldContain("2 FINISHED, 0 ABNORMAL");
        hosts = await d.StepHostsAsync(run);
        hosts[h[0]].Status().ShouldBe("Succeed");
        hosts[h[0]].Prop("attempt").ShouldBe("1");
        hosts[h[0]].Message().ShouldBe($"check passed on {h[0]}\n");
        hosts[h[1]].Status().ShouldBe("Succeed");
        hosts[h[1]].Prop("attempt").ShouldBe("2");
        hosts[h[1]].Prop("exit_code").ShouldBe("0");
        hosts[h[1]].Message().ShouldBe($"check passed on {h[1]}\n");
        // The same script ticket ran the retry: no new ticket for the step.
        (await d.TicketStatusAsync(run.Prop("execute_uuid"))).ShouldBe("FINISHED");
        // The execution went on: the next step ran on both hosts, once each.
        scratch.Lines("after").Order().ShouldBe(h.Order());
        var afterHosts = await d.StepHostsAsync(steps.Run(1, "after"));
        afterHosts.Values.Select(i => i.Message()).Order().ShouldBe(h.Select(x => $"after on {x}\n").Order());

        // Succeed is final.
        await d.ExecutionRefusedAsync(executionId, "RETRY", "COC.00060402");
    }

    [Fact]
    public async Task Terminate_mid_step_is_Canceling_until_every_process_is_dead_and_then_Canceled()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-tm", simulate: 2);
        var n = TicketChecks.UniqueNumber();
        // h1's processes ignore SIGTERM: only the agent's SIGKILL after its grace period (2 s in tests) ends them, so the
        // execution must stay Canceling that long.
        var script = await d.CreateScriptAsync(
            $"""
            if [ "$DROVER_RESOURCE_ID" = "{h[1]}" ]; then trap '' TERM; fi
            echo "started on $DROVER_RESOURCE_ID"
            sleep 6201{n} &
            sleep 6202{n}
            wait
            """);
        var documentId = await d.CreateJobAsync($$$"""
            meta:
              name: long-runner
            inputs:
              hosts:
                paramSource: INSTANCE
            steps:
              - name: long
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{script}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 600
              - name: never
                task: hwc:runbook:sleep@1.0.0
                inputs:
                  seconds: 1
            """);
        var executionId = await d.ExecuteJobAsync(documentId, new { parameters = new[] { new { key = "hosts", value = JobTickets.HostList(h) } } });
        await TicketChecks.WaitForProcessesAsync(n, 4);
        (await d.ExecutionStatusAsync(executionId)).ShouldBe("Running");

        var clock = Stopwatch.StartNew();
        await d.OperateExecutionAsync(executionId, "TERMINATE");

        var e = await d.ExecutionAsync(executionId);
        e.Status().ShouldBe("Canceling");
        e["end_time"].ShouldBeNull();
        Processes.WithMarker(n).ShouldNotBeEmpty("h1's processes ignore SIGTERM and must still be alive while Canceling");
        var steps = await d.ExecutionStepsAsync(executionId);
        steps.Single().Status().ShouldBe("Canceled");
        steps.Single().Str("message").ShouldBe("terminated by operator");

        // Watch closely: the first time it answers Canceled, no process may be left — no grace for the test.
        var seen = new List<string>();
        string status;
        while (true)
        {
            status = (await d.ExecutionAsync(executionId)).Status();
            var left = Processes.WithMarker(n);
            if (seen.Count == 0 || seen[^1] != status) seen.Add(status);
            if (status == "Canceled")
            {
                left.ShouldBeEmpty($"processes {string.Join(",", left)} still alive when the execution answered Canceled");
                break;
            }
            status.ShouldBe("Canceling");
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the execution never became Canceled");
            await Task.Delay(20);
        }
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(1.5), "Canceled came before the SIGKILL that ended h1's processes");
        seen.ShouldBe(["Canceling", "Canceled"]);

        e = await d.ExecutionAsync(executionId);
        e["end_time"].ShouldNotBeNull();
        steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Str("name"), s.Status())).ShouldBe([("long", "Canceled")], "the step after the terminated one never starts");
        var hosts = await d.StepHostsAsync(steps[0]);
        hosts.Keys.Order().ShouldBe(h.Order());
        foreach (var (host, row) in hosts)
        {
            row.Status().ShouldBe("Canceled");
            row.Message().ShouldStartWith($"started on {host}\n");
        }
        (await d.TicketStatusAsync(steps[0].Prop("execute_uuid"))).ShouldBe("CANCELED");

        // Canceled is final.
        await d.ExecutionRefusedAsync(executionId, "TERMINATE", "COC.00060402");
        await d.ExecutionRefusedAsync(executionId, "RESUME", "COC.00060402");
        await d.ExecutionRefusedAsync(executionId, "RETRY", "COC.00060402");
        Processes.WithMarker(n).ShouldBeEmpty();
    }
}
