using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Drover.IntegrationTests.Jobs;

/// <summary>BATCH executions (semantics §4): the steps run once per batch, the target parameter bound to that batch's hosts.</summary>
public sealed class BatchExecutionTests
{
    [Fact]
    public async Task A_batch_execution_walks_scripts_suspend_http_and_a_script_fed_by_the_http_output_once_per_batch_pausing_between_batches()
    {
        var calls = 0;
        await using var api = await LocalHttpEndpoint.StartAsync(app => app.MapGet("/release", () =>
            Results.Json(new { release = new { tag = "r" + Interlocked.Increment(ref calls) } })));
        await using var d = await TestDrover.StartAsync("--Drover:Jobs:Api:AllowedHosts:0=127.0.0.1");
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-bx", simulate: 4);
        var prepare = await d.CreateScriptAsync(
            $"""
            echo "prepare $DROVER_RESOURCE_ID" >> {scratch.Dir}/log
            echo "prepared $DROVER_RESOURCE_ID"
            """);
        var deploy = await d.CreateScriptAsync(
            $$"""
            echo "deploy ${tag} $DROVER_RESOURCE_ID" >> {{scratch.Dir}}/log
            echo "deploy ${tag} on $DROVER_RESOURCE_ID"
            """,
            parameters: [new { param_name = "tag", param_value = "none", param_description = "", sensitive = false }]);
        var yaml = $$$"""
            meta:
              name: rollout
              schemaVersion: 3
              description: prepare, wait for a go, look up the release, deploy it
            inputs:
              hosts:
                type: string
                paramSource: INSTANCE
                description: the hosts of one batch
              release_url:
                type: string
                default: "{{{api.Url}}}/release"
            steps:
              - name: prepare
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{prepare}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 30
              - name: approve
                task: hwc:runbook:suspend@1.0.0
                inputs:
                  message: waiting for a go
              - name: query
                task: hwc:runbook:executeAPI@1.0.0
                inputs:
                  method: GET
                  url: "{{$globals.release_url}}"
                  timeout: 10
                outputs:
                  - {name: tag, selector: .release.tag, type: String}
              - name: deploy
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{deploy}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 30
                  script_params: '[{"param_name":"tag","param_value":"{{$steps.query.outputs.tag}}"}]'
            """;
        var documentId = await d.CreateJobAsync(yaml);
        string[] stepNames = ["prepare", "approve", "query", "deploy"];

        var executionId = await d.ExecuteJobAsync(documentId, new JsonObject
        {
            ["target_parameter_name"] = "hosts",
            ["targets"] = new JsonArray(JobTickets.BatchValues([[h[0], h[1]], [h[2], h[3]]], "PAUSE")),
        });

        // Batch 1: its hosts ran prepare, and the execution waits at the suspend step.
        var e = await d.WaitForPendingAsync(executionId, 1, "approve");
        e.Str("type").ShouldBe("BATCH");
        e.Str("document_version").ShouldBe("v1");
        e.Str("target_parameter_name").ShouldBe("hosts");
        e["total_batches"]!.GetValue<int>().ShouldBe(2);
        e["end_time"].ShouldBeNull();
        scratch.Lines("log").Order().ShouldBe([$"prepare {h[0]}", $"prepare {h[1]}"]);
        lock (api.Requests) api.Requests.ShouldBeEmpty();
        var steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Prop("batch_index"), s.Str("name"), s.Status())).ShouldBe([("1", "prepare", "Succeed"), ("1", "approve", "Pending")]);
        var prepared = await d.StepHostsAsync(steps.Run(1, "prepare"));
        prepared.Keys.Order().ShouldBe([h[0], h[1]]);
        foreach (var (host, row) in prepared)
        {
            row.Status().ShouldBe("Succeed");
            row.Message().ShouldBe($"prepared {host}\n");
            row.Str("execution_step_id").ShouldBe(steps.Run(1, "prepare").Str("execution_step_id"));
        }

        // RESUME: the rest of batch 1 runs (HTTP, then deploy with its output), then the execution waits before batch 2 (PAUSE).
        await d.OperateExecutionAsync(executionId, "RESUME");
        e = await d.WaitForPendingAsync(executionId, 2, "prepare");
        e["end_time"].ShouldBeNull();
        steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Prop("batch_index"), s.Str("name"), s.Status()))
            .ShouldBe(stepNames.Select(n => ("1", n, "Succeed")).ToArray(), "batch 1 done, nothing of batch 2 started");
        lock (api.Requests) api.Requests.ShouldBe(["GET /release"]);
        var query1 = steps.Run(1, "query");
        query1.Pairs("outputs").ShouldBe(new Dictionary<string, string> { ["tag"] = "r1" });
        var queryInstance = (await d.StepInstancesAsync(query1.Str("execution_step_id"))).Single();
        queryInstance.Status().ShouldBe("Succeed");
        queryInstance.Message().ShouldStartWith($"GET {api.Url}/release → 200");
        queryInstance.Message().ShouldContain("\"r1\"");
        steps.Run(1, "deploy").Pairs("inputs")["script_params"].ShouldBe("""[{"param_name":"tag","param_value":"r1"}]""");
        var deployed = await d.StepHostsAsync(steps.Run(1, "deploy"));
        deployed.Keys.Order().ShouldBe([h[0], h[1]]);
        foreach (var (host, row) in deployed)
        {
            row.Status().ShouldBe("Succeed");
            row.Message().ShouldBe($"deploy r1 on {host}\n");
        }
        scratch.Lines("log").Order().ShouldBe([$"deploy r1 {h[0]}", $"deploy r1 {h[1]}", $"prepare {h[0]}", $"prepare {h[1]}"]);
        // Paused between batches: batch 2 does not start by itself.
        await Task.Delay(300);
        (await d.ExecutionStatusAsync(executionId)).ShouldBe("Pending");
        scratch.Lines("log").Length.ShouldBe(4);

        // RESUME: batch 2 runs prepare on its own hosts and waits at its suspend step.
        await d.OperateExecutionAsync(executionId, "RESUME");
        await d.WaitForPendingAsync(executionId, 2, "approve");
        scratch.Lines("log").Skip(4).Order().ShouldBe([$"prepare {h[2]}", $"prepare {h[3]}"]);
        lock (api.Requests) api.Requests.Count.ShouldBe(1);

        // RESUME: the rest of batch 2, then the end.
        await d.OperateExecutionAsync(executionId, "RESUME");
        e = await d.WaitForExecutionAsync(executionId, "Succeed");
        e["end_time"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(e["start_time"]!.GetValue<long>());
        lock (api.Requests) api.Requests.ShouldBe(["GET /release", "GET /release"]);
        scratch.Lines("log").Skip(6).Order().ShouldBe([$"deploy r2 {h[2]}", $"deploy r2 {h[3]}"]);

        // One run per step per batch, each with its batch_index; every scripts run has its own script ticket.
        steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Prop("batch_index"), s.Str("name"), s.Status())).ShouldBe(
            [.. stepNames.Select(n => ("1", n, "Succeed")), .. stepNames.Select(n => ("2", n, "Succeed"))]);
        steps.Select(s => s.Str("execution_step_id")).Distinct().Count().ShouldBe(8);
        steps.Select(s => s.Str("action")).Take(4).ShouldBe(
            ["hwc:runbook:scripts@1.0.0", "hwc:runbook:suspend@1.0.0", "hwc:runbook:executeAPI@1.0.0", "hwc:runbook:scripts@1.0.0"]);
        steps.Where(s => s.Str("name") is "prepare" or "deploy").Select(s => s.Prop("execute_uuid")).Distinct().Count().ShouldBe(4);
        steps.Run(2, "query").Pairs("outputs")["tag"].ShouldBe("r2");
        foreach (var (batch, hosts) in new[] { (1, new[] { h[0], h[1] }), (2, new[] { h[2], h[3] }) })
        {
            var tag = "r" + batch;
            var rows = await d.StepHostsAsync(steps.Run(batch, "deploy"));
            rows.Keys.Order().ShouldBe(hosts);
            foreach (var (host, row) in rows)
            {
                row.Status().ShouldBe("Succeed");
                row.Message().ShouldBe($"deploy {tag} on {host}\n");
                row.Prop("attempt").ShouldBe("1");
            }
            (await d.StepHostsAsync(steps.Run(batch, "prepare"))).Keys.Order().ShouldBe(hosts);
        }
    }

    [Fact]
    public async Task Skip_batch_during_batch_1_kills_its_work_and_batch_2_runs()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-sk", simulate: 4);
        var n = TicketChecks.UniqueNumber();
        var script = await d.CreateScriptAsync(
            $"""
            case "$DROVER_RESOURCE_ID" in {h[0]}|{h[1]}) sleep 6101{n} & sleep 6102{n}; wait;; esac
            echo "ran on $DROVER_RESOURCE_ID" >> {scratch.Dir}/ran
            echo "work done on $DROVER_RESOURCE_ID"
            """);
        var yaml = $$$"""
            meta:
              name: skipper
            inputs:
              hosts:
                paramSource: INSTANCE
            steps:
              - name: work
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{script}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 600
              - name: settle
                task: hwc:runbook:sleep@1.0.0
                inputs:
                  seconds: 1
            """;
        var documentId = await d.CreateJobAsync(yaml);
        var executionId = await d.ExecuteJobAsync(documentId, new JsonObject
        {
            ["target_parameter_name"] = "hosts",
            ["targets"] = new JsonArray(JobTickets.BatchValues([[h[0], h[1]], [h[2], h[3]]], "CONTINUE")),
        });
        await TicketChecks.WaitForProcessesAsync(n, 4);
        var e = await d.ExecutionAsync(executionId);
        e.Status().ShouldBe("Running");
        e["current_batch_index"]!.GetValue<int>().ShouldBe(1);

        await d.OperateExecutionAsync(executionId, "SKIP_BATCH");

        // Batch 1's run is canceled at once, and its processes are killed.
        var steps = await d.ExecutionStepsAsync(executionId);
        var work1 = steps.Run(1, "work");
        work1.Status().ShouldBe("Canceled");
        work1.Str("message").ShouldBe("batch skipped by operator");
        steps.Any(s => s.Prop("batch_index") == "1" && s.Str("name") == "settle").ShouldBeFalse("the skipped batch's later steps do not run");
        await TicketChecks.WaitForNoProcessesAsync(n, TimeSpan.FromSeconds(10));

        // Batch 2 runs on its own hosts and the execution goes on to the end.
        e = await d.WaitForExecutionAsync(executionId, "Succeed");
        e["current_batch_index"]!.GetValue<int>().ShouldBe(2);
        scratch.Lines("ran").Order().ShouldBe([$"ran on {h[2]}", $"ran on {h[3]}"]);
        steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Prop("batch_index"), s.Str("name"), s.Status()))
            .ShouldBe([("1", "work", "Canceled"), ("2", "work", "Succeed"), ("2", "settle", "Succeed")]);
        var skipped = await d.StepHostsAsync(steps.Run(1, "work"));
        skipped.Keys.Order().ShouldBe([h[0], h[1]]);
        skipped.Values.ShouldAllBe(i => i["status"]!.GetValue<string>() == "Canceled");
        var ran = await d.StepHostsAsync(steps.Run(2, "work"));
        ran.Keys.Order().ShouldBe([h[2], h[3]]);
        foreach (var (host, row) in ran)
        {
            row.Status().ShouldBe("Succeed");
            row.Message().ShouldBe($"work done on {host}\n");
        }
        (await d.TicketStatusAsync(steps.Run(1, "work").Prop("execute_uuid"))).ShouldBe("CANCELED");
        Processes.WithMarker(n).ShouldBeEmpty();
    }

    [Fact]
    public async Task Skip_batch_on_a_normal_execution_is_refused_and_changes_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        var documentId = await d.CreateJobAsync("""
            meta:
              name: gate
            steps:
              - name: hold
                task: hwc:runbook:suspend@1.0.0
              - name: nap
                task: hwc:runbook:sleep@1.0.0
                inputs:
                  seconds: 1
            """);
        var executionId = await d.ExecuteJobAsync(documentId, new { });
        await d.WaitForPendingAsync(executionId, 1, "hold");
        (await d.ExecutionAsync(executionId)).Str("type").ShouldBe("NORMAL");

        var message = await d.ExecutionRefusedAsync(executionId, "SKIP_BATCH", "COC.00060403");
        message.ShouldContain("NORMAL");
        message.ShouldContain("BATCH");

        // Still usable as it was: RESUME takes it on to the end.
        await d.OperateExecutionAsync(executionId, "RESUME");
        await d.WaitForExecutionAsync(executionId, "Succeed");
        (await d.ExecutionStepsAsync(executionId)).Select(s => s.Status()).ShouldBe(["Succeed", "Succeed"]);
    }
}
