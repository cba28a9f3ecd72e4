using System.Globalization;
using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Events;
using Drover.Server.Http;
using Drover.Server.Output;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Drover.Server.Tickets.Engine;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Tickets.Api;

/// <summary>
/// Extensions: a ticket's live event stream and a host's live output, as Server-Sent Events (docs/semantics.md, "Event
/// streams"). Authorized like the ticket's other reads; served by any replica, from the database.
/// </summary>
public static class TicketEventEndpoints
{
    private static readonly InstanceStatus[] Statuses =
        [InstanceStatus.Ready, InstanceStatus.Processing, InstanceStatus.Finished, InstanceStatus.Abnormal, InstanceStatus.Canceled];

    public static void MapTicketEvents(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/v1/job/script/orders");
        g.MapGet("/{execute_uuid}/events", Events);
        g.MapGet("/{execute_uuid}/instances/{instance_id}/output/events", OutputEvents);
    }

    private static async Task Events(HttpContext ctx, DroverDb db, EventFeed feed, string execute_uuid)
    {
        var ct = ctx.RequestAborted;
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ct);
        var resume = await EventFeed.ResumeAfterAsync(ctx.Request, db, ChangeSubject.Ticket, t.Id, t.WriteVersion, "ticket", ct);
        var status = t.Status;
        using var open = feed.Track();
        var sse = await ServerSentEvents.StartAsync(ctx, feed.Clock);
        try
        {
            var version = resume ?? t.WriteVersion;
            if (resume is null)
                await sse.SendAsync("snapshot", Id(t.WriteVersion), await SnapshotAsync(db, t, ct), ct);
            await feed.FollowAsync(sse, db, ChangeSubject.Ticket, t.Id, version, async (e, c) =>
            {
                var change = StorageJson.Read<TicketChange>(e.Payload);
                if (change.Ticket is { } now) status = now.Status;
                await sse.SendAsync("change", Id(e.Version), ToWire(e, change), c);
            }, () => status is TicketStatus.Finished or TicketStatus.Canceled, ct);
            var last = await db.Tickets.AsNoTracking().Where(x => x.Id == t.Id).Select(x => x.WriteVersion).FirstAsync(ct);
            await sse.SendAsync("end", null, new TicketEndOut(last, status.ToWire()), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The watcher left.
        }
    }

    private static async Task<TicketSnapshotOut> SnapshotAsync(DroverDb db, TicketRow t, CancellationToken ct)
    {
        var batches = await db.Batches.AsNoTracking().Where(b => b.TicketId == t.Id).OrderBy(b => b.BatchIndex).ToListAsync(ct);
        var counts = await db.Instances.AsNoTracking().Where(i => i.TicketId == t.Id)
            .GroupBy(i => new { i.BatchIndex, i.Status }).Select(g => new { g.Key.BatchIndex, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var progress = batches.Select(b =>
        {
            var of = counts.Where(c => c.BatchIndex == b.BatchIndex).ToDictionary(c => c.Status, c => c.Count);
            return Progress(b.BatchIndex, b.Skipped, TicketChange.BatchStatusOf(of), of);
        }).ToList();
        return new TicketSnapshotOut(t.WriteVersion, TicketMapping.ToInfo(t, batches.Count), progress);
    }

    private static TicketChangeOut ToWire(ChangeEventRow e, TicketChange c) => new(
        e.Version, e.At,
        c.Ticket is { } t ? new TicketStateOut(t.Status.ToWire(), t.CurrentBatchIndex, t.FinishedAtMs) : null,
        [.. c.Batches.Select(b => Progress(b.Index, b.Skipped, b.Status, b.Counts))],
        [.. c.Hosts.Select(h => new HostChangeOut(h.InstanceId, h.BatchIndex, h.ResourceId, h.RegionId, h.Status.ToWire(), h.Attempt,
            h.ExitCode, h.StartedAtMs, h.FinishedAtMs))]);

    private static BatchProgressOut Progress(int index, bool skipped, InstanceStatus status, IReadOnlyDictionary<InstanceStatus, int> counts) =>
        new(index, counts.Values.Sum(), status.ToWire(), skipped, Statuses.ToDictionary(s => s.ToWire(), s => counts.GetValueOrDefault(s)));

    /// <summary>
    /// A host's output as it arrives, from byte <c>offset</c> (or <c>Last-Event-ID</c>) of attempt <c>attempt</c> (default
    /// the host's latest), ending with an <c>end</c> event once the attempt's output is complete.
    /// </summary>
    private static async Task OutputEvents(HttpContext ctx, DroverDb db, EventFeed feed, OutputStore output, SealedParameters sealedParams,
        string execute_uuid, string instance_id)
    {
        var ct = ctx.RequestAborted;
        var t = await TicketLookup.FindAsync(db, Caller.Of(ctx), execute_uuid, ct);
        if (!long.TryParse(instance_id, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) throw CocError.Invalid("instance_id", "must be an integer");
        var inst = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.TicketId == t.Id, ct)
            ?? throw CocError.BadRequest(ErrorCodes.InstanceNotFound, $"instance_id {id} is not an instance of ticket {t.ExecuteUuid}");
        var attempt = Query.Int(ctx.Request, "attempt", 1, Math.Max(1, inst.Attempt)) ?? Math.Max(1, inst.Attempt);
        var from = ServerSentEvents.LastEventId(ctx.Request, "a byte offset of the output") ?? Query.Long(ctx.Request, "offset", 0, long.MaxValue) ?? 0;
        var follow = new OutputFollow(output, db, id, attempt, sealedParams.SensitiveValues(t.ParamsJson));
        using var open = feed.Track();
        var sse = await ServerSentEvents.StartAsync(ctx, feed.Clock);
        try
        {
            await follow.StartAtAsync(from, ct);
            while (true)
            {
                foreach (var piece in await follow.ReadAsync(ct))
                    await sse.SendAsync("output", Id(piece.End), new OutputPieceOut(piece.Offset, piece.Text), ct);
                if (follow.Complete) break;
                // A host that ended without its output being closed (its agent was lost) has nothing more coming: one
                // last read after seeing that, then the end.
                var now = await db.Instances.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Status, i.Attempt }).FirstAsync(ct);
                if (now.Attempt != attempt || now.Status is not (InstanceStatus.Ready or InstanceStatus.Processing))
                {
                    foreach (var piece in await follow.ReadAsync(ct, last: true))
                        await sse.SendAsync("output", Id(piece.End), new OutputPieceOut(piece.Offset, piece.Text), ct);
                    break;
                }
                await sse.KeepAliveAsync(feed.KeepAlive, ct);
                await Task.Delay(feed.PollInterval, feed.Clock, ct);
            }
            var ended = await db.Instances.AsNoTracking().FirstAsync(i => i.Id == id, ct);
            var latest = ended.Attempt == attempt;
            await sse.SendAsync("end", null, new OutputEndOut(follow.Offset, attempt,
                latest ? ended.Status.ToWire() : null, latest ? ended.ExitCode : null, follow.Truncated), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The watcher left.
        }
    }

    private static string Id(long n) => n.ToString(CultureInfo.InvariantCulture);
}
