namespace Drover.IntegrationTests.Jobs;

/// <summary>Each update is a new version; an execution runs the version it started with (semantics §4).</summary>
public sealed class JobVersionTests
{
    private static string Content(string script, string word, bool gate) =>
        $$$"""
        meta:
          name: greeter
          description: says {{{word}}}
        inputs:
          hosts:
            paramSource: INSTANCE
        steps:
        {{{(gate ? "  - name: gate\n    task: hwc:runbook:suspend@1.0.0\n" : "")}}}  - name: say-{{{word}}}
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: {{{script}}}
              instance_list: "{{$globals.hosts}}"
              execute_user: root
              timeout: 30
              script_params: '[{"param_name":"word","param_value":"{{{word}}}"}]'
        """;

    [Fact]
    public async Task A_running_execution_keeps_its_version_after_an_update_and_a_new_one_runs_the_new_version()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-vr");
        var script = await d.CreateScriptAsync("echo \"says ${word} on $DROVER_RESOURCE_ID\"",
            parameters: [new { param_name = "word", param_value = "nothing", param_description = "", sensitive = false }]);
        var v1 = Content(script, "alpha", gate: true);
        var v2 = Content(script, "beta", gate: false);
        var name = d.Prefix + "_greeter";
        var documentId = await d.CreateJobAsync(v1, name);
        var hosts = new[] { new { key = "hosts", value = JobTickets.HostList(h) } };

        var old = await d.ExecuteJobAsync(documentId, new { parameters = hosts });
        await d.WaitForPendingAsync(old, 1, "gate");
        var job = await d.JobAsync(documentId);
        var v1Uuid = job["versions"]!.AsArray().Single()!.Str("version_uuid");

        await d.UpdateJobAsync(documentId, name, v2);
        job = await d.JobAsync(documentId);
        job.Str("version").ShouldBe("v2");
        job.Str("content").ShouldBe(v2);
        job["versions"]!.AsArray().Select(v => v!.Str("version")).ShouldBe(["v2", "v1"]);
        var v2Uuid = job["versions"]!.AsArray()[0]!.Str("version_uuid");
        v2Uuid.ShouldNotBe(v1Uuid);

        // The waiting execution still shows, and then runs, v1.
        var e = await d.ExecutionAsync(old);
        e.Str("document_version").ShouldBe("v1");
        e.Str("document_version_id").ShouldBe(v1Uuid);
        e.Str("current_step").ShouldBe("gate");
        await d.OperateExecutionAsync(old, "RESUME");
        e = await d.WaitForExecutionAsync(old, "Succeed");
        e.Str("document_version").ShouldBe("v1");
        var steps = await d.ExecutionStepsAsync(old);
        steps.Select(s => (s.Str("name"), s.Status())).ShouldBe([("gate", "Succeed"), ("say-alpha", "Succeed")]);
        (await d.StepInstancesAsync(steps[1].Str("execution_step_id"))).Single().Message().ShouldBe($"says alpha on {h[0]}\n");

        // A new execution runs v2: no gate, and its own words.
        var fresh = await d.ExecuteJobAsync(documentId, new { parameters = hosts });
        e = await d.WaitForExecutionAsync(fresh, "Succeed");
        e.Str("document_version").ShouldBe("v2");
        e.Str("document_version_id").ShouldBe(v2Uuid);
        steps = await d.ExecutionStepsAsync(fresh);
        steps.Select(s => (s.Str("name"), s.Status())).ShouldBe([("say-beta", "Succeed")]);
        (await d.StepInstancesAsync(steps[0].Str("execution_step_id"))).Single().Message().ShouldBe($"says beta on {h[0]}\n");

        // An old version can still be read and run as it was.
        var first = await d.JobAsync(documentId, "v1");
        first.Str("version").ShouldBe("v1");
        first.Str("content").ShouldBe(v1);
        var pinned = await d.ExecuteJobAsync(documentId, new { version = "v1", parameters = hosts });
        e = await d.WaitForPendingAsync(pinned, 1, "gate");
        e.Str("document_version").ShouldBe("v1");
        await d.OperateExecutionAsync(pinned, "TERMINATE");
        await d.WaitForExecutionAsync(pinned, "Canceled");
        (await d.OperateExecutionErrorAsync(new { execution_id = pinned, operate_type = "RESUME" })).Code.ShouldBe("COC.00060402");
    }
}
