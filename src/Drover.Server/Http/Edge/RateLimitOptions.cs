namespace Drover.Server.Http.Edge;

/// <summary>
/// Request rate limits on the API port (configuration section <c>Drover:RateLimits</c>): a budget per authenticated
/// caller and one per source address. The defaults only stop floods; the agents' port is never limited here (agents
/// have their own admission control).
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Per user (all its tokens and access keys together), and the bootstrap admin as one caller.</summary>
    public RateBudget PerCaller { get; set; } = new() { Permits = 6000, WindowSeconds = 60 };

    /// <summary>Per client address (an IPv6 client by its /64), authenticated or not, logins included.</summary>
    public RateBudget PerAddress { get; set; } = new() { Permits = 12000, WindowSeconds = 60 };
}

/// <summary>At most <see cref="Permits"/> requests in any <see cref="WindowSeconds"/>, refilled steadily: a token bucket.</summary>
public sealed class RateBudget
{
    public int Permits { get; set; }
    public int WindowSeconds { get; set; }

    public bool IsValid => Permits is >= 1 and <= 10_000_000 && WindowSeconds is >= 1 and <= 86_400;
}
