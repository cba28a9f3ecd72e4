using System.Globalization;
using System.Text.Json.Serialization;

namespace Drover.Cli.Auth;

/// <summary>One server's entry in the credentials file: what <c>drover login</c> got back.</summary>
internal sealed record StoredLogin(string Token, string? User, string? ExpiresAt, string? Project)
{
    /// <summary>When the token stops working; null when the server did not say (or said it in a form not understood).</summary>
    [JsonIgnore]
    public DateTimeOffset? Expiry => ParseTime(ExpiresAt);

    public bool IsExpired(DateTimeOffset now) => Expiry is { } t && t <= now;

    /// <summary>Keystone writes ISO 8601 (<c>2026-12-03T17:46:26.000000Z</c>); epoch milliseconds are accepted too.</summary>
    public static DateTimeOffset? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t : null;
    }
}
