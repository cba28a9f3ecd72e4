using System.CommandLine;
using System.Text.Json.Nodes;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover ticket ...</c>: script tickets (runs of a script over batches of hosts) and their operations.</summary>
internal static class TicketCommands
{
    public static Command Build(Session session)
    {
        var ticket = new Command("ticket", "Inspect, follow and steer script tickets");
        ticket.Add(List(session));
        ticket.Add(Show(session));
        ticket.Add(Watch(session));
        ticket.Add(Operation(session, "cancel", "CANCEL_ORDER", "Cancel the ticket: hosts not yet done are canceled, running ones killed"));
        ticket.Add(Operation(session, "pause", "PAUSE_ORDER", "Pause the ticket: running hosts finish, no new host starts"));
        ticket.Add(Operation(session, "continue", "CONTINUE_ORDER", "Continue a PAUSED ticket (or an ABNORMAL one with batches left)"));
        ticket.Add(SkipBatch(session));
        ticket.Add(CancelHost(session));
        ticket.Add(Retry(session));
        return ticket;
    }

    private static Argument<string> TicketArgument() => new("execute_uuid") { Description = "The ticket's execute_uuid (SCT...)" };

    private static Command List(Session session)
    {
        var status = new Option<string>("--status") { Description = "Only tickets in this status" }
            .OneOf("PROCESSING", "ABNORMAL", "PAUSED", "CANCELED", "FINISHED");
        var nameLike = new Option<string?>("--name-like") { Description = "Only tickets whose name contains this" };
        var limit = new Option<int?>("--limit") { Description = "Rows per page, 1..100 (default 20; 100 with --all)" }.Between(1, 100);
        var all = new Option<bool>("--all") { Description = "Follow pages until every ticket is listed" };

        var command = new Command("list", "List script tickets, newest first") { status, nameLike, limit, all };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var everything = r.GetValue(all);
            var pageSize = r.GetValue(limit) ?? (everything ? 100 : 20);
            var filter = new TicketFilter(r.Upper(status), r.GetValue(nameLike));
            var rows = await Paging.CollectAsync(m => ctx.Client.ListTicketsAsync(filter, pageSize, m, ct), t => t.OrderId, pageSize, everything);
            if (ctx.Json)
            {
                ctx.Screen.Json(rows.ToJson());
                return ExitCodes.Ok;
            }
            var table = new TextTable("ORDER_ID", "EXECUTE_UUID", "NAME", "STATUS", "CREATED", "DURATION", "CREATOR", "REGIONS");
            foreach (var t in rows.Rows)
                table.Add(t.OrderId.ToString(), t.ExecuteUuid, t.OrderName, t.Status, ctx.Screen.Time(t.GmtCreated),
                    Display.Duration(t.ExecuteCosts), t.Creator, t.Properties?.RegionIds);
            ctx.Screen.Table(table);
            ctx.Screen.MoreRows(rows.Rows.Count, rows.Total);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(Session session)
    {
        var uuid = TicketArgument();
        var full = new Option<bool>("--output-full") { Description = "Print each host's full output after its batch table" };
        var command = new Command("show", "Show a ticket: info, counts, and every host of every batch") { uuid, full };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var id = r.GetValue(uuid)!;
            var info = await ctx.Client.GetTicketAsync(id, ct);
            var stats = await ctx.Client.GetTicketStatisticsAsync(id, ct);
            var batchList = await ctx.Client.ListBatchesAsync(id, ct);
            var batches = new List<(BatchSummary Summary, List<HostRun> Rows, JsonNode Json)>();
            var position = 0;
            foreach (var b in batchList.Value)
            {
                var (_, rows, raw) = await Paging.CollectHostsAsync(ctx.Client, id, b.BatchIndex, ct);
                // The batch row as the server sent it, plus its hosts under COC's batch-detail field name.
                var node = JsonNode.Parse(batchList.Data[position++].GetRawText())!.AsObject();
                node["execute_instances"] = new JsonArray(raw.Select(e => JsonNode.Parse(e.GetRawText())).ToArray());
                batches.Add((b, rows, node));
            }

            if (ctx.Json)
            {
                ctx.Screen.Json(new JsonObject
                {
                    ["info"] = JsonNode.Parse(info.Data.GetRawText()),
                    ["statistics"] = JsonNode.Parse(stats.Data.GetRawText()),
                    ["batches"] = new JsonArray(batches.Select(b => b.Json).ToArray()),
                });
                return ExitCodes.Ok;
            }

            var screen = ctx.Screen;
            var t = info.Value;
            var p = t.Properties;
            var run = p?.ExecuteParam;
            screen.Field("execute_uuid", t.ExecuteUuid);
            screen.Field("script_name", p?.ScriptName);
            screen.Field("script_uuid", p?.ScriptUuid);
            screen.Field("status", t.Status);
            screen.Field("current_batch", p?.CurrentExecuteBatchIndex?.ToString());
            screen.Field("total_batches", (p?.TotalBatches ?? batches.Count).ToString());
            screen.Field("creator", t.Creator);
            screen.Field("created", screen.Time(t.GmtCreated));
            screen.Field("finished", screen.Time(t.GmtFinished));
            screen.Field("duration", Display.Duration(t.ExecuteCosts));
            screen.Field("execute_user", run?.ExecuteUser);
            screen.Field("timeout", run?.Timeout?.ToString());
            screen.Field("success_rate", run?.SuccessRate is { } rate ? Display.Number(rate) : null);
            if (run?.MaxConcurrency is { } mc) screen.Field("max_concurrency", mc.ToString());
            if (run?.WaitAgentSeconds is { } wait) screen.Field("wait_agent_seconds", wait.ToString());
            if (run?.ScriptParams is { Count: > 0 } values)
                screen.Field("params", string.Join(" ", values.Select(v => $"{v.ParamName}={v.ParamValue}")));
            screen.Field("hosts", stats.Value.TotalInstance.ToString());
            screen.Field("counts", Display.Counts(stats.Value.Counts.ToDictionary(c => c.InstanceStatus, c => c.InstanceCount)));

            foreach (var (b, rows, _) in batches)
            {
                var counts = rows.GroupBy(h => h.Status ?? "?").ToDictionary(g => g.Key, g => g.Count());
                screen.Line();
                screen.Line($"batch {b.BatchIndex}/{batches.Count}: rotation {b.RotationStrategy ?? "-"}, {b.TotalInstances} host(s), {Display.Counts(counts)}");
                var table = new TextTable("ID", "HOST", "STATUS", "EXIT", "ATTEMPT", "DURATION", "OUTPUT");
                foreach (var h in rows)
                    table.Add(h.Id.ToString(), h.Host, h.Status, h.ExitCode?.ToString(), (h.Attempt ?? 1).ToString(),
                        Display.Duration(h.ExecuteCosts), Display.LastLine(h.Message));
                screen.Table(table);
                if (!r.GetValue(full)) continue;
                foreach (var h in rows)
                {
                    var exit = h.ExitCode is { } e ? $" exit {e}" : "";
                    screen.Line($"--- host {h.Host} [{h.Id}] {h.Status}{exit} ---");
                    screen.Out.Write(h.Message ?? "");
                    if (h.Message is { Length: > 0 } m && !m.EndsWith('\n')) screen.Line();
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Watch(Session session)
    {
        var uuid = TicketArgument();
        var command = new Command("watch",
            "Follow a ticket until it is FINISHED (exit 0), CANCELED or ABNORMAL (exit 1), or PAUSED (exit 0)") { uuid };
        command.SetAction(session.Action((ctx, r, ct) => new TicketWatch(ctx, r.GetValue(uuid)!).RunAsync(ct)));
        return command;
    }

    private static Command Operation(Session session, string name, string operation, string description)
    {
        var uuid = TicketArgument();
        var command = new Command(name, description) { uuid };
        command.SetAction(session.Action((ctx, r, ct) => OperateAsync(ctx, r.GetValue(uuid)!, new TicketOperation(operation), ct)));
        return command;
    }

    private static Command SkipBatch(Session session)
    {
        var uuid = TicketArgument();
        var batch = new Option<int>("--batch") { Description = "batch_index to skip: its unfinished hosts are canceled", Required = true, HelpName = "N" }.Between(1, int.MaxValue);
        var command = new Command("skip-batch", "Skip a batch") { uuid, batch };
        command.SetAction(session.Action((ctx, r, ct) =>
            OperateAsync(ctx, r.GetValue(uuid)!, new TicketOperation("SKIP_BATCH", BatchIndex: r.GetValue(batch)), ct)));
        return command;
    }

    private static Command CancelHost(Session session)
    {
        var uuid = TicketArgument();
        var instance = new Option<long>("--instance") { Description = "The host row's id (ID column of 'ticket show')", Required = true, HelpName = "ID" }.Between(1, long.MaxValue);
        var command = new Command("cancel-host", "Cancel one host's execution (killed if running)") { uuid, instance };
        command.SetAction(session.Action((ctx, r, ct) =>
            OperateAsync(ctx, r.GetValue(uuid)!, new TicketOperation("CANCEL_INSTANCE", InstanceId: r.GetValue(instance)), ct)));
        return command;
    }

    private static Command Retry(Session session)
    {
        var uuid = TicketArgument();
        var instance = new Option<long?>("--instance") { Description = "Retry this host row (ABNORMAL or CANCELED)", HelpName = "ID" }.Between(1, long.MaxValue);
        var batch = new Option<int?>("--batch") { Description = "Retry the ABNORMAL hosts of this batch only", HelpName = "N" }.Between(1, int.MaxValue);
        var command = new Command("retry", "Run failed hosts again: one host (--instance), or every ABNORMAL host of the ticket or of --batch")
        {
            uuid, instance, batch,
        };
        command.SetAction(session.Action((ctx, r, ct) =>
        {
            var id = r.GetValue(instance);
            var index = r.GetValue(batch);
            if (id is not null && index is not null) throw new UsageException("give --instance or --batch, not both");
            var operation = id is not null
                ? new TicketOperation("RETRY_INSTANCE", InstanceId: id)
                : new TicketOperation("RETRY_FAILED", BatchIndex: index);
            return OperateAsync(ctx, r.GetValue(uuid)!, operation, ct);
        }));
        return command;
    }

    private static async Task<int> OperateAsync(CommandContext ctx, string executeUuid, TicketOperation operation, CancellationToken ct)
    {
        var reply = await ctx.Client.OperateTicketAsync(executeUuid, operation, ct);
        return ctx.Print(reply.Data, () => ctx.Screen.Line($"{operation.OperationType} accepted: {reply.Value}"));
    }
}
