using System.CommandLine;
using System.Text.Json;
using Drover.Cli.Api;

namespace Drover.Cli.Commands;

/// <summary><c>drover logs TICKET HOST [-f]</c>: one host's output in a ticket, whole or followed as it arrives.</summary>
internal static class LogCommands
{
    public static Command Build(Session session)
    {
        var ticket = new Argument<string>("execute_uuid") { Description = "The ticket's execute_uuid (SCT...)" };
        var host = new Argument<string>("host") { Description = "The host: its resource id, or its instance id in the ticket" };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing the output as it arrives, until the host's attempt ends" };
        var attempt = new Option<int?>("--attempt") { Description = "An earlier attempt of a retried host (default: its latest)" }.Between(1, 1000);
        var command = new Command("logs", "Print one host's output in a ticket (the whole of it, beyond the 1 MB message)") { ticket, host, follow, attempt };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var uuid = r.GetValue(ticket)!;
            var row = await FindHostAsync(ctx.Client, uuid, r.GetValue(host)!, ct);
            if (!r.GetValue(follow))
            {
                var text = await ctx.Client.GetOutputAsync(uuid, row.Id, r.GetValue(attempt), ct);
                if (ctx.Json) ctx.Screen.Json(JsonSerializer.SerializeToElement(new { instance_id = row.Id, host = row.Host, output = text }));
                else ctx.Screen.Out.Write(text);
                return row.Status == "FINISHED" ? ExitCodes.Ok : ExitCodes.Failed;
            }

            // Followed: each piece as it is stored; a JSON line per piece with --output json. The stream resumes from
            // the last byte offset after a dropped connection.
            string? status = null;
            await EventFollow.RunAsync(ctx.Screen, (last, c) => ctx.Client.OutputEventsAsync(uuid, row.Id, r.GetValue(attempt), last, c),
                e =>
                {
                    if (e.Type == "output")
                    {
                        if (ctx.Json) ctx.Screen.Out.WriteLine(JsonSerializer.Serialize(e.Data));
                        else ctx.Screen.Out.Write(e.Data.GetProperty("text").GetString());
                        ctx.Screen.Out.Flush();
                    }
                    else if (e.Type == "end")
                    {
                        status = e.Data.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                        if (ctx.Json) ctx.Screen.Out.WriteLine(JsonSerializer.Serialize(e.Data));
                        else if (status is not null and not "FINISHED")
                            ctx.Screen.Error.WriteLine($"host {row.Host} [{row.Id}]: {status}" +
                                (e.Data.TryGetProperty("exit_code", out var x) && x.ValueKind == JsonValueKind.Number ? $" exit {x.GetInt32()}" : ""));
                    }
                    return Task.FromResult(e.Type != "end");
                }, ct);
            return status == "FINISHED" ? ExitCodes.Ok : ExitCodes.Failed;
        }));
        return command;
    }

    /// <summary>The host's row in the ticket, by instance id or by resource id (each batch read until found).</summary>
    private static async Task<HostRun> FindHostAsync(DroverClient client, string uuid, string host, CancellationToken ct)
    {
        var batches = (await client.ListBatchesAsync(uuid, ct)).Value;
        foreach (var b in batches)
        {
            var (_, rows, _) = await Paging.CollectHostsAsync(client, uuid, b.BatchIndex, ct);
            var found = rows.FirstOrDefault(h => h.Host == host || h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == host);
            if (found is not null) return found;
        }
        throw new DroverApiException(400, "CLI.HOST_NOT_FOUND", $"host {host} is not a host of ticket {uuid}");
    }
}
