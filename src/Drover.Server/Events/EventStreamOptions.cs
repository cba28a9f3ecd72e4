namespace Drover.Server.Events;

/// <summary>Section <c>Drover:Events</c>: how the event streams follow the database.</summary>
public sealed class EventStreamOptions
{
    /// <summary>How often a stream looks for new events (each look is one indexed read); the delay a watcher sees at most.</summary>
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>A comment line after this long without an event, so proxies keep a quiet stream open.</summary>
    public int KeepAliveSeconds { get; set; } = 15;
}
