namespace Drover.Domain.Tickets;

/// <summary>A script ticket's status: READY → PROCESSING ⇄ PAUSED, PROCESSING → FINISHED | ABNORMAL, any → CANCELED.</summary>
public enum TicketStatus
{
    Ready,
    Processing,
    Paused,
    Abnormal,
    Finished,
    Canceled,
}
