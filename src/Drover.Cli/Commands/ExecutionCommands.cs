using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover execution ...</c>: job tickets (runs of a job), their steps and hosts, and their operations.</summary>
internal static class ExecutionCommands
{
    public static Command Build(Session session)
    {
        var execution = new Command("execution", "Inspect, follow and steer job executions");
        execution.Add(List(session));
        execution.Add(Show(session));
        execution.Add(Watch(session));
        execution.Add(Operation(session, "resume", "RESUME", "Resume a Pending execution (paused at a suspend step or between batches)"));
        execution.Add(Operation(session, "terminate", "TERMINATE", "Terminate an execution: running work is stopped (Canceling, then Canceled)"));
        execution.Add(Operation(session, "retry", "RETRY", "Retry a Failed or Timeout execution: the failed step runs again for its failed hosts, then it goes on"));
        execution.Add(Operation(session, "skip-batch", "SKIP_BATCH", "Skip the current batch of a BATCH execution: its unfinished work is canceled, the next batch starts"));
        return execution;
    }

    private static Argument<string> ExecutionArgument() => new("execution_id") { Description = "The execution's id (EX...)" };

    private static Command List(Session session)
    {
        var documentId = new Option<string?>("--document-id") { Description = "Only executions of this job", HelpName = "ID" };
        var documentName = new Option<string?>("--document-name") { Description = "Only executions of jobs whose name contains this", HelpName = "NAME" };
        var creator = new Option<string?>("--creator") { Description = "Only executions started by this user" };
        var limit = new Option<int?>("--limit") { Description = "Rows per page, 1..100 (default 20; 100 with --all)" }.Between(1, 100);
        var all = new Option<bool>("--all") { Description = "Follow pages until every execution is listed" };

        var command = new Command("list", "List job executions, newest first") { documentId, documentName, creator, limit, all };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var everything = r.GetValue(all);
            var pageSize = r.GetValue(limit) ?? (everything ? 100 : 20);
            var filter = new ExecutionFilter(r.GetValue(documentId), r.GetValue(documentName), r.GetValue(creator));
            var rows = await Paging.CollectByOffsetAsync(o => ctx.Client.ListExecutionsAsync(filter, pageSize, o, ct), e => e.ExecutionId, everything);
            if (ctx.Json)
            {
                ctx.Screen.Json(rows.ToJson());
                return ExitCodes.Ok;
            }
            var now = DateTimeOffset.UtcNow;
            // DOCUMENT_NAME last: job names are free text and may hold spaces.
            var table = new TextTable("EXECUTION_ID", "STATUS", "TYPE", "DOCUMENT_ID", "VERSION", "STARTED", "DURATION", "CREATOR", "DOCUMENT_NAME");
            foreach (var e in rows.Rows)
                table.Add(e.ExecutionId, e.Status, e.Type, e.DocumentId, e.DocumentVersion, ctx.Screen.Time(e.StartTime),
                    Display.Duration(e.Elapsed(now)), e.Creator, e.DocumentName);
            ctx.Screen.Table(table);
            ctx.Screen.MoreRows(rows.Rows.Count, rows.Total);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(Session session)
    {
        var id = ExecutionArgument();
        var full = new Option<bool>("--output-full") { Description = "Print each host's full output after its step's host table" };
        var command = new Command("show", "Show an execution: its fields, every step run, and the hosts of every scripts step") { id, full };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var executionId = r.GetValue(id)!;
            var execution = await ctx.Client.GetExecutionAsync(executionId, ct);
            var steps = await Paging.CollectStepsAsync(ctx.Client, executionId, ct);
            var hosts = new Dictionary<int, Collected<StepInstance>>();
            for (var i = 0; i < steps.Rows.Count; i++)
                if (steps.Rows[i] is { IsScripts: true, ExecutionStepId: { } stepId })
                    hosts[i] = await Paging.CollectInstancesAsync(ctx.Client, stepId, ct);

            if (ctx.Json)
            {
                var stepNodes = new JsonArray();
                for (var i = 0; i < steps.RawRows.Count; i++)
                {
                    var node = JsonNode.Parse(steps.RawRows[i].GetRawText())!;
                    if (hosts.TryGetValue(i, out var rows) && node is JsonObject o)
                        o["instances"] = new JsonArray(rows.RawRows.Select(e => JsonNode.Parse(e.GetRawText())).ToArray());
                    stepNodes.Add(node);
                }
                ctx.Screen.Json(new JsonObject
                {
                    ["execution"] = JsonNode.Parse(execution.Data.GetRawText()),
                    ["steps"] = stepNodes,
                });
                return ExitCodes.Ok;
            }

            var screen = ctx.Screen;
            PrintExecution(screen, execution.Value);
            screen.Field("steps", steps.Rows.Count.ToString());
            if (steps.Rows.Count > 0) screen.Table(StepTable(steps.Rows));

            for (var i = 0; i < steps.Rows.Count; i++)
            {
                if (!hosts.TryGetValue(i, out var rows)) continue;
                var step = steps.Rows[i];
                var counts = rows.Rows.GroupBy(h => h.Status ?? "?").ToDictionary(g => g.Key, g => g.Count());
                screen.Line();
                screen.Line($"step {step.Name ?? "?"}{Where(step)}: {rows.Rows.Count} host(s), {Display.ExecutionCounts(counts)}");
                if (rows.Rows.Count == 0) continue;
                var table = new TextTable("HOST", "REGION", "STATUS", "EXIT", "ATTEMPT", "DURATION", "OUTPUT");
                foreach (var h in rows.Rows)
                    table.Add(h.Host, h.Region, h.Status, h.ExitCode, h.Attempt ?? "1", Display.Duration(h.Duration), Display.LastLine(h.Message));
                screen.Table(table);
                if (!r.GetValue(full)) continue;
                foreach (var h in rows.Rows)
                {
                    var exit = h.ExitCode is { } e ? $" exit {e}" : "";
                    screen.Line($"--- host {h.Host} [{h.Key}] {h.Status}{exit} ---");
                    screen.Out.Write(h.Message ?? "");
                    if (h.Message is { Length: > 0 } m && !m.EndsWith('\n')) screen.Line();
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static void PrintExecution(Screen screen, Execution e)
    {
        screen.Field("execution_id", e.ExecutionId);
        screen.Field("document_id", e.DocumentId);
        screen.Field("document_name", e.DocumentName);
        screen.Field("document_version", e.DocumentVersion);
        screen.Field("type", e.Type);
        screen.Field("status", e.Status);
        if (e.TotalBatches is not null || e.CurrentBatchIndex is not null)
        {
            screen.Field("current_batch", e.CurrentBatchIndex?.ToString());
            screen.Field("total_batches", e.TotalBatches?.ToString());
        }
        if (e.CurrentStep is not null) screen.Field("current_step", e.CurrentStep);
        if (e.TargetParameterName is not null) screen.Field("target_parameter", e.TargetParameterName);
        if (TargetsSummary(e.Targets) is { } targets) screen.Field("targets", targets);
        screen.Field("creator", e.Creator);
        screen.Field("description", e.Description);
        screen.Field("started", screen.Time(e.StartTime));
        screen.Field("ended", screen.Time(e.EndTime));
        screen.Field("duration", Display.Duration(e.Elapsed(DateTimeOffset.UtcNow)));
        if (e.Parameters is { Count: > 0 } values)
            screen.Field("params", string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")));
    }

    internal static TextTable StepTable(IEnumerable<ExecutionStep> steps)
    {
        var table = new TextTable("NAME", "ACTION", "STATUS", "BATCH", "ATTEMPT", "DURATION", "MESSAGE");
        foreach (var s in steps)
        {
            long? duration = s.StartTime is { } start && start > 0 && s.EndTime is { } end && end > 0 ? end - start : null;
            table.Add(s.Name, s.Action, s.Status, s.BatchIndex, s.Attempt, Display.Duration(duration), Display.FirstLine(s.Message));
        }
        return table;
    }

    /// <summary>" (batch 2, attempt 1)", naming only what the step's properties carry.</summary>
    internal static string Where(ExecutionStep s)
    {
        var parts = new List<string>();
        if (s.BatchIndex is { } b) parts.Add($"batch {b}");
        if (s.Attempt is { } a) parts.Add($"attempt {a}");
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    /// <summary>"BatchValues: 2 batch(es), 3 host(s)" or "InstanceValues: 3 host(s), concurrency 1, error_threshold 50".</summary>
    internal static string? TargetsSummary(JsonElement? targets)
    {
        if (targets is not { ValueKind: JsonValueKind.Array } list || list.GetArrayLength() == 0) return null;
        var parts = new List<string>();
        foreach (var t in list.EnumerateArray())
        {
            if (t.ValueKind != JsonValueKind.Object) continue;
            var key = t.TryGetProperty("key", out var k) ? JobText.Text(k) : null;
            var values = t.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [];
            string text;
            if (key == "BatchValues")
            {
                var hosts = values.Sum(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("instances", out var i) && i.ValueKind == JsonValueKind.Array ? i.GetArrayLength() : 0);
                text = $"{key}: {values.Count} batch(es), {hosts} host(s)";
            }
            else
            {
                text = $"{key ?? "?"}: {values.Count} host(s)";
            }
            if (t.TryGetProperty("concurrency", out var c) && JobText.Text(c) is { } cc) text += $", concurrency {cc}";
            if (t.TryGetProperty("error_threshold", out var et) && JobText.Text(et) is { } e) text += $", error_threshold {e}";
            parts.Add(text);
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static Command Watch(Session session)
    {
        var id = ExecutionArgument();
        var command = new Command("watch",
            "Follow an execution until it is Succeed (exit 0), Failed, Timeout or Canceled (exit 1), or Pending (exit 0)") { id };
        command.SetAction(session.Action((ctx, r, ct) => new ExecutionWatch(ctx, r.GetValue(id)!).RunAsync(ct)));
        return command;
    }

    private static Command Operation(Session session, string name, string operateType, string description)
    {
        var id = ExecutionArgument();
        var command = new Command(name, description) { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var executionId = r.GetValue(id)!;
            var answer = await ctx.Client.OperateExecutionAsync(new ExecutionOperation(executionId, operateType), ct);
            if (ctx.Json) ctx.Screen.Json(answer);
            else ctx.Screen.Line($"{operateType} accepted: {executionId}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
