using System.Globalization;
using Grpc.Core;

namespace Drover.Protocol;

/// <summary>
/// What the gateway says beside an error status. A Connect refused with RESOURCE_EXHAUSTED (the server is busy admitting
/// other agents) carries <c>retry-after-ms</c>: when to dial again.
/// </summary>
public static class GatewayTrailers
{
    public const string RetryAfterMs = "retry-after-ms";

    public static Metadata RetryAfter(TimeSpan delay) =>
        new() { { RetryAfterMs, ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) } };

    /// <summary>The hint in <paramref name="trailers"/>, if there is a usable one.</summary>
    public static TimeSpan? RetryAfterOf(Metadata trailers)
    {
        var value = trailers.GetValue(RetryAfterMs);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;
    }
}
