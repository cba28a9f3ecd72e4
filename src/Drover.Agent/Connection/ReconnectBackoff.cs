namespace Drover.Agent.Connection;

/// <summary>
/// Exponential backoff with full jitter (a uniform delay between 0 and base·2^attempt, capped), so a
/// fleet that lost its server does not come back in lockstep. Reset after each successful Welcome.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
{
    private int _attempt;

    public TimeSpan Next()
    {
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, _attempt));
        _attempt = Math.Min(_attempt + 1, 30);
        return TimeSpan.FromMilliseconds(ceiling * random.NextDouble());
    }

    /// <summary>
    /// After the server refused our credentials: retrying fast will not help, but an operator may fix the
    /// token server-side, so keep trying at the slow end (between half the cap and the cap).
    /// </summary>
    public TimeSpan Rejected()
    {
        _attempt = 30;
        return TimeSpan.FromMilliseconds(maxDelay.TotalMilliseconds * (0.5 + random.NextDouble() / 2));
    }

    /// <summary>
    /// The server is busy admitting other agents and said when to come back: then, plus up to as much again at random,
    /// so the agents it turned away do not all return in the same instant. Without a hint, the usual backoff.
    /// </summary>
    public TimeSpan Busy(TimeSpan? retryAfter) =>
        retryAfter is { } hint ? hint + TimeSpan.FromMilliseconds(hint.TotalMilliseconds * random.NextDouble()) : Next();

    public void Reset() => _attempt = 0;
}
