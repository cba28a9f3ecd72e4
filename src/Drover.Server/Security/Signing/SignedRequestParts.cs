using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Drover.Server.Security.Signing;

/// <summary>
/// What <see cref="SignedRequest.ReadAsync"/> found in an SDK-signed request: either everything needed to check the
/// signature except the secret (look the secret up by <see cref="AccessKey"/>, check <see cref="SignedAt"/> against
/// the clock, then <see cref="Verify"/>), or a <see cref="Problem"/> that says in plain words why the request cannot
/// be signed as claimed, fit for a 401 message (it names no secret and nothing the caller did not send).
/// </summary>
public sealed record SignedRequestParts
{
    private SignedRequestParts() { }

    /// <summary>Why the request is refused before any key is looked at; null when it is well formed.</summary>
    public string? Problem { get; private init; }

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsWellFormed => Problem is null;

    public string AccessKey { get; private init; } = "";

    /// <summary>The <c>X-Sdk-Date</c> exactly as sent: the string to sign uses this text, not a reformatted date.</summary>
    public string SdkDate { get; private init; } = "";

    /// <summary>The <c>X-Sdk-Date</c> parsed (UTC), for the caller's clock-skew check.</summary>
    public DateTimeOffset SignedAt { get; private init; }

    public string CanonicalRequest { get; private init; } = "";

    /// <summary>The signature as presented (64 hex digits).</summary>
    public string Signature { get; private init; } = "";

    public static SignedRequestParts Malformed(string problem) => new() { Problem = problem };

    public static SignedRequestParts WellFormed(SdkAuthorization auth, string sdkDate, DateTimeOffset signedAt,
        string canonicalRequest) => new()
    {
        AccessKey = auth.AccessKey,
        SdkDate = sdkDate,
        SignedAt = signedAt,
        CanonicalRequest = canonicalRequest,
        Signature = auth.Signature,
    };

    /// <summary>True when the presented signature is the one <paramref name="secretUtf8"/> gives; never for a malformed request.</summary>
    public bool Verify(ReadOnlySpan<byte> secretUtf8)
    {
        if (!IsWellFormed) return false;
        var expected = SdkSignature.Sign(secretUtf8, SdkSignature.StringToSign(SdkDate, CanonicalRequest));
        return SdkSignature.Matches(expected, Signature);
    }

    /// <summary>The same, for a secret held as text (the SDK signs with the secret's UTF-8 bytes).</summary>
    public bool Verify(string secret) => Verify(Encoding.UTF8.GetBytes(secret));
}
