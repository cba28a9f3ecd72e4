using System.Text;
using Drover.Cli.Api;
using Drover.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Drover.Cli.Commands;

/// <summary>
/// Follows a ticket on its event stream (<c>GET .../events</c>) until it is FINISHED, CANCELED, ABNORMAL with no host
/// still PROCESSING, or PAUSED, reconnecting after a dropped connection without missing an event. On a terminal it
/// draws each batch with a progress bar, its counts and the elapsed time, and the latest host results; otherwise it
/// prints one plain line per change (a host ending, with a failed host's last output lines; a retry; batch counts;
/// <c>current_batch:</c>; <c>status:</c>). Both end with a summary that groups identical results. With
/// <c>--output json</c> it prints only the ticket's final info. Exit 0 for FINISHED or PAUSED, 1 otherwise.
/// </summary>
internal sealed class TicketWatch(CommandContext ctx, string executeUuid)
{
    /// <summary>Failed hosts whose output is read for its last lines; past this many, they are counted only.</summary>
    private const int TailsRead = 20;
    private const int TailLines = 3;
    /// <summary>Hosts that ended before the watch began are read at its start when the ticket has at most this many.</summary>
    private const int SeedAllUpTo = 2000;

    private readonly TicketProgress ticket = new(executeUuid);
    private readonly List<string> recent = [];
    private int tailsRead;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        int? outcome = null;
        if (ctx.Screen.Ansi is { } ansi && !ctx.Json)
        {
            await ansi.Live(new Text("connecting...")).AutoClear(false).StartAsync(async live =>
            {
                outcome = await FollowAsync(_ => live.UpdateTarget(Render()), ct);
                live.UpdateTarget(Render());
            });
        }
        else if (ctx.Json)
        {
            outcome = await FollowAsync(_ => { }, ct);
        }
        else
        {
            outcome = await FollowAsync(lines => { foreach (var l in lines) ctx.Screen.Line(l); }, ct);
        }

