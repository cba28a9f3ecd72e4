using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Drover.Domain.Common;
using Drover.Server.Audit;
using Drover.Server.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Drover.Server.Http.Edge;

/// <summary>
/// The two request budgets of <see cref="RateLimitOptions"/>, as ASP.NET Core rate limiters (a token bucket per
/// partition, no queue): one partitioned by source address, applied before authentication so floods of bad
/// credentials are limited too, and one partitioned by the authenticated caller. A refusal is 429 with
/// <c>Retry-After</c> (seconds) and COC's throttling error; it changes nothing, and is logged at debug, not audited (a
/// flood must not become a flood of audit rows).
/// </summary>
public sealed class ApiRateLimits : IAsyncDisposable, IDisposable
{
    private readonly RateLimitOptions options;
    private readonly ILogger<ApiRateLimits> log;

    public ApiRateLimits(IOptions<RateLimitOptions> options, ILogger<ApiRateLimits> log)
    {
        this.options = options.Value;
        this.log = log;
        ByAddress = PartitionedRateLimiter.Create<HttpContext, string>(ctx => Bucket(AddressOf(ctx), this.options.PerAddress));
        ByCaller = PartitionedRateLimiter.Create<HttpContext, string>(ctx => CallerOf(ctx) is { } caller
            ? Bucket(caller, this.options.PerCaller)
            : RateLimitPartition.GetNoLimiter("")); // only the open login has no caller; its address budget applies
    }

    public bool Enabled => options.Enabled;

    public PartitionedRateLimiter<HttpContext> ByAddress { get; }
    public PartitionedRateLimiter<HttpContext> ByCaller { get; }

    public RateLimiterOptions AddressLimiter() => Limiter(ByAddress, "ip", options.PerAddress, "PerAddress", audited: false);

    public RateLimiterOptions CallerLimiter() => Limiter(ByCaller, "user", options.PerCaller, "PerCaller", audited: true);

    private RateLimiterOptions Limiter(PartitionedRateLimiter<HttpContext> limiter, string policy, RateBudget budget, string setting, bool audited) => new()
    {
        GlobalLimiter = limiter,
        RejectionStatusCode = StatusCodes.Status429TooManyRequests,
        OnRejected = (rejected, _) =>
        {
            var ctx = rejected.HttpContext;
            var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
            var seconds = (int)Math.Clamp(Math.Ceiling(retry.TotalSeconds), 1, int.MaxValue);
            log.LogDebug("{Method} {Path} throttled ({Policy} {Key}): retry after {Seconds} s", ctx.Request.Method, ctx.Request.Path, policy,
                policy == "ip" ? AddressOf(ctx) : CallerOf(ctx), seconds);
            if (audited) RefusedWrites.MarkRecorded(ctx);
            // Huawei Cloud's API gateway words it so (COC's FAQ quotes it); the setting says where the number comes from.
            return new ValueTask(CocErrorResponse.WriteAsync(ctx, StatusCodes.Status429TooManyRequests, ErrorCodes.Throttled,
                string.Create(CultureInfo.InvariantCulture,
                    $"The throttling threshold has been reached: policy {policy} over ratelimit,limit:{budget.Permits},time:{budget.WindowSeconds} second (Drover:RateLimits:{setting})"),
                seconds));
        },
    };

    /// <summary>
    /// A bucket holding <see cref="RateBudget.Permits"/>, refilled at Permits per window in steps of at least 100 ms (the
    /// partitioned limiter replenishes on a 100 ms tick).
    /// </summary>
    private static RateLimitPartition<string> Bucket(string key, RateBudget budget)
    {
        var window = TimeSpan.FromSeconds(budget.WindowSeconds);
        var period = TimeSpan.FromTicks(Math.Max(window.Ticks / budget.Permits, TimeSpan.FromMilliseconds(100).Ticks));
        var perPeriod = (int)Math.Max(1, Math.Round((double)budget.Permits * period.Ticks / window.Ticks));
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = budget.Permits, TokensPerPeriod = perPeriod, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = false,
        });
    }

    private static string? CallerOf(HttpContext ctx) => Caller.Find(ctx) is { } c ? c.IsBootstrap ? "bootstrap" : $"user:{c.UserId}" : null;

    /// <summary>
    /// The connection's address, never a forwarded-for header (Drover trusts no proxy). An IPv6 client counts by its /64,
    /// which any one host can fill with addresses.
    /// </summary>
    public static string AddressOf(HttpContext ctx)
    {
        var ip = ctx.Connection.RemoteIpAddress;
        if (ip is null) return "local";
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (ip.AddressFamily != AddressFamily.InterNetworkV6) return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public async ValueTask DisposeAsync()
    {
        await ByAddress.DisposeAsync();
        await ByCaller.DisposeAsync();
    }

    public void Dispose()
    {
        ByAddress.Dispose();
        ByCaller.Dispose();
    }
}
