using System.CommandLine;
using System.Text.Json;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover audit</c>: who did what in the project, newest first (admins).</summary>
internal static class AuditCommands
{
    private const int MaxPage = 1000;

    public static Command Build(Session session)
    {
        var user = new Option<string?>("--user") { Description = "Only entries by this user", HelpName = "U" };
        var resource = new Option<string?>("--resource") { Description = "Only entries about this resource (a script_uuid, execute_uuid, user id, ...)", HelpName = "R" };
        var action = new Option<string?>("--action") { Description = "Only this action (script.create, user.delete, ...)", HelpName = "A" };
        var since = new Option<string?>("--since") { Description = "From: a date/time (2026-12-01T10:00:00Z) or a duration ago (1h, 2d)", HelpName = "TIME" };
        var until = new Option<string?>("--until") { Description = "Up to: a date/time or a duration ago", HelpName = "TIME" };
        var limit = new Option<int?>("--limit") { Description = $"Rows per page, 1..{MaxPage} (default 20; {MaxPage} with --all)" }.Between(1, MaxPage);
        var all = new Option<bool>("--all") { Description = "Follow pages until every matching entry is listed" };

        var command = new Command("audit", "List the project's audit log, newest first") { user, resource, action, since, until, limit, all };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var now = DateTimeOffset.UtcNow;
            long? Ms(Option<string?> o, string name) => r.GetValue(o) is { } t ? Durations.PointInTime(t, name, now).ToUnixTimeMilliseconds() : null;
            var filter = new AuditFilter(r.GetValue(user), r.GetValue(resource), r.GetValue(action), Ms(since, "--since"), Ms(until, "--until"));
            var everything = r.GetValue(all);
            var pageSize = r.GetValue(limit) ?? (everything ? MaxPage : 20);
            var rows = await Paging.CollectAsync(m => ctx.Client.ListAuditAsync(filter, pageSize, m, ct), e => Long(e, "id") ?? 0, pageSize, everything);
            if (ctx.Json)
            {
                ctx.Screen.Json(rows.ToJson());
                return ExitCodes.Ok;
            }
            // DETAIL last: it is free text.
            var table = new TextTable("ID", "TIME", "USER", "ACTION", "RESOURCE", "OUTCOME", "REQUEST_ID", "DETAIL");
            foreach (var e in rows.Rows)
                table.Add(Text(e, "id"), ctx.Screen.Time(Long(e, "at", "time", "gmt_created")), Text(e, "actor", "user"), Text(e, "action"),
                    Text(e, "target", "resource"), Text(e, "outcome"), Text(e, "request_id"), Text(e, "detail"));
            ctx.Screen.Table(table);
            ctx.Screen.MoreRows(rows.Rows.Count, rows.Total);
            return ExitCodes.Ok;
        }));
        return command;
    }

    // Rows are read loosely, so a field added or renamed by a later server does not stop the log from printing.

    private static string? Text(JsonElement e, params string[] names)
    {
        foreach (var n in names)
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(n, out var v) && v.ValueKind != JsonValueKind.Null)
                return v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
        return null;
    }

    private static long? Long(JsonElement e, params string[] names)
    {
        foreach (var n in names)
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(n, out var v))
            {
                if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var x)) return x;
                if (v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), out var y)) return y;
            }
        return null;
    }
}
