namespace Drover.Server.Events;

public static class EventRegistration
{
    /// <summary>The event streams' feed and its options (section <c>Drover:Events</c>, checked at start).</summary>
    public static IServiceCollection AddEvents(this IServiceCollection s)
    {
        s.AddOptions<EventStreamOptions>().BindConfiguration("Drover:Events")
            .Validate(o => o.PollMilliseconds is >= 10 and <= 10_000, "Drover:Events:PollMilliseconds must be 10 to 10000")
            .Validate(o => o.KeepAliveSeconds is >= 1 and <= 300, "Drover:Events:KeepAliveSeconds must be 1 to 300")
            .ValidateOnStart();
        s.AddSingleton<EventFeed>();
        return s;
    }
}
