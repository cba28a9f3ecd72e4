using Drover.Server.Security.Signing;

namespace Drover.IntegrationTests.Security;

/// <summary>
/// SDK-HMAC-SHA256 against requests the official Huawei Cloud Python SDK signed: each verifies as captured, and
/// stops verifying when anything it signed changes.
/// </summary>
public sealed class SdkSignatureTests
{
    public static TheoryData<int, string> Vectors()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < SdkVector.All.Count; i++) data.Add(i, SdkVector.All[i].Label);
        return data;
    }

    public static TheoryData<int, string> VectorsWithQuery()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < SdkVector.All.Count; i++)
            if (SdkVector.All[i].Query.Length > 0) data.Add(i, SdkVector.All[i].Label);
        return data;
    }

    [Fact]
    public void The_vectors_cover_every_method_a_body_and_a_query()
    {
        SdkVector.All.Select(v => v.Method).Distinct().Order().ShouldBe(["DELETE", "GET", "POST", "PUT"]);
        SdkVector.All.ShouldContain(v => v.Body.Length > 0);
        SdkVector.All.ShouldContain(v => v.Query.Length > 0);
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Every_vector_verifies(int index, string label)
    {
        var v = SdkVector.All[index];
        v.Authorization.AccessKey.ShouldBe(SdkVector.AccessKey, label);
        v.Verifies().ShouldBeTrue(label);
    }

    [Theory, MemberData(nameof(Vectors))]
    public void A_changed_method_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        foreach (var method in new[] { "GET", "POST", "PUT", "DELETE", "PATCH", v.Method.ToLowerInvariant() }.Where(m => m != v.Method))
            (v with { Method = method }).Verifies().ShouldBeFalse($"{label}: {method}");
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Any_changed_path_character_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        for (var i = 0; i < v.Path.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(v.Path[i])) continue;
            var other = v.Path[i] == 'x' ? 'y' : 'x';
            var path = v.Path[..i] + other + v.Path[(i + 1)..];
            (v with { Target = path + TargetQuery(v) }).Verifies().ShouldBeFalse($"{label}: {path}");
        }
        (v with { Target = v.Path + "/x" + TargetQuery(v) }).Verifies().ShouldBeFalse($"{label}: segment added");
    }

    [Theory, MemberData(nameof(VectorsWithQuery))]
    public void Any_changed_query_value_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        var pairs = v.Query.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var changed = pairs.ToArray();
            changed[i] += "x";
            (v with { Target = v.Path + "?" + string.Join('&', changed) }).Verifies().ShouldBeFalse($"{label}: {changed[i]}");
        }
        // One byte inside a percent-encoded UTF-8 sequence (ü is %C3%BC).
        v.Query.ShouldContain("%C3%BC");
        (v with { Target = v.Target.Replace("%C3%BC", "%C3%BD") }).Verifies().ShouldBeFalse(label);
    }

    [Theory, MemberData(nameof(Vectors))]
    public void An_added_query_key_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        var separator = v.Query.Length > 0 ? "&" : "?";
        (v with { Target = v.Target + separator + "marker=1" }).Verifies().ShouldBeFalse($"{label}: marker=1");
        (v with { Target = v.Target + separator + "marker" }).Verifies().ShouldBeFalse($"{label}: bare key");
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Any_changed_signed_header_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        var signed = v.Authorization.SignedHeaders;
        signed.ShouldContain("host");
        signed.ShouldContain("x-sdk-date");
        foreach (var name in signed)
        {
            var value = v.Header(name)!;
            var changed = name switch
            {
                "x-sdk-date" => "20261202T161459Z", // one second later, still a valid date
                "host" => value.Replace(":37035", ":37036"),
                _ => value + "x",
            };
            changed.ShouldNotBe(value);
            v.WithHeader(name, changed).Verifies().ShouldBeFalse($"{label}: {name}");
        }
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Headers_that_are_not_signed_may_change_freely(int index, string label)
    {
        var v = SdkVector.All[index];
        var signed = v.Authorization.SignedHeaders;
        var unsigned = v.Headers.Select(h => h.Name)
            .Where(n => !signed.Contains(n.ToLowerInvariant()) && !n.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .ToList();
        unsigned.ShouldContain("Accept");
        foreach (var name in unsigned)
            v.WithHeader(name, "changed").Verifies().ShouldBeTrue($"{label}: {name}");
        v.WithHeader("X-Extra", "added").Verifies().ShouldBeTrue($"{label}: a header added");
    }

    [Theory, MemberData(nameof(Vectors))]
    public void A_changed_body_byte_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        if (v.Body.Length == 0)
        {
            (v with { Body = [(byte)'{'] }).Verifies().ShouldBeFalse($"{label}: a byte added");
            return;
        }
        foreach (var at in new[] { 0, v.Body.Length / 2, v.Body.Length - 1 })
        {
            var body = v.Body.ToArray();
            body[at] ^= 0x01;
            (v with { Body = body }).Verifies().ShouldBeFalse($"{label}: byte {at}");
        }
        (v with { Body = [.. v.Body, (byte)' '] }).Verifies().ShouldBeFalse($"{label}: a byte appended");
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Another_secret_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        v.Verifies(SdkVector.SecretKey[..^1] + "0").ShouldBeFalse(label);
        v.Verifies(SdkVector.SecretKey + " ").ShouldBeFalse(label);
        v.Verifies("").ShouldBeFalse(label);
    }

    [Theory, MemberData(nameof(Vectors))]
    public void Any_changed_signature_digit_fails(int index, string label)
    {
        var v = SdkVector.All[index];
        var signature = v.Authorization.Signature;
        for (var i = 0; i < signature.Length; i++)
        {
            var other = signature[i] == '0' ? '1' : '0';
            v.Verifies(signature: signature[..i] + other + signature[(i + 1)..]).ShouldBeFalse($"{label}: digit {i}");
        }
    }

    [Fact]
    public void Matches_ignores_hex_case_and_refuses_what_is_not_hex()
    {
        var hex = SdkVector.All[0].Authorization.Signature;
        SdkSignature.Matches(hex, hex.ToUpperInvariant()).ShouldBeTrue();
        SdkSignature.Matches(hex, hex[..^1]).ShouldBeFalse();
        SdkSignature.Matches(hex, hex[..^1] + "g").ShouldBeFalse();
        SdkSignature.Matches("", "").ShouldBeFalse();
    }

    [Fact]
    public void Sign_is_hmac_sha256_in_lowercase_hex()
    {
        // RFC 4231 test case 2.
        SdkSignature.Sign("Jefe"u8, "what do ya want for nothing?")
            .ShouldBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        SdkSignature.StringToSign("20261202T161458Z", "")
            .ShouldBe("SDK-HMAC-SHA256\n20261202T161458Z\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    [Fact]
    public void The_canonical_request_is_built_as_the_sdk_builds_it()
    {
        var v = SdkVector.All.First(x => x.Query.Length > 0);
        var canonical = SdkSignature.CanonicalRequest(v.Method, v.Path, v.Query, v.Header, v.Authorization.SignedHeaders,
            SdkSignature.Sha256Hex(v.Body));
        canonical.ShouldBe(string.Join('\n',
            "GET",
            "/v1/job/scripts/",
            "limit=10&name_like=disk%20report%2F%C3%BC%2B%25&type=SHELL",
            "content-type:application/json\nhost:127.0.0.1:37035\nuser-agent:" + v.Header("User-Agent") +
            "\nx-project-id:0a1b2c3d4e5f60718293a4b5c6d7e8f9\nx-sdk-date:20261202T161458Z\n",
            "content-type;host;user-agent;x-project-id;x-sdk-date",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    [Theory]
    [InlineData("/v1/job/scripts", "/v1/job/scripts/")]
    [InlineData("/v1/job/scripts/", "/v1/job/scripts/")]
    [InlineData("/", "/")]
    [InlineData("/a%2Fb/c", "/a/b/c/")] // the path is decoded before it is split, as the SDKs do: an encoded slash is a slash
    [InlineData("/a%2fb%2F", "/a/b/")]
    [InlineData("/%7e%41%c3%bc", "/~A%C3%BC/")] // decoded, then encoded again in uppercase
    [InlineData("/ü ~!", "/%C3%BC%20~%21/")]
    [InlineData("/a+b", "/a%2Bb/")]
    [InlineData("/100%", "/100%25/")] // a % that starts no escape is a literal %
    [InlineData("/%zz", "/%25zz/")]
    public void Canonical_uri(string rawPath, string expected) =>
        Line(SdkSignature.CanonicalRequest("GET", rawPath, "", Headers, ["host"], ""), 1).ShouldBe(expected);

    [Theory]
    [InlineData("", "")]
    [InlineData("b=2&a=1", "a=1&b=2")]
    [InlineData("a=2&a=10&a=1", "a=1&a=10&a=2")] // a repeated key's values sorted too
    [InlineData("flag&a=1", "a=1&flag=")] // a key without '=' has the empty value
    [InlineData("a=x+y", "a=x%2By")] // a literal '+' is a '+', not a space
    [InlineData("a=x%20y&b=%7e", "a=x%20y&b=~")]
    [InlineData("a=1&&b=2&", "a=1&b=2")] // empty pairs are not pairs
    [InlineData("a=b=c", "a=b%3Dc")] // only the first '=' separates
    [InlineData("B=1&a=1&_=1", "B=1&_=1&a=1")] // ordinal order
    [InlineData("k=%F0%9F%98%80&k=%EF%BD%81", "k=%EF%BD%81&k=%F0%9F%98%80")] // by code point, as Python sorts, not UTF-16
    public void Canonical_query(string rawQuery, string expected) =>
        Line(SdkSignature.CanonicalRequest("GET", "/", rawQuery, Headers, ["host"], ""), 2).ShouldBe(expected);

    [Fact]
    public void Canonical_headers_are_trimmed_and_in_the_signed_order()
    {
        var values = new Dictionary<string, string> { ["host"] = " h:1 ", ["x-sdk-date"] = "\t20261202T161458Z " };
        var canonical = SdkSignature.CanonicalRequest("PUT", "/", "", n => values.GetValueOrDefault(n), ["host", "x-sdk-date"], "ab");
        canonical.ShouldBe("PUT\n/\n\nhost:h:1\nx-sdk-date:20261202T161458Z\n\nhost;x-sdk-date\nab");
        Should.Throw<ArgumentException>(() => SdkSignature.CanonicalRequest("GET", "/", "", _ => null, ["host"], ""));
    }

    [Fact]
    public void A_vectors_authorization_parses()
    {
        var header = SdkVector.All[0].Header("Authorization")!;
        SdkSignature.TryParseAuthorization(header, out var auth, out var error).ShouldBeTrue(error);
        auth.AccessKey.ShouldBe(SdkVector.AccessKey);
        auth.SignedHeaders.ShouldBe(["content-type", "host", "user-agent", "x-project-id", "x-sdk-date"]);
        auth.Signature.ShouldBe("3b7939e0e480cb1a2a38ebd8ca9a583c0ae182dccd4ce41cddb4ec540433a30e");
    }

    [Theory]
    [InlineData("SDK-HMAC-SHA256 Access=AK,SignedHeaders=host;x-sdk-date,Signature=" + Hex64)]
    [InlineData("SDK-HMAC-SHA256 Access=AK,   SignedHeaders=host;x-sdk-date,  Signature=" + Hex64)]
    [InlineData("SDK-HMAC-SHA256 Signature=" + Hex64 + ", Access=AK, SignedHeaders=x-sdk-date;host")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64Upper)]
    public void Tolerated_authorization_spellings_parse(string header)
    {
        SdkSignature.TryParseAuthorization(header, out var auth, out var error).ShouldBeTrue(error);
        auth.AccessKey.ShouldBe("AK");
        auth.SignedHeaders.Order().ShouldBe(["host", "x-sdk-date"]);
        auth.Signature.Length.ShouldBe(64);
    }

    [Theory]
    [InlineData("", "scheme")]
    [InlineData("Bearer abc", "scheme")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AK/20261202/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + Hex64, "scheme")]
    [InlineData("SDK-HMAC-SHA1 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64, "scheme")]
    [InlineData("sdk-hmac-sha256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64, "scheme")]
    [InlineData("SDK-HMAC-SHA256", "scheme")]
    [InlineData("SDK-HMAC-SHA256 ", "Name=Value")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date", "Signature is missing")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, Signature=" + Hex64, "SignedHeaders is missing")]
    [InlineData("SDK-HMAC-SHA256 SignedHeaders=host;x-sdk-date, Signature=" + Hex64, "Access is missing")]
    [InlineData("SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=" + Hex64, "Access must")]
    [InlineData("SDK-HMAC-SHA256 Access=A K, SignedHeaders=host;x-sdk-date, Signature=" + Hex64, "Access must")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64, "twice")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64 + ", Date=x", "unknown part")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64 + ",", "Name=Value")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=zz" + Hex62, "64 hex")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex62, "64 hex")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + Hex64 + "0", "64 hex")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=", "64 hex")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=" + Hex64, "empty")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;x-sdk-date, Signature=" + Hex64, "include host")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host, Signature=" + Hex64, "include x-sdk-date")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;x-sdk-date, Signature=" + Hex64, "lowercase")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=" + Hex64, "lowercase")]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date;host, Signature=" + Hex64, "twice")]
    public void Malformed_authorization_is_refused_with_a_reason(string header, string reason)
    {
        SdkSignature.TryParseAuthorization(header, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void A_good_sdk_date_parses_as_utc()
    {
        SdkSignature.TryParseSdkDate("20261202T161458Z", out var at).ShouldBeTrue();
        at.ShouldBe(new DateTimeOffset(2026, 12, 2, 16, 14, 58, TimeSpan.Zero));
        at.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20261202T161458")]
    [InlineData("20261202T161458z")]
    [InlineData("2026-12-02T16:14:58Z")]
    [InlineData("20261202161458Z")]
    [InlineData(" 20261202T161458Z")]
    [InlineData("20261202T161458Z ")]
    [InlineData("20261202T161458+0000")]
    [InlineData("20261202T161458.5Z")]
    [InlineData("20261302T161458Z")]
    [InlineData("20261232T161458Z")]
    [InlineData("20261202T246000Z")]
    [InlineData("Wed, 02 Dec 2026 16:14:58 GMT")]
    [InlineData("２０２６1202T161458Z")]
    public void A_bad_sdk_date_is_refused(string value) =>
        SdkSignature.TryParseSdkDate(value, out _).ShouldBeFalse();

    private const string Hex64 = "3b7939e0e480cb1a2a38ebd8ca9a583c0ae182dccd4ce41cddb4ec540433a30e";
    private const string Hex64Upper = "3B7939E0E480CB1A2A38EBD8CA9A583C0AE182DCCD4CE41CDDB4EC540433A30E";
    private const string Hex62 = "7939e0e480cb1a2a38ebd8ca9a583c0ae182dccd4ce41cddb4ec540433a30e";

    private static string? Headers(string name) => name == "host" ? "h" : null;

    private static string Line(string canonical, int index) => canonical.Split('\n')[index];

    private static string TargetQuery(SdkVector v) => v.Query.Length > 0 ? "?" + v.Query : "";
}
