using System.Globalization;
using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Server.Events;
using Drover.Server.Jobs.Engine;
using Drover.Server.Security;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Jobs.Api;

/// <summary>Extension: an execution's live event stream, as Server-Sent Events (docs/semantics.md, "Event streams").</summary>
public static class ExecutionEventEndpoints
{
    public static void MapExecutionEvents(this IEndpointRouteBuilder app) =>
        app.MapGet("/v1/executions/{execution_id}/events", Events);

    private static async Task Events(HttpContext ctx, DroverDb db, EventFeed feed, string execution_id)
    {
        var ct = ctx.RequestAborted;
        var e = await ExecutionEndpoints.FindAsync(db, Caller.Of(ctx), execution_id, ct);
        var resume = await EventFeed.ResumeAfterAsync(ctx.Request, db, ChangeSubject.Execution, e.Id, e.WriteVersion, "execution", ct);
        var status = e.Status;
        using var open = feed.Track();
        var sse = await ServerSentEvents.StartAsync(ctx, feed.Clock);
        try
        {
            if (resume is null)
            {
                var steps = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionRowId == e.Id)
                    .OrderBy(s => s.BatchIndex).ThenBy(s => s.StepIndex).ToListAsync(ct);
                await sse.SendAsync("snapshot", Id(e.WriteVersion),
                    new ExecutionSnapshotOut(e.WriteVersion, ExecutionEndpoints.ToOut(e), [.. steps.Select(ExecutionEndpoints.StepOut)]), ct);
            }
            var tickets = new Dictionary<long, string>();
            await feed.FollowAsync(sse, db, ChangeSubject.Execution, e.Id, resume ?? e.WriteVersion, async (row, c) =>
            {
                var change = StorageJson.Read<ExecutionChange>(row.Payload);
                if (change.Execution is { } now) status = now.Status;
                var steps = new List<StepChangeOut>();
                foreach (var s in change.Steps)
                {
                    string? uuid = null;
                    if (s.TicketId is { } tid && !tickets.TryGetValue(tid, out uuid))
                        tickets[tid] = uuid = await db.Tickets.AsNoTracking().Where(t => t.Id == tid).Select(t => t.ExecuteUuid).FirstAsync(c);
                    steps.Add(new StepChangeOut(s.ExecutionStepId, s.BatchIndex, s.StepIndex, s.Name, s.Action, s.Status.ToWire(), s.Attempt,
                        s.Message, s.StartedAtMs, s.EndedAtMs, uuid));
                }
                var x = change.Execution;
                await sse.SendAsync("change", Id(row.Version), new ExecutionChangeOut(row.Version, row.At,
                    x is null ? null : new ExecutionStateOut(x.Status.ToWire(), x.CurrentBatchIndex, x.CurrentStepIndex, x.EndedAtMs),
                    [.. change.Batches.Select(b => new ExecutionBatchOut(b.Index, b.Skipped))], steps), c);
            }, () => status is ExecutionStatus.Succeed or ExecutionStatus.Canceled, ct);
            var last = await db.Executions.AsNoTracking().Where(x => x.Id == e.Id).Select(x => x.WriteVersion).FirstAsync(ct);
            await sse.SendAsync("end", null, new ExecutionEndOut(last, status.ToWire()), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The watcher left.
        }
    }

    private static string Id(long n) => n.ToString(CultureInfo.InvariantCulture);
}
