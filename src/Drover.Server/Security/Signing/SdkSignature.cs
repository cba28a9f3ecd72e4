using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Drover.Server.Security.Signing;

/// <summary>
/// Huawei Cloud's <c>SDK-HMAC-SHA256</c> request signature, computed exactly as the official SDKs compute it, so a
/// request they sign verifies here byte for byte. Pure functions: reading the request is <see cref="SignedRequest"/>'s job.
/// </summary>
public static class SdkSignature
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const int MaxAccessKeyLength = 256;

    /// <summary>
    /// Parses <c>SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b;c, Signature=hex</c>. The three parts may come in any
    /// order (the SDK's is fixed; order carries no meaning) but each exactly once. Signed header names must be
    /// lowercase and unique, because they go into the canonical request verbatim and the SDK always lowercases them;
    /// <c>host</c> and <c>x-sdk-date</c> are required so a signature cannot be replayed against another server or
    /// with a date of the sender's choosing.
    /// </summary>
    public static bool TryParseAuthorization(string header, out SdkAuthorization auth, out string error)
    {
        auth = new SdkAuthorization("", [], "");
        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
            return Fail($"the Authorization scheme must be {Algorithm}", out error);
        string? access = null, signedHeaders = null, signature = null;
        foreach (var rawPart in header[(Algorithm.Length + 1)..].Split(','))
        {
            var part = rawPart.Trim();
            var eq = part.IndexOf('=');
            if (eq <= 0) return Fail($"'{part}' is not Name=Value", out error);
            var (name, value) = (part[..eq], part[(eq + 1)..]);
            ref var slot = ref access;
            if (name == "Access") slot = ref access;
            else if (name == "SignedHeaders") slot = ref signedHeaders;
            else if (name == "Signature") slot = ref signature;
            else return Fail($"unknown part '{name}'", out error);
            if (slot is not null) return Fail($"'{name}' appears twice", out error);
            slot = value;
        }
        if (access is null) return Fail("Access is missing", out error);
        if (signedHeaders is null) return Fail("SignedHeaders is missing", out error);
        if (signature is null) return Fail("Signature is missing", out error);

        // Access keys are looked up by value and appear in URLs (.../access-keys/{access}): keep them URL-safe.
        if (access.Length is 0 or > MaxAccessKeyLength || !access.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            return Fail("Access must be 1-256 ASCII letters, digits, '_' or '-'", out error);
        if (signature.Length != 64 || !signature.All(char.IsAsciiHexDigit))
            return Fail("Signature must be 64 hex digits", out error);
        if (!TryParseSignedHeaders(signedHeaders, out var names, out error)) return false;

        auth = new SdkAuthorization(access, names, signature);
        error = "";
        return true;
    }

    /// <summary><c>X-Sdk-Date</c>: <c>yyyyMMdd'T'HHmmss'Z'</c>, always UTC, nothing around it.</summary>
    public static bool TryParseSdkDate(string value, out DateTimeOffset at)
    {
        at = default;
        if (value.Length != 16 ||
            !DateTime.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
            return false;
        at = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }

    /// <summary>
    /// The SDK's canonical request: method, canonical URI, canonical query, one <c>name:value</c> line per signed
    /// header, the signed header list, and the body's SHA-256, separated by newlines. <paramref name="header"/> gives
    /// a header's value by lowercase name; every signed header must have one (the caller refuses a request missing
    /// one before it gets here, so a null is a bug, not a bad request).
    /// </summary>
    public static string CanonicalRequest(string method, string rawPath, string rawQuery, Func<string, string?> header,
        IReadOnlyList<string> signedHeaders, string bodySha256Hex)
    {
        var text = new StringBuilder();
        text.Append(method).Append('\n');
        AppendCanonicalUri(rawPath, text);
        text.Append('\n');
        AppendCanonicalQuery(rawQuery, text);
        text.Append('\n');
        foreach (var name in signedHeaders)
        {
            var value = header(name) ?? throw new ArgumentException($"signed header '{name}' has no value", nameof(header));
            text.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }
        text.Append('\n');
        text.AppendJoin(';', signedHeaders).Append('\n');
        text.Append(bodySha256Hex);
        return text.ToString();
    }

    /// <summary>What gets signed: the algorithm, the <c>X-Sdk-Date</c> as sent, and the canonical request's SHA-256.</summary>
    public static string StringToSign(string sdkDate, string canonicalRequest) =>
        $"{Algorithm}\n{sdkDate}\n{Sha256Hex(Encoding.UTF8.GetBytes(canonicalRequest))}";

    /// <summary>The signature: HMAC-SHA256 of the string to sign under the secret, in lowercase hex.</summary>
    public static string Sign(ReadOnlySpan<byte> secretUtf8, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secretUtf8, Encoding.UTF8.GetBytes(stringToSign)));

    /// <summary>
    /// Compares the decoded signatures in constant time, so timing tells an attacker nothing about how many leading
    /// bytes of a forged signature were right. Hex case does not matter; anything that is not hex never matches.
    /// </summary>
    public static bool Matches(string expectedHex, string presentedHex)
    {
        if (expectedHex.Length == 0 || expectedHex.Length != presentedHex.Length || expectedHex.Length % 2 != 0 ||
            !expectedHex.All(char.IsAsciiHexDigit) || !presentedHex.All(char.IsAsciiHexDigit))
            return false;
        return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(expectedHex), Convert.FromHexString(presentedHex));
    }

    /// <summary>Lowercase hex SHA-256, as the canonical request wants the body's hash.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static bool TryParseSignedHeaders(string list, out IReadOnlyList<string> names, out string error)
    {
        names = [];
        if (list.Length == 0) return Fail("SignedHeaders is empty", out error);
        var parsed = list.Split(';');
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in parsed)
        {
            if (name.Length == 0 || !name.All(IsLowercaseTokenChar))
                return Fail($"signed header '{name}' must be a lowercase header name", out error);
            if (!seen.Add(name)) return Fail($"signed header '{name}' appears twice", out error);
        }
        if (!seen.Contains("host")) return Fail("SignedHeaders must include host", out error);
        if (!seen.Contains("x-sdk-date")) return Fail("SignedHeaders must include x-sdk-date", out error);
        names = parsed;
        error = "";
        return true;
    }

    // RFC 9110 token characters, minus uppercase letters.
    private static bool IsLowercaseTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= '0' and <= '9' || "!#$%&'*+-.^_`|~".Contains(c);

    /// <summary>
    /// The path decoded as a whole, then each <c>/</c>-separated segment encoded again; always ends with <c>/</c>. As the
    /// official SDK does (Python's <c>unquote(path).split('/')</c>): a path parameter holding a <c>/</c> is sent as
    /// <c>%2F</c> but signed as a <c>/</c>.
    /// </summary>
    private static void AppendCanonicalUri(string rawPath, StringBuilder into)
    {
        ReadOnlySpan<byte> decoded = PercentEncoding.Decode(rawPath);
        var first = true;
        foreach (var range in decoded.Split((byte)'/'))
        {
            if (!first) into.Append('/');
            first = false;
            PercentEncoding.Encode(decoded[range], into);
        }
        if (into.Length == 0 || into[^1] != '/') into.Append('/');
    }

    /// <summary>
    /// Pairs decoded, sorted by key then value, re-encoded, joined <c>k=v</c> with <c>&amp;</c>. Sorting is over the
    /// decoded UTF-8 bytes, which orders exactly as Python sorts str (by code point); .NET's ordinal string order
    /// (UTF-16 units) would differ for characters beyond U+FFFF.
    /// </summary>
    private static void AppendCanonicalQuery(string rawQuery, StringBuilder into)
    {
        var pairs = new List<(byte[] Key, byte[] Value)>();
        foreach (var part in rawQuery.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=');
            pairs.Add(eq < 0
                ? (PercentEncoding.Decode(part), [])
                : (PercentEncoding.Decode(part[..eq]), PercentEncoding.Decode(part[(eq + 1)..])));
        }
        pairs.Sort((a, b) =>
        {
            var byKey = a.Key.AsSpan().SequenceCompareTo(b.Key);
            return byKey != 0 ? byKey : a.Value.AsSpan().SequenceCompareTo(b.Value);
        });
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0) into.Append('&');
            PercentEncoding.Encode(pairs[i].Key, into);
            into.Append('=');
            PercentEncoding.Encode(pairs[i].Value, into);
        }
    }

    private static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }
}
