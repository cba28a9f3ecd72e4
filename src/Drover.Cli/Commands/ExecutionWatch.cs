using System.Text.Json;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary>
/// Follows a job execution by polling about once a second until it is Succeed (exit 0), Failed, Timeout or
/// Canceled (exit 1), or Pending (exit 0, with the command that resumes it). Prints one line per change, on a
/// terminal and in a pipe alike: steps as they start and end, each host of a scripts step as it ends,
/// <c>current_batch:</c> and <c>status:</c>. With <c>--output json</c> it prints only the execution's final state.
/// </summary>
internal sealed class ExecutionWatch(CommandContext ctx, string executionId)
{
    private static readonly TimeSpan Interval = PatientPoll.Interval;

    private static readonly HashSet<string> FinalStatuses = ["Succeed", "Failed", "Timeout", "Canceled"];

    private Execution? execution;
    private JsonElement executionData;
    private IReadOnlyList<ExecutionStep> steps = [];
    private readonly Dictionary<string, IReadOnlyList<StepInstance>> hosts = [];
    /// <summary>Per scripts step, the (status, attempt) at which its hosts were last read in a final state.</summary>
    private readonly Dictionary<string, (string?, string?)> finalRead = [];
    private readonly Dictionary<string, (string?, string?)> stepsSeen = [];
    private readonly Dictionary<string, (string?, string?)> hostsSeen = [];
    private string? printedStatus;
    private int? printedBatch;
    private int pendingPolls;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        while (true)
        {
            var outcome = await StepAsync(ct);
            if (!ctx.Json) PrintChanges();
            if (outcome is { } code)
            {
                if (ctx.Json) ctx.Screen.Json(executionData);
                else Finish();
                return code;
            }
            await Task.Delay(Interval, ct);
        }
    }

    /// <summary>One poll; answers the exit code once the watch should stop.</summary>
    private async Task<int?> StepAsync(CancellationToken ct)
    {
        await PatientPoll.RunAsync(ctx.Screen, PollAsync, execution is not null, ct);

        pendingPolls = execution!.Status == "Pending" ? pendingPolls + 1 : 0;
        return execution.Status switch
        {
            "Succeed" => ExitCodes.Ok,
            "Failed" or "Timeout" or "Canceled" => ExitCodes.Failed,
            // Pending on two polls in a row: a state the execution waits in, not a moment between two steps.
            "Pending" when pendingPolls >= 2 => ExitCodes.Ok,
            _ => null,
        };
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var reply = await ctx.Client.GetExecutionAsync(executionId, ct);
        execution = reply.Value;
        executionData = reply.Data;
        if (ctx.Json) return; // JSON mode shows only the final state; steps and hosts would be wasted requests.

        steps = (await Paging.CollectStepsAsync(ctx.Client, executionId, ct)).Rows;
        foreach (var step in steps)
        {
            if (!step.IsScripts || step.ExecutionStepId is not { } id || !Started(step)) continue;
            var state = (step.Status, step.Attempt);
            var final = step.Status is { } s && FinalStatuses.Contains(s);
            // A finished step's hosts no longer change: read them once more (their last results), then not again
            // unless the step changes (a retry).
            if (final && finalRead.TryGetValue(id, out var read) && read == state) continue;
            hosts[id] = (await Paging.CollectInstancesAsync(ctx.Client, id, ct)).Rows;
            if (final) finalRead[id] = state;
        }
    }

    private static bool Started(ExecutionStep s) =>
        s.StartTime is > 0 || s.Status is "Running" or "Canceling" || (s.Status is { } status && FinalStatuses.Contains(status));

    private void PrintChanges()
    {
        var screen = ctx.Screen;
        foreach (var step in steps)
        {
            if (!Started(step)) continue;
            var key = step.ExecutionStepId ?? $"{step.Name}/{step.BatchIndex}";
            var state = (step.Status, step.Attempt);
            var changed = !stepsSeen.TryGetValue(key, out var seen) || seen != state;
            stepsSeen[key] = state;
            var final = step.Status is { } s && FinalStatuses.Contains(s);
            // A step's line comes before its hosts while it runs, after them once it ended.
            if (changed && !final) screen.Line(StepLine(step));
            if (step.ExecutionStepId is { } id && hosts.TryGetValue(id, out var rows))
                foreach (var line in HostChanges(step, rows)) screen.Line(line);
            if (changed && final) screen.Line(StepLine(step));
        }

        var current = execution!.CurrentBatchIndex;
        if (current is not null && current != printedBatch)
        {
            printedBatch = current;
            screen.Line($"current_batch: {current}/{execution.TotalBatches?.ToString() ?? "?"}");
        }
        if (execution.Status != printedStatus)
        {
            printedStatus = execution.Status;
            screen.Field("status", execution.Status);
        }
    }

    private static string StepLine(ExecutionStep s)
    {
        var line = $"step {s.Name ?? "?"}{ExecutionCommands.Where(s)}: {s.Status ?? "?"}";
        return s.Status is "Succeed" or "Running" || string.IsNullOrWhiteSpace(s.Message) ? line : $"{line}: {Display.FirstLine(s.Message, 100)}";
    }

    private IEnumerable<string> HostChanges(ExecutionStep step, IReadOnlyList<StepInstance> rows)
    {
        var where = step.BatchIndex is { } b ? $" batch {b}" : "";
        foreach (var h in rows)
        {
            var state = (h.Status, h.Attempt);
            var known = hostsSeen.TryGetValue(h.Key, out var seen);
            if (known && seen == state) continue;
            hostsSeen[h.Key] = state;
            if (known && h.Attempt != seen.Item2 && h.Status == "Running")
            {
                yield return $"host {h.Host} [step {step.Name}{where}]: retry, attempt {h.Attempt} Running";
                continue;
            }
            if (h.Status is null or "Running") continue;
            var exit = h.ExitCode is { } e ? $" exit {e}" : "";
            var attempt = h.Attempt is { } a && a != "1" ? $" attempt {a}" : "";
            var line = $"host {h.Host} [step {step.Name}{where}]: {h.Status}{exit}{attempt} ({Display.Duration(h.Duration)})";
            yield return h.Status == "Succeed" ? line : $"{line}: {Display.LastLine(h.Message, 100)}";
        }
    }

    private void Finish()
    {
        var screen = ctx.Screen;
        switch (execution!.Status)
        {
            case "Pending":
                screen.Line($"execution paused (Pending); resume it with: drover execution resume {executionId}");
                break;
            case "Failed" or "Timeout":
                screen.Line($"details: drover execution show {executionId}; retry it: drover execution retry {executionId}");
                break;
        }
    }
}
