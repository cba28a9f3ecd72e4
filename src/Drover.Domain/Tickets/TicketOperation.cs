namespace Drover.Domain.Tickets;

/// <summary>
/// What an operator can do to a running ticket (<c>PUT .../operation</c>). COC's five, plus Drover's retries.
/// </summary>
public abstract record TicketOperation
{
    private TicketOperation() { }

    public sealed record CancelInstance(long InstanceId) : TicketOperation;
    public sealed record SkipBatch(int BatchIndex) : TicketOperation;
    public sealed record PauseOrder : TicketOperation;
    public sealed record ContinueOrder : TicketOperation;
    public sealed record CancelOrder : TicketOperation;
    public sealed record RetryInstance(long InstanceId) : TicketOperation;
    public sealed record RetryFailed(int? BatchIndex) : TicketOperation;

    /// <summary>The <c>operation_type</c> spelling.</summary>
    public string WireName => this switch
    {
        CancelInstance => "CANCEL_INSTANCE",
        SkipBatch => "SKIP_BATCH",
        PauseOrder => "PAUSE_ORDER",
        ContinueOrder => "CONTINUE_ORDER",
        CancelOrder => "CANCEL_ORDER",
        RetryInstance => "RETRY_INSTANCE",
        RetryFailed => "RETRY_FAILED",
        _ => throw new InvalidOperationException($"unknown operation {GetType().Name}"),
    };

    public static readonly IReadOnlyList<string> WireNames =
        ["CANCEL_INSTANCE", "SKIP_BATCH", "PAUSE_ORDER", "CONTINUE_ORDER", "CANCEL_ORDER", "RETRY_INSTANCE", "RETRY_FAILED"];
}
