using Drover.Domain.Common;
using Drover.Domain.Tickets;
using Drover.Server.Replicas;
using Drover.Server.Storage;

namespace Drover.Server.Engine;

/// <summary>
/// The ticket work that travels to the replica holding a ticket's lease: operators' operations and hosts' reports, as
/// a <c>forwarded_work</c> payload. Everything else a runner does, the lease holder does anyway.
/// </summary>
internal sealed record TicketWorkWire(
    string Type,
    string? Operation = null, long? InstanceId = null, int? BatchIndex = null, AuditRow? Audit = null,
    string? ProjectId = null, string? ResourceId = null, string? RegionId = null,
    string? DispatchId = null, long? StartedAtMs = null, bool? Succeeded = null, int? ExitCode = null, string? Note = null)
{
    private const string Operate = "operate", Started = "host_started", Ended = "host_ended";

    /// <summary>The payload for work worth forwarding; null for work the lease holder does anyway.</summary>
    public static string? Write(TicketWork work) => work switch
    {
        TicketWork.Apply { Event: TicketEvent.Operate o } a => StorageJson.Write(OfOperation(o.Operation, a.Audit)),
        TicketWork.HostReport { Event: TicketEvent.HostStarted s } r => StorageJson.Write(new TicketWorkWire(Started,
            InstanceId: s.InstanceId, DispatchId: s.DispatchId, StartedAtMs: s.StartedAtMs,
            ProjectId: r.From.ProjectId, ResourceId: r.From.ResourceId, RegionId: r.From.RegionId)),
        TicketWork.HostReport { Event: TicketEvent.HostEnded e } r => StorageJson.Write(new TicketWorkWire(Ended,
            InstanceId: e.InstanceId, DispatchId: e.DispatchId, Succeeded: e.Succeeded, ExitCode: e.ExitCode, Note: e.Note,
            ProjectId: r.From.ProjectId, ResourceId: r.From.ResourceId, RegionId: r.From.RegionId)),
        _ => null,
    };

    /// <summary>Rebuilds the work on the lease holder, with a reply that becomes the forwarded reply.</summary>
    public static (TicketWork Work, Task<string?> Reply) Read(string payload)
    {
        var w = StorageJson.Read<TicketWorkWire>(payload);
        switch (w.Type)
        {
            case Operate:
            {
                var reply = new TaskCompletionSource<Refusal?>(TaskCreationOptions.RunContinuationsAsynchronously);
                return (new TicketWork.Apply(new TicketEvent.Operate(w.ToOperation()), w.Audit, reply), RefusalReply.WriteAsync(reply.Task));
            }
            case Started or Ended:
            {
                var from = new HostKey(w.ProjectId!, w.ResourceId!, w.RegionId!);
                TicketEvent e = w.Type == Started
                    ? new TicketEvent.HostStarted(w.InstanceId!.Value, w.DispatchId!, w.StartedAtMs!.Value)
                    : new TicketEvent.HostEnded(w.InstanceId!.Value, w.DispatchId!, w.Succeeded!.Value, w.ExitCode, w.Note);
                var reply = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                return (new TicketWork.HostReport(from, e, reply), Done(reply.Task));
            }
            default:
                throw new InvalidDataException($"unknown forwarded ticket work '{w.Type}'");
        }
    }

    private static async Task<string?> Done(Task<bool> applied)
    {
        await applied;
        return null;
    }

    private static TicketWorkWire OfOperation(TicketOperation op, AuditRow? audit) => op switch
    {
        TicketOperation.CancelInstance c => new(Operate, op.WireName, InstanceId: c.InstanceId, Audit: audit),
        TicketOperation.RetryInstance r => new(Operate, op.WireName, InstanceId: r.InstanceId, Audit: audit),
        TicketOperation.SkipBatch s => new(Operate, op.WireName, BatchIndex: s.BatchIndex, Audit: audit),
        TicketOperation.RetryFailed f => new(Operate, op.WireName, BatchIndex: f.BatchIndex, Audit: audit),
        TicketOperation.PauseOrder or TicketOperation.ContinueOrder or TicketOperation.CancelOrder => new(Operate, op.WireName, Audit: audit),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown operation"),
    };

    private TicketOperation ToOperation() => Operation switch
    {
        "CANCEL_INSTANCE" => new TicketOperation.CancelInstance(InstanceId!.Value),
        "RETRY_INSTANCE" => new TicketOperation.RetryInstance(InstanceId!.Value),
        "SKIP_BATCH" => new TicketOperation.SkipBatch(BatchIndex!.Value),
        "RETRY_FAILED" => new TicketOperation.RetryFailed(BatchIndex),
        "PAUSE_ORDER" => new TicketOperation.PauseOrder(),
        "CONTINUE_ORDER" => new TicketOperation.ContinueOrder(),
        "CANCEL_ORDER" => new TicketOperation.CancelOrder(),
        _ => throw new InvalidDataException($"unknown forwarded operation '{Operation}'"),
    };
}
