namespace Drover.Domain.Tickets;

/// <summary>What happens when a batch ends: go straight on, or pause the ticket until CONTINUE_ORDER.</summary>
public enum RotationStrategy
{
    Continue,
    Pause,
}
