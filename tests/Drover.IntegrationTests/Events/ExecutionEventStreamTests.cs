using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Events;

/// <summary>The execution event stream (docs/semantics.md, "Event streams").</summary>
public sealed class ExecutionEventStreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_executions_stream_tells_its_steps_as_they_run_across_a_suspend_and_ends_when_it_succeeds()
    {
        await using var d = await TestDrover.StartAsync("--Drover:Events:PollMilliseconds=50");
        var h = await d.StartAgentAsync(d.Prefix + "-ee", simulate: 2);
        var prepare = await d.CreateScriptAsync("echo prepared $DROVER_RESOURCE_ID");
        var documentId = await d.CreateJobAsync($$$"""
            meta:
              name: watched
              schemaVersion: 3
              description: a script, a suspend, a script
            inputs:
              hosts:
                type: string
                paramSource: INSTANCE
                description: the hosts
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
            """);
        var executionId = await d.ExecuteJobAsync(documentId, new JsonObject
        {
            ["target_parameter_name"] = "hosts",
            ["targets"] = new JsonArray(JobTickets.BatchValues([[h[0], h[1]]], "CONTINUE")),
        });
        var path = $"/v1/executions/{executionId}/events";

        await using var stream = await EventStreamReader.OpenAsync(d.Api, path);
        var snapshot = (await stream.NextAsync(Wait)).ShouldNotBeNull();
        snapshot.Type.ShouldBe("snapshot");
        snapshot.Data["execution"]!["execution_id"]!.GetValue<string>().ShouldBe(executionId);

        // Up to the suspend: the prepare step is told with the ticket its hosts run in.
        var seen = new List<ServerEvent>();
        while (!seen.Any(e => e.Data["steps"]!.AsArray().Any(s => s!["name"]!.GetValue<string>() == "approve" && s["status"]!.GetValue<string>() == "Pending")))
            seen.Add((await stream.NextAsync(Wait)).ShouldNotBeNull());
        var prepareStep = seen.SelectMany(e => e.Data["steps"]!.AsArray()).Last(s => s!["name"]!.GetValue<string>() == "prepare")!;
        prepareStep["status"]!.GetValue<string>().ShouldBe("Succeed");
        prepareStep["execute_uuid"]!.GetValue<string>().ShouldStartWith("SCT");

        await d.OperateExecutionAsync(executionId, "RESUME");
        seen.AddRange(await stream.ToEndAsync(Wait));
        seen[^1].Type.ShouldBe("end");
        seen[^1].Data["status"]!.GetValue<string>().ShouldBe("Succeed");
        var changes = seen.SkipLast(1).ToList();
        changes.ShouldAllBe(e => e.Type == "change");
        changes.Select(e => e.Version).ShouldBe(Enumerable.Range(1, changes.Count).Select(i => snapshot.Version + i));
        changes.Last(e => e.Data["execution"] is not null).Data["execution"]!["status"]!.GetValue<string>().ShouldBe("Succeed");
        (await d.ExecutionStatusAsync(executionId)).ShouldBe("Succeed");

        // Replayed from the start, the history is whole: every version once.
        await using var replay = await EventStreamReader.OpenAsync(d.Api, path, lastEventId: "0");
        var all = await replay.ToEndAsync(Wait);
        all.SkipLast(1).Select(e => e.Version).ShouldBe(Enumerable.Range(1, all.Count - 1).Select(i => (long)i));
        all.SkipLast(1).Select(e => e.Data.ToJsonString()).TakeLast(changes.Count).ShouldBe(changes.Select(e => e.Data.ToJsonString()));
    }
}
