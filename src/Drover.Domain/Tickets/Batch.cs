namespace Drover.Domain.Tickets;

/// <summary>
/// A batch's place in the ticket. <see cref="Skipped"/> records an operator's SKIP_BATCH: a skipped batch's PAUSE does
/// not stop the ticket, since the operator has already decided to move on.
/// </summary>
public sealed record Batch(int Index, RotationStrategy Rotation, bool Skipped);
