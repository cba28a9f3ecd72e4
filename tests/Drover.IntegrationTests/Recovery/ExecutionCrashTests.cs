using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// Kill -9 in the middle of an execution's steps: a scripts step (its hosts run as a script ticket), a sleep, a suspend
/// (Pending must survive) and a second scripts step, in each of three batches. The execution goes on from where it
/// was, ends Succeed, and each host ran each scripts step exactly once.
/// </summary>
public sealed class ExecutionCrashTests(ITestOutputHelper output)
{
    private const int Batches = 3;
    private const int HostsPerBatch = 10;
    private static readonly string[] StepNames = ["run", "nap", "gate", "finish"];

    [Fact]
    public async Task Killing_the_server_mid_step_of_a_batch_execution_runs_every_step_once_per_host_and_it_succeeds()
    {
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: Batches * HostsPerBatch);
        var batches = rig.Hosts.Chunk(HostsPerBatch).ToList();
        var script = await rig.CreateScriptAsync(
            $"{rig.Markers.Line}; sleep 0.$((RANDOM % 8 + 2)); echo \"ran on $DROVER_RESOURCE_ID\"");
        var job = await rig.CreateJobAsync(Job(script));
        var executionId = await rig.ExecuteJobAsync(job, new JsonObject
        {
            ["target_parameter_name"] = "hosts",
            ["targets"] = new JsonArray(JobTickets.BatchValues(batches, "CONTINUE")),
        });

        for (var b = 1; b <= Batches; b++)
        {
            // Batch 1 is killed in every step; the others in one step each, chosen at random.
            string[] killable = ["run", "nap", "finish"];
            string[] killIn = b == 1 ? killable : [killable[Random.Shared.Next(killable.Length)]];
            if (killIn.Contains("run")) await KillMidStepAsync(rig, executionId, b, "run");
            if (killIn.Contains("nap")) await KillMidStepAsync(rig, executionId, b, "nap");

            // Pending at the suspend step survives a kill (batch 1), and RESUME after the restart goes on.
            await rig.WaitForExecutionAsync(executionId,
                e => e.Status() == "Pending" && e["current_batch_index"]!.GetValue<int>() == b && e["current_step"]?.GetValue<string>() == "gate",
                $"Pending at the gate of batch {b}", TimeSpan.FromSeconds(120));
            if (b == 1)
            {
                await rig.KillAndRestartAsync();
                var e = await rig.ExecutionAsync(executionId);
                e.Status().ShouldBe("Pending");
                e["current_step"]!.GetValue<string>().ShouldBe("gate");
            }
            await rig.OperateExecutionAsync(executionId, "RESUME");
            if (killIn.Contains("finish")) await KillMidStepAsync(rig, executionId, b, "finish");
        }

