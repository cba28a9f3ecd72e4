using Drover.Domain.Tickets;
using Drover.Server.Agents;
using Drover.Server.Storage;

namespace Drover.Server.Tickets.Engine;

/// <summary>
/// An event for a ticket as it travels to the ticket's grain, wherever that is loaded: a start, an operator's
/// operation, or a host's report (with the host it came from). Plain fields, so it crosses servers as JSON.
/// </summary>
public sealed record TicketCall(
    string Type,
    string? Operation = null, long? InstanceId = null, int? BatchIndex = null, AuditRow? Audit = null,
    HostKey? From = null, string? DispatchId = null, long? StartedAtMs = null, bool? Succeeded = null, int? ExitCode = null, string? Note = null)
{
    private const string Start = "start", Operate = "operate", Started = "host_started", Ended = "host_ended";

    public static TicketCall Of(TicketEvent e, AuditRow? audit = null, HostKey? from = null) => e switch
    {
        TicketEvent.Start => new(Start, Audit: audit),
        TicketEvent.Operate o => OfOperation(o.Operation, audit),
        TicketEvent.HostStarted s => new(Started, InstanceId: s.InstanceId, DispatchId: s.DispatchId, StartedAtMs: s.StartedAtMs, From: from),
        TicketEvent.HostEnded h => new(Ended, InstanceId: h.InstanceId, DispatchId: h.DispatchId, Succeeded: h.Succeeded, ExitCode: h.ExitCode,
            Note: h.Note, From: from),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "not an event a ticket is sent"),
    };

    public TicketEvent ToEvent() => Type switch
    {
        Start => new TicketEvent.Start(),
        Operate => new TicketEvent.Operate(ToOperation()),
        Started => new TicketEvent.HostStarted(InstanceId!.Value, DispatchId!, StartedAtMs!.Value),
        Ended => new TicketEvent.HostEnded(InstanceId!.Value, DispatchId!, Succeeded!.Value, ExitCode, Note),
        _ => throw new InvalidDataException($"unknown ticket call '{Type}'"),
    };

    private static TicketCall OfOperation(TicketOperation op, AuditRow? audit) => op switch
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
        _ => throw new InvalidDataException($"unknown operation '{Operation}'"),
    };
}
