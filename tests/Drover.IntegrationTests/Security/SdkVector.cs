using System.Text.Json;
using Drover.Server.Security.Signing;

namespace Drover.IntegrationTests.Security;

/// <summary>
/// One request as the official Huawei Cloud Python SDK signed and sent it (from sdk-signing-vectors.json), in a form
/// a test can change one thing of and check again.
/// </summary>
public sealed record SdkVector(string Label, string Method, string Target, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public const string AccessKey = "DRVAK7Q2M4X9TESTVECTOR";
    public const string SecretKey = "sK3y-For-Known-Answer-Vectors-Only+/=0123456789abcdef";

    public static IReadOnlyList<SdkVector> All { get; } = Load();

    public string Path => Target.Split('?', 2)[0];
    public string Query => Target.Contains('?') ? Target.Split('?', 2)[1] : "";

    /// <summary>A header's value by name, any case (the vectors have each header once).</summary>
    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public SdkAuthorization Authorization
    {
        get
        {
            SdkSignature.TryParseAuthorization(Header("Authorization")!, out var auth, out var error).ShouldBeTrue(error);
            return auth;
        }
    }

    /// <summary>The same request with one header's value replaced (or the header added when it is not there).</summary>
    public SdkVector WithHeader(string name, string value)
    {
        var replaced = Headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        var headers = replaced
            ? Headers.Select(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase) ? (h.Name, value) : h).ToList()
            : [.. Headers, (name, value)];
        return this with { Headers = headers };
    }

    /// <summary>Checks the vector's signature with the pure functions only, as the SDK's own rules say.</summary>
    public bool Verifies(string secret = SecretKey, string? signature = null)
    {
        var auth = Authorization;
        var canonical = SdkSignature.CanonicalRequest(Method, Path, Query, Header, auth.SignedHeaders, SdkSignature.Sha256Hex(Body));
        var expected = SdkSignature.Sign(System.Text.Encoding.UTF8.GetBytes(secret),
            SdkSignature.StringToSign(Header("X-Sdk-Date")!, canonical));
        return SdkSignature.Matches(expected, signature ?? auth.Signature);
    }

    public override string ToString() => Label;

    private static List<SdkVector> Load()
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "Security", "sdk-signing-vectors.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        json.RootElement.GetProperty("access_key").GetString().ShouldBe(AccessKey);
        json.RootElement.GetProperty("secret_key").GetString().ShouldBe(SecretKey);
        return json.RootElement.GetProperty("requests").EnumerateArray().Select(r => new SdkVector(
            r.GetProperty("label").GetString()!,
            r.GetProperty("method").GetString()!,
            r.GetProperty("target").GetString()!,
            r.GetProperty("headers").EnumerateArray().Select(h => (h[0].GetString()!, h[1].GetString()!)).ToList(),
            Convert.FromBase64String(r.GetProperty("body_base64").GetString()!))).ToList();
    }
}