        var done = await rig.WaitForExecutionAsync(executionId, "Succeed", TimeSpan.FromSeconds(90));
        var steps = await rig.ExecutionStepsAsync(executionId);
        steps.Select(s => (s.Prop("batch_index"), s.Str("name"))).ShouldBe(
            Enumerable.Range(1, Batches).SelectMany(b => StepNames.Select(n => (b.ToString(), n))).ToArray(), "one run of each step per batch");
        foreach (var s in steps)
        {
            s.Status().ShouldBe("Succeed", s.ToJsonString());
            s.Prop("attempt").ShouldBe("1");
            s["end_time"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(s["start_time"]!.GetValue<long>());
        }
        for (var b = 1; b <= Batches; b++)
        {
            // Steps of a batch ran one after the other.
            var ofBatch = StepNames.Select(n => steps.Run(b, n)).ToList();
            for (var i = 1; i < ofBatch.Count; i++)
                ofBatch[i]["start_time"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(ofBatch[i - 1]["end_time"]!.GetValue<long>());
            foreach (var name in new[] { "run", "finish" })
            {
                var hosts = await rig.StepHostsAsync(steps.Run(b, name));
                hosts.Keys.Order().ShouldBe(batches[b - 1].Order(), $"batch {b} step {name}");
                foreach (var (host, row) in hosts)
                {
                    row.Status().ShouldBe("Succeed", row.ToJsonString());
                    row.Message().ShouldBe($"ran on {host}\n");
                    row.Prop("attempt").ShouldBe("1");
                    rig.Markers.ShouldHaveRun(host, row.Prop("execute_uuid"), attempts: 1);
                }
            }
        }
        // Two scripts steps per batch: every host ran twice, in two tickets, and nothing else ran.
        foreach (var host in rig.Hosts) rig.Markers.Of(host).Count.ShouldBe(2, $"host {host}");
        var duplicates = rig.Markers.Duplicates();
        output.WriteLine($"{rig.Hosts.Count} hosts, {Batches} batches x {StepNames.Length} steps: {rig.Kills} kills, " +
            $"{rig.Markers.All().Count} host runs, {duplicates.Count} duplicates; execution {done.Status()}");
        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_scripts_step_whose_ticket_was_created_but_not_yet_recorded_on_the_step_does_not_run_its_hosts_again()
    {
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: 3);
        var script = await rig.CreateScriptAsync($"{rig.Markers.Line}; sleep 2; echo \"ran on $DROVER_RESOURCE_ID\"");
        var executionId = await RunOneStepJobAsync(rig, script);
        await DroverClient.WaitUntilAsync(() => Task.FromResult(rig.Markers.All().Count == rig.Hosts.Count), TimeSpan.FromSeconds(30),
            "the step's hosts to start");
        var step = (await rig.ExecutionStepsAsync(executionId)).Run(1, "run");
        var ticket = step.Prop("execute_uuid");

        // A crash between committing the step's ticket and recording it on the step leaves exactly this: a running ticket
        // that names its step run, and a step run that names no ticket. Killed, then set up so, then restarted.
        rig.Kill();
        (await rig.ExecuteSqlAsync("""UPDATE execution_steps SET "TicketId" = NULL, "PropertiesJson" = '{}' WHERE "ExecutionStepId" = @id""",
            ("id", step.Str("execution_step_id")))).ShouldBe(1);
        await rig.RestartAsync();

        // Recovery takes the step's ticket up again instead of running the hosts in a new one.
        await rig.WaitForExecutionAsync(executionId, "Succeed", TimeSpan.FromSeconds(60));
        step = (await rig.ExecutionStepsAsync(executionId)).Run(1, "run");
        step.Prop("execute_uuid").ShouldBe(ticket);
        var hosts = await rig.StepHostsAsync(step);
        hosts.Keys.Order().ShouldBe(rig.Hosts.Order());
        foreach (var (host, row) in hosts)
        {
            row.Status().ShouldBe("Succeed", row.ToJsonString());
            row.Message().ShouldBe($"ran on {host}\n");
            rig.Markers.Of(host).Count.ShouldBe(1, $"host {host} ran {string.Join(", ", rig.Markers.Of(host).Select(r => r.DispatchId))}");
        }
        rig.Markers.Duplicates().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_retry_committed_but_not_yet_passed_to_the_steps_ticket_reruns_the_failed_hosts_after_a_crash()
    {
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: 3);
        using var scratch = new Scratch("retry-" + Guid.NewGuid().ToString("N")[..8]);
        var fixedFlag = scratch.PathOf("fixed");
        var script = await rig.CreateScriptAsync($"{rig.Markers.Line}; [ -f {fixedFlag} ] || exit 3; echo \"ran on $DROVER_RESOURCE_ID\"");
        var executionId = await RunOneStepJobAsync(rig, script);
        await rig.WaitForExecutionAsync(executionId, "Failed", TimeSpan.FromSeconds(60));
        var step = (await rig.ExecutionStepsAsync(executionId)).Run(1, "run");
        var ticket = step.Prop("execute_uuid");
        File.WriteAllText(fixedFlag, "");

        // What the RETRY commits (the execution running again, the step at attempt 2), with the server dying before the
        // retry reached the step's ticket: killed, then set up so, then restarted.
        rig.Kill();
        var committedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        (await rig.ExecuteSqlAsync("""UPDATE executions SET "Status" = 'Running', "EndTime" = NULL, "UpdateTime" = @at WHERE "ExecutionId" = @id""",
            ("at", committedAt), ("id", executionId))).ShouldBe(1);
        (await rig.ExecuteSqlAsync("""
            UPDATE execution_steps SET "Status" = 'Running', "Attempt" = 2, "Message" = NULL, "StartTime" = @at, "EndTime" = NULL
            WHERE "ExecutionStepId" = @id
            """, ("at", committedAt), ("id", step.Str("execution_step_id")))).ShouldBe(1);
        await rig.RestartAsync();

        // Recovery passes the retry on: the failed hosts run again in the same ticket, and this time they succeed.
        await rig.WaitForExecutionAsync(executionId, "Succeed", TimeSpan.FromSeconds(60));
        step = (await rig.ExecutionStepsAsync(executionId)).Run(1, "run");
        step.Prop("execute_uuid").ShouldBe(ticket);
        foreach (var (host, row) in await rig.StepHostsAsync(step))
        {
            row.Status().ShouldBe("Succeed", row.ToJsonString());
            row.Message().ShouldBe($"ran on {host}\n");
            rig.Markers.Of(host).Select(r => r.Attempt).ShouldBe(new[] { 1, 2 }, $"host {host} ran {string.Join(", ", rig.Markers.Of(host).Select(r => r.DispatchId))}");
        }
        rig.Markers.Duplicates().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_terminate_committed_but_not_yet_passed_to_the_steps_ticket_stops_its_hosts_after_a_crash()
    {
        await using var rig = await CrashRig.StartAsync(agents: 1, hostsPerAgent: 2);
        var marker = TicketChecks.UniqueNumber();
        var script = await rig.CreateScriptAsync($"{rig.Markers.Line}; sleep {marker}");
        var executionId = await RunOneStepJobAsync(rig, script);
        try
        {
            await TicketChecks.WaitForProcessesAsync(marker, rig.Hosts.Count, TimeSpan.FromSeconds(30));
            var step = (await rig.ExecutionStepsAsync(executionId)).Run(1, "run");
            var ticket = step.Prop("execute_uuid");

            // What TERMINATE commits (the execution canceling, its running step canceled), with the server dying before
            // the step's ticket was canceled: killed, then set up so, then restarted.
            rig.Kill();
            var committedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            (await rig.ExecuteSqlAsync("""UPDATE executions SET "Status" = 'Canceling', "UpdateTime" = @at WHERE "ExecutionId" = @id""",
                ("at", committedAt), ("id", executionId))).ShouldBe(1);
            (await rig.ExecuteSqlAsync("""
                UPDATE execution_steps SET "Status" = 'Canceled', "Message" = 'terminated by operator', "EndTime" = @at
                WHERE "ExecutionStepId" = @id
                """, ("at", committedAt), ("id", step.Str("execution_step_id")))).ShouldBe(1);
            await rig.RestartAsync();

            // Recovery cancels the stopped step's ticket: its hosts are killed (well before the step's 60 s timeout would
            // end them), and the execution, quiet, ends Canceled.
            await rig.WaitForExecutionAsync(executionId, "Canceled", TimeSpan.FromSeconds(40));
            (await rig.TicketStatusAsync(ticket)).ShouldBe("CANCELED");
            await TicketChecks.WaitForNoProcessesAsync(marker, TimeSpan.FromSeconds(20));
            foreach (var host in rig.Hosts) rig.Markers.Of(host).Count.ShouldBe(1, $"host {host}");
        }
        finally
        {
            Processes.KillWithMarker(marker);
        }
    }

    /// <summary>
    /// Kills the server at a random moment once the step of the batch has started: usually while it runs; on a slow
    /// machine, where polling may miss a short step, a little later (which is as good a moment to die).
    /// </summary>
    private static Task KillMidStepAsync(CrashRig rig, string executionId, int batch, string step) =>
        rig.KillWhenAsync(async () =>
        {
            var e = await rig.ExecutionAsync(executionId);
            var at = (e["current_batch_index"]!.GetValue<int>(), Array.IndexOf(StepNames, e["current_step"]?.GetValue<string>()));
            return e.Status() is "Succeed" || at.CompareTo((batch, Array.IndexOf(StepNames, step))) >= 0;
        }, $"step {step} of batch {batch} to start", jitterMs: 1000);

    /// <summary>Runs <paramref name="script"/> on every host of the rig as the one scripts step of a one-batch job.</summary>
    private static async Task<string> RunOneStepJobAsync(CrashRig rig, string script)
    {
        var job = await rig.CreateJobAsync(OneStepJob(script));
        return await rig.ExecuteJobAsync(job, new JsonObject
        {
            ["target_parameter_name"] = "hosts",
            ["targets"] = new JsonArray(JobTickets.BatchValues([rig.Hosts], "CONTINUE")),
        });
    }

    private static string OneStepJob(string script) => $$$"""
        meta:
          name: crash_one_step
        inputs:
          hosts:
            type: string
            paramSource: INSTANCE
            description: the hosts of one batch
        steps:
          - name: run
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: {{{script}}}
              instance_list: "{{$globals.hosts}}"
              execute_user: root
              timeout: 60
        """;

    private static string Job(string script) => $$$"""
        meta:
          name: crash_rollout
          description: run, nap, wait for a go, finish; once per batch
        inputs:
          hosts:
            type: string
            paramSource: INSTANCE
            description: the hosts of one batch
        steps:
          - name: run
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: {{{script}}}
              instance_list: "{{$globals.hosts}}"
              execute_user: root
              timeout: 60
          - name: nap
            task: hwc:runbook:sleep@1.0.0
            inputs: {seconds: 2}
          - name: gate
            task: hwc:runbook:suspend@1.0.0
            inputs:
              message: waiting for a go
          - name: finish
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: {{{script}}}
              instance_list: "{{$globals.hosts}}"
              execute_user: root
              timeout: 60
        """;
}
