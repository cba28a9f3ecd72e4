namespace Drover.Domain.Tickets;

/// <summary>One host's run in a ticket: READY → PROCESSING → FINISHED | ABNORMAL, READY | PROCESSING → CANCELED, ABNORMAL | CANCELED → READY (retry).</summary>
public enum InstanceStatus
{
    Ready,
    Processing,
    Finished,
    Abnormal,
    Canceled,
}
