namespace Drover.Server.Tickets.Api;

// Extension: the ticket event stream (GET /v1/job/script/orders/{execute_uuid}/events), in COC's field names.

/// <summary>The first event of a stream opened without <c>Last-Event-ID</c>: the ticket and its batches as they stand.</summary>
public sealed record TicketSnapshotOut(long Version, TicketInfo Ticket, IReadOnlyList<BatchProgressOut> Batches);

/// <summary>A batch's progress: its status and its hosts counted by status (every status, zeros included).</summary>
public sealed record BatchProgressOut(int BatchIndex, int TotalInstances, string Status, bool Skipped, IReadOnlyDictionary<string, int> Counts);

/// <summary>One committed change: the ticket's state if it changed, the batches it touched, the hosts it changed.</summary>
public sealed record TicketChangeOut(long Version, long At, TicketStateOut? Ticket, IReadOnlyList<BatchProgressOut> Batches, IReadOnlyList<HostChangeOut> Hosts);

public sealed record TicketStateOut(string Status, int CurrentExecuteBatchIndex, long? GmtFinished);

/// <param name="Id">The host's instance id, as in the batch detail.</param>
public sealed record HostChangeOut(long Id, int BatchIndex, string ResourceId, string RegionId, string Status, int Attempt, int? ExitCode,
    long? GmtStarted, long? GmtFinished);

/// <summary>The last event: the ticket ended (FINISHED or CANCELED); the server closes the stream after it.</summary>
public sealed record TicketEndOut(long Version, string Status);

/// <summary>A piece of a host's output: <c>text</c> starts at byte <c>offset</c> of the attempt's stored output.</summary>
public sealed record OutputPieceOut(long Offset, string Text);

/// <summary>
/// The attempt's output is complete: <c>offset</c> is its size. The host's status and exit code when this attempt is
/// still its latest (a retried host's earlier attempts have none kept).
/// </summary>
public sealed record OutputEndOut(long Offset, int Attempt, string? Status, int? ExitCode, bool Truncated);