        if (ctx.Json)
        {
            ctx.Screen.Json((await ctx.Client.GetTicketAsync(executeUuid, ct)).Data);
            return outcome ?? ExitCodes.Failed;
        }
        if (ctx.Screen.Ansi is not null) ctx.Screen.Field("status", ticket.Status);
        foreach (var line in ticket.Summary(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())) ctx.Screen.Line(line);
        return Finish(outcome ?? ExitCodes.Failed);
    }

    /// <summary>Reads the stream until the ticket's outcome is known; <paramref name="show"/> gets each event's lines.</summary>
    private async Task<int?> FollowAsync(Action<List<string>> show, CancellationToken ct)
    {
        int? outcome = null;
        await EventFollow.RunAsync(ctx.Screen, (last, c) => ctx.Client.TicketEventsAsync(executeUuid, last, c), async e =>
        {
            var lines = new List<string>();
            switch (e.Type)
            {
                case "snapshot":
                    ticket.ApplySnapshot(e.Data);
                    if (!ctx.Json) await SeedAsync(lines, ct);
                    break;
                case "change":
                    foreach (var (before, after) in ticket.ApplyChange(e.Data))
                    {
                        if (after.Status is "ABNORMAL" or "CANCELED" && !ctx.Json) await ReadTailAsync(after, ct);
                        if (TicketProgress.HostLine(before, after) is { } line) lines.AddRange(WithTail(line, after));
                    }
                    break;
            }
            lines.AddRange(ticket.StateLines());
            show(lines);
            Remember(lines);
            outcome = e.Type == "end" ? ticket.Outcome ?? ExitCodes.Failed : ticket.Outcome;
            return outcome is null;
        }, ct);
        return outcome;
    }

    /// <summary>Hosts that ended before the watch began: all of them for a small ticket, the failed ones for a big one.</summary>
    private async Task SeedAsync(List<string> lines, CancellationToken ct)
    {
        var rotations = (await ctx.Client.ListBatchesAsync(executeUuid, ct)).Value;
        foreach (var r in rotations)
            if (ticket.Batches.TryGetValue(r.BatchIndex, out var b)) b.Rotation = r.RotationStrategy;
        foreach (var b in ticket.Batches.Values.Where(b => b.Counts.GetValueOrDefault("READY") + b.Counts.GetValueOrDefault("PROCESSING") < b.Total))
        {
            var rows = ticket.Total <= SeedAllUpTo
                ? (await Paging.CollectHostsAsync(ctx.Client, executeUuid, b.Index, ct)).Rows
                : (await ctx.Client.GetBatchAsync(executeUuid, b.Index, DroverClient.MaxHostPage, null, "ABNORMAL", ct)).Value.Rows.ToList();
            foreach (var row in rows.Where(r => r.Status is not ("READY" or "PROCESSING")).OrderBy(r => r.Id))
            {
                var host = ticket.Seed(b.Index, row);
                if (host.Status is "ABNORMAL" or "CANCELED") await ReadTailAsync(host, ct);
                lines.AddRange(WithTail(TicketProgress.EndLine(host), host));
            }
        }
    }

    private async Task ReadTailAsync(TicketProgress.HostState host, CancellationToken ct)
    {
        if (tailsRead >= TailsRead) return;
        tailsRead++;
        try
        {
            var output = await ctx.Client.GetOutputAsync(executeUuid, host.Id, null, ct);
            host.Tail = output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).TakeLast(TailLines).ToList();
        }
        catch (DroverApiException)
        {
            // The output is a courtesy; the host's line stands without it.
        }
    }

    /// <summary>The host's line, and under a failed one the last lines of its output.</summary>
    private static IEnumerable<string> WithTail(string line, TicketProgress.HostState host)
    {
        yield return line;
        if (host.Status == "FINISHED" || host.Tail.Count < 2) yield break;
        foreach (var l in host.Tail) yield return "    | " + (l.Length <= 160 ? l : l[..157] + "...");
    }

    private void Remember(List<string> lines)
    {
        foreach (var line in lines.Where(l => l.StartsWith("host ", StringComparison.Ordinal)))
        {
            recent.Add(line);
            if (recent.Count > 8) recent.RemoveAt(0);
        }
    }

    private IRenderable Render()
    {
        var color = Display.StatusColor(ticket.Status);
        var elapsed = ticket.Created is { } c ? (ticket.Finished ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()) - c : (long?)null;
        var counts = Display.InstanceStatuses.ToDictionary(s => s, ticket.CountOf);
        var header = new Markup(
            $"[bold]{Markup.Escape(executeUuid)}[/] {Markup.Escape(ticket.ScriptName ?? "")}\n" +
            $"status [{color}]{Markup.Escape(ticket.Status)}[/]   batch {ticket.CurrentBatch}/{ticket.Batches.Count}   " +
            $"hosts {ticket.Total}: {Markup.Escape(Display.Counts(counts))}   elapsed {Display.Duration(elapsed)}");

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "BATCH", "PROGRESS", "HOSTS", "RUNNING", "FINISHED", "ABNORMAL", "CANCELED", "ROTATION" })
            table.AddColumn(h);
        var shown = Visible();
        foreach (var b in shown)
            table.AddRow(
                b.Index == ticket.CurrentBatch ? $"[bold]> {b.Index}[/]" : $"  {b.Index}",
                Bar(b), b.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Count(b, "PROCESSING"), Count(b, "FINISHED"), Count(b, "ABNORMAL"), Count(b, "CANCELED"),
                Markup.Escape(b.Skipped ? "skipped" : b.Rotation ?? "-"));
        if (shown.Count < ticket.Batches.Count)
            table.Caption($"{ticket.Batches.Count - shown.Count} more batch(es) not shown");
        var events = new Text(string.Join('\n', recent));
        return new Rows(header, table, events);
    }

    /// <summary>A 20-cell bar: finished green, failed red, canceled grey, running blue, waiting dim.</summary>
    private static string Bar(TicketProgress.BatchState b)
    {
        const int Width = 20;
        if (b.Total == 0) return "";
        var bar = new StringBuilder();
        var used = 0;
        foreach (var (status, color) in new[] { ("FINISHED", "green"), ("ABNORMAL", "red"), ("CANCELED", "grey"), ("PROCESSING", "blue") })
        {
            var cells = (int)Math.Round(Width * (double)b.Counts.GetValueOrDefault(status) / b.Total);
            cells = Math.Min(cells, Width - used);
            if (cells > 0) bar.Append($"[{color}]{new string('█', cells)}[/]");
            used += cells;
        }
        if (used < Width) bar.Append($"[grey]{new string('░', Width - used)}[/]");
        return bar.ToString();
    }

    /// <summary>A terminal fits a dozen batch rows: those around the current one, plus any running or failed.</summary>
    private List<TicketProgress.BatchState> Visible()
    {
        const int MaxRows = 12;
        if (ticket.Batches.Count <= MaxRows) return ticket.Batches.Values.ToList();
        return ticket.Batches.Values
            .Where(b => Math.Abs(b.Index - ticket.CurrentBatch) <= 4 || b.Counts.GetValueOrDefault("PROCESSING") > 0 || b.Counts.GetValueOrDefault("ABNORMAL") > 0)
            .Take(MaxRows)
            .ToList();
    }

    private static string Count(TicketProgress.BatchState b, string status)
    {
        var n = b.Counts.GetValueOrDefault(status);
        if (n == 0) return "[grey]0[/]";
        var color = Display.StatusColor(status);
        return color == "default" ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"[{color}]{n}[/]";
    }

    private int Finish(int code)
    {
        switch (ticket.Status)
        {
            case "PAUSED":
                ctx.Screen.Line($"ticket paused; continue it with: drover ticket continue {executeUuid}");
                break;
            case "ABNORMAL":
                ctx.Screen.Line($"{ticket.CountOf("ABNORMAL")} host(s) failed; details: drover ticket show {executeUuid}; retry them: drover ticket retry {executeUuid}");
                break;
        }
        return code;
    }
}
