using System.Text.Json.Nodes;

namespace Drover.EngineTests.Jobs;

/// <summary>
/// A job's sleep step (<c>hwc:runbook:sleep</c>) ends when its seconds have passed on the server's clock, and not before;
/// semantics "Replicas": a sleep in flight when its execution's writer is loaded again starts over (same attempt).
/// </summary>
public sealed class SleepStepTests
{
    private const int Seconds = 30;

    private const string Job = """
        meta:
          name: sleeper
        steps:
          - name: nap
            task: hwc:runbook:sleep@1.0.0
            inputs:
              seconds: 30
        """;

    [Fact]
    public async Task A_sleep_step_ends_when_its_seconds_have_passed_and_not_before()
    {
        await using var d = await EngineDrover.StartAsync();
        var executionId = await d.ExecuteJobAsync(await d.CreateJobAsync(Job));
        await StepRunningAsync(d, executionId);

        d.Clock.Advance(TimeSpan.FromSeconds(Seconds) - TimeSpan.FromMilliseconds(1));
        await d.ExecutionSettledAsync(executionId);
        (await d.ExecutionAsync(executionId)).Str("status").ShouldBe("Running");
        (await d.ExecutionStepsAsync(executionId)).Single().Str("status").ShouldBe("Running");

        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var e = await WaitForExecutionAsync(d, executionId, "Succeed");
        var step = (await d.ExecutionStepsAsync(executionId)).Single();
        step.Str("status").ShouldBe("Succeed");
        step.Str("message").ShouldBe($"slept {Seconds} s");
        // On the fake clock, to the millisecond.
        (Ms(step, "end_time") - Ms(step, "start_time")).ShouldBe(Seconds * 1000);
        (Ms(e, "end_time") - Ms(e, "start_time")).ShouldBe(Seconds * 1000);
    }

    [Fact]
    public async Task A_sleep_in_flight_when_its_writer_is_loaded_again_starts_over()
    {
        await using var d = await EngineDrover.StartAsync();
        var executionId = await d.ExecuteJobAsync(await d.CreateJobAsync(Job));
        await StepRunningAsync(d, executionId);

        d.Clock.Advance(TimeSpan.FromSeconds(20));
        await Activations.DeactivateAsync(d, await d.ExecutionGrainAsync(executionId));
        await d.ExecutionSettledAsync(executionId);

        // 30 s from the reload, not from the step's start.
        d.Clock.Advance(TimeSpan.FromSeconds(Seconds) - TimeSpan.FromMilliseconds(1));
        await d.ExecutionSettledAsync(executionId);
        (await d.ExecutionStepsAsync(executionId)).Single().Str("status").ShouldBe("Running");
        d.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForExecutionAsync(d, executionId, "Succeed");
        var step = (await d.ExecutionStepsAsync(executionId)).Single();
        step.Str("message").ShouldBe($"slept {Seconds} s");
        (Ms(step, "end_time") - Ms(step, "start_time")).ShouldBe((20 + Seconds) * 1000);
    }

    private static async Task StepRunningAsync(EngineDrover d, string executionId)
    {
        List<JsonNode>? steps = null;
        await EngineDrover.WaitUntilAsync(async () => (steps = await d.ExecutionStepsAsync(executionId)) is [var s] && s.Str("status") == "Running",
            () => $"the sleep step of {executionId} to run (last: {string.Join(", ", steps?.Select(s => s.ToJsonString()) ?? [])})");
        await d.ExecutionSettledAsync(executionId);
    }

    private static async Task<JsonNode> WaitForExecutionAsync(EngineDrover d, string executionId, string status)
    {
        JsonNode? last = null;
        await EngineDrover.WaitUntilAsync(async () => (last = await d.ExecutionAsync(executionId)).Str("status") == status,
            () => $"execution {executionId} to be {status} (last: {last?.ToJsonString()})");
        return last!;
    }

    private static long Ms(JsonNode node, string field) => node[field]!.GetValue<long>();
}
