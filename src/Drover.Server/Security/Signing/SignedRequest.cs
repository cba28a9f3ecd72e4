using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;

namespace Drover.Server.Security.Signing;

/// <summary>
/// Reads an <see cref="HttpRequest"/> into <see cref="SignedRequestParts"/>: the raw request target (the decoded
/// path would hide the difference between <c>/</c> and <c>%2F</c>, and the SDK signs what it sent), the signed
/// headers, the <c>X-Sdk-Date</c> and the body's SHA-256. The body is buffered and rewound, so the endpoint reads it
/// as if nothing had.
/// </summary>
public static class SignedRequest
{
    /// <summary>The SDK's opt-out of body signing; refused, because an unsigned body could be swapped in flight.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>
    /// Null when the request does not claim an SDK signature (no <c>Authorization</c> starting with
    /// <c>SDK-HMAC-SHA256</c>), so another scheme may handle it. A signed header sent more than once is refused, not
    /// joined: the SDK never sends one twice, and joining would let <c>a</c> + <c>b</c> pass as a signed <c>a,b</c>
    /// while the endpoint reads only the first.
    /// </summary>
    public static async Task<SignedRequestParts?> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken ct)
    {
        var authorization = request.Headers.Authorization;
        if (!authorization.Any(v => v is not null && v.StartsWith(SdkSignature.Algorithm, StringComparison.Ordinal)))
            return null;
        if (authorization.Count > 1) return SignedRequestParts.Malformed("Authorization is sent more than once");
        if (!SdkSignature.TryParseAuthorization(authorization[0]!, out var auth, out var error))
            return SignedRequestParts.Malformed($"Authorization: {error}");

        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (!target.StartsWith('/')) return SignedRequestParts.Malformed("the request target must be a path");
        var question = target.IndexOf('?');
        var (rawPath, rawQuery) = question < 0 ? (target, "") : (target[..question], target[(question + 1)..]);

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in auth.SignedHeaders)
        {
            var values = request.Headers[name];
            if (values.Count == 0) return SignedRequestParts.Malformed($"signed header '{name}' is missing");
            if (values.Count > 1) return SignedRequestParts.Malformed($"signed header '{name}' is sent more than once");
            headers[name] = values[0] ?? "";
        }

        var sdkDate = headers["x-sdk-date"];
        if (!SdkSignature.TryParseSdkDate(sdkDate, out var signedAt))
            return SignedRequestParts.Malformed("X-Sdk-Date must be yyyyMMddTHHmmssZ (UTC)");
        if (request.Headers["X-Sdk-Content-Sha256"].Any(v => string.Equals(v?.Trim(), UnsignedPayload, StringComparison.OrdinalIgnoreCase)))
            return SignedRequestParts.Malformed($"X-Sdk-Content-Sha256: {UnsignedPayload} is not accepted; the body must be signed");

        if (request.ContentLength > maxBodyBytes) return TooLarge(maxBodyBytes);
        var bodyHash = await HashBodyAsync(request, maxBodyBytes, ct);
        if (bodyHash is null) return TooLarge(maxBodyBytes);

        var canonical = SdkSignature.CanonicalRequest(request.Method, rawPath, rawQuery,
            name => headers.GetValueOrDefault(name), auth.SignedHeaders, bodyHash);
        return SignedRequestParts.WellFormed(auth, sdkDate, signedAt, canonical);
    }

    private static SignedRequestParts TooLarge(long maxBodyBytes) =>
        SignedRequestParts.Malformed($"a signed body may be at most {maxBodyBytes} bytes");

    /// <summary>The body's lowercase hex SHA-256, or null when it is over the limit; either way rewound to the start.</summary>
    private static async Task<string?> HashBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken ct)
    {
        request.EnableBuffering();
        request.Body.Position = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                // Stop at the first byte over: no need to buffer the rest of a body already refused.
                if (total > maxBodyBytes) return null;
                hash.AppendData(buffer, 0, read);
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
