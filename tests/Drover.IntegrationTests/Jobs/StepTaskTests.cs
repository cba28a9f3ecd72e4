using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Drover.IntegrationTests.Jobs;

/// <summary>The step tasks' own rules in a real execution: the HTTP allow-list, sleep, and RATE_CONTROL's concurrency (semantics §4).</summary>
public sealed class StepTaskTests
{
    [Fact]
    public async Task An_http_step_to_a_host_not_in_the_allow_list_fails_naming_the_host_and_sends_nothing()
    {
        await using var allowed = await LocalHttpEndpoint.StartAsync(app => app.MapGet("/ping", () => Results.Json(new { ok = "yes" })));
        await using var other = await LocalHttpEndpoint.StartAsync(app => app.MapGet("/ping", () => Results.Json(new { ok = "yes" })));
        var allowedPort = new Uri(allowed.Url).Port;
        var otherPort = new Uri(other.Url).Port;
        await using var d = await TestDrover.StartAsync($"--Drover:Jobs:Api:AllowedHosts:0=127.0.0.1:{allowedPort}");
        var documentId = await d.CreateJobAsync($$$"""
            meta:
              name: caller
            steps:
              - name: inside
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "{{{allowed.Url}}}/ping", timeout: 5}
                outputs:
                  - {name: ok, selector: .ok}
              - name: outside
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "{{{other.Url}}}/ping", timeout: 5}
              - name: never
                task: hwc:runbook:sleep@1.0.0
                inputs: {seconds: 1}
            """);

        var executionId = await d.ExecuteJobAsync(documentId, new { });

        var e = await d.WaitForExecutionAsync(executionId, "Failed");
        e["end_time"].ShouldNotBeNull();
        var steps = await d.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Str("name"), s.Status())).ShouldBe([("inside", "Succeed"), ("outside", "Failed")]);
        steps[0].Pairs("outputs").ShouldBe(new Dictionary<string, string> { ["ok"] = "yes" });
        var expected = $"host 127.0.0.1:{otherPort} is not allowed: add it to Drover:Jobs:Api:AllowedHosts";
        steps[1].Str("message").ShouldBe(expected);
        var instance = (await d.StepInstancesAsync(steps[1].Str("execution_step_id"))).Single();
        instance.Status().ShouldBe("Failed");
        instance.Message().ShouldBe(expected);
        lock (allowed.Requests) allowed.Requests.ShouldBe(["GET /ping"]);
        lock (other.Requests) other.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_sleep_step_takes_at_least_its_seconds()
    {
        await using var d = await TestDrover.StartAsync();
        var documentId = await d.CreateJobAsync("""
            meta:
              name: sleeper
            steps:
              - name: nap
                task: hwc:runbook:sleep@1.0.0
                inputs:
                  seconds: 5
            """);
        var clock = Stopwatch.StartNew();
        var executionId = await d.ExecuteJobAsync(documentId, new { });

        // Well inside the sleep: a loaded CI machine once took over 800 ms to answer the two reads of a 2 s sleep.
        await Task.Delay(1200);
        (await d.ExecutionStatusAsync(executionId)).ShouldBe("Running");
        (await d.ExecutionStepsAsync(executionId)).Single().Status().ShouldBe("Running");

        var e = await d.WaitForExecutionAsync(executionId, "Succeed");
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(5));
        var step = (await d.ExecutionStepsAsync(executionId)).Single();
        step.Status().ShouldBe("Succeed");
        step.Str("message").ShouldBe("slept 5 s");
        (step["end_time"]!.GetValue<long>() - step["start_time"]!.GetValue<long>()).ShouldBeGreaterThanOrEqualTo(5000);
        (e["end_time"]!.GetValue<long>() - e["start_time"]!.GetValue<long>()).ShouldBeGreaterThanOrEqualTo(5000);
    }

    [Fact]
    public async Task Rate_control_with_concurrency_1_never_runs_two_hosts_at_once()
    {
        await using var d = await TestDrover.StartAsync();
        using var scratch = new Scratch(d.Prefix);
        var h = await d.StartAgentAsync(d.Prefix + "-rc", simulate: 3);
        var script = await d.CreateScriptAsync(
            $"""
            echo "$DROVER_RESOURCE_ID start $(date +%s%N)" >> {scratch.Dir}/times
            sleep 0.4
            echo "$DROVER_RESOURCE_ID end $(date +%s%N)" >> {scratch.Dir}/times
            echo "paced $DROVER_RESOURCE_ID"
            """);
        var documentId = await d.CreateJobAsync($$$"""
            meta:
              name: paced
            inputs:
              hosts:
                paramSource: INSTANCE
            steps:
              - name: paced
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{{script}}}
                  instance_list: "{{$globals.hosts}}"
                  execute_user: root
                  timeout: 30
            """);

        var executionId = await d.ExecuteJobAsync(documentId, new JsonObject
        {
            ["target_parameter_name"] = "hosts",
            ["targets"] = new JsonArray(new JsonObject
            {
                ["key"] = "InstanceValues",
                ["values"] = new JsonArray(h.Select(x => (JsonNode)JobTickets.HostObject(x)).ToArray()),
                ["concurrency"] = 1,
                ["error_threshold"] = 0,
            }),
        });

        // Watch the step's hosts while it runs: never two started at once. (A host still waiting its turn is listed with
        // status Running too — COC's step-instance vocabulary has no waiting state — but with host_status READY; a
        // dispatched one has host_status PROCESSING.)
        var mostRunning = 0;
        var sawWaiting = false;
        await TestDrover.WaitUntilAsync(async () =>
        {
            var steps = await d.ExecutionStepsAsync(executionId);
            if (steps.Count == 1)
            {
                // Until its script ticket exists, the step is listed as its own single instance (no host_status).
                var rows = await d.StepInstancesAsync(steps[0].Str("execution_step_id"));
                static string? HostStatus(JsonNode i) => i["properties"]?["host_status"]?.GetValue<string>();
                sawWaiting |= rows.Any(i => HostStatus(i) == "READY");
                mostRunning = Math.Max(mostRunning, rows.Count(i => i.Status() == "Running" && HostStatus(i) == "PROCESSING"));
            }
            return (await d.ExecutionStatusAsync(executionId)) is "Succeed" or "Failed";
        }, TimeSpan.FromSeconds(30), "the execution to end");
        var e = await d.ExecutionAsync(executionId);
        e.Status().ShouldBe("Succeed");
        e.Str("type").ShouldBe("RATE_CONTROL");
        e.Str("target_parameter_name").ShouldBe("hosts");

        // The processes' own clocks: each host started after the one before it ended.
        var marks = scratch.Lines("times").Select(l => l.Split(' ')).GroupBy(m => m[0])
            .ToDictionary(g => g.Key, g => (Start: long.Parse(g.Single(m => m[1] == "start")[2]), End: long.Parse(g.Single(m => m[1] == "end")[2])));
        marks.Keys.Order().ShouldBe(h.Order());
        var ordered = marks.Values.OrderBy(i => i.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
            ordered[i].Start.ShouldBeGreaterThan(ordered[i - 1].End, "two hosts ran at once");

        var step = (await d.ExecutionStepsAsync(executionId)).Single();
        step.Status().ShouldBe("Succeed");
        mostRunning.ShouldBe(1);
        sawWaiting.ShouldBeTrue("with concurrency 1, hosts wait their turn");
        var hosts = await d.StepHostsAsync(step);
        hosts.Keys.Order().ShouldBe(h.Order());
        foreach (var (host, row) in hosts) row.Message().ShouldBe($"paced {host}\n");
        // The server's times agree, and the step's script ticket carries the concurrency.
        var rows = hosts.Values.OrderBy(i => i["start_time"]!.GetValue<long>()).ToList();
        for (var i = 1; i < rows.Count; i++)
            rows[i]["start_time"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(rows[i - 1]["end_time"]!.GetValue<long>());
        var ticket = await d.TicketAsync(step.Prop("execute_uuid"));
        ticket["properties"]!["execute_param"]!["max_concurrency"]!.GetValue<int>().ShouldBe(1);
    }
}
