using System.Text;
using Drover.Server.Security.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Drover.IntegrationTests.Security;

/// <summary>
/// <see cref="SignedRequest.ReadAsync"/> over an <see cref="HttpRequest"/> built from each captured vector: the raw
/// target, headers and body it reads must verify, and the endpoint must still find the whole body.
/// </summary>
public sealed class SdkSignatureRequestTests
{
    private const long Limit = 1 << 20;

    public static TheoryData<int, string> Vectors() => SdkSignatureTests.Vectors();

    [Theory, MemberData(nameof(Vectors))]
    public async Task A_vector_read_from_a_request_verifies_and_its_body_can_be_read_again(int index, string label)
    {
        var v = SdkVector.All[index];
        var request = Build(v);

        var parts = (await SignedRequest.ReadAsync(request, Limit, CancellationToken.None)).ShouldNotBeNull(label);

        parts.IsWellFormed.ShouldBeTrue(parts.Problem);
        parts.AccessKey.ShouldBe(SdkVector.AccessKey);
        parts.SdkDate.ShouldBe("20261202T161458Z");
        parts.SignedAt.ShouldBe(new DateTimeOffset(2026, 12, 2, 16, 14, 58, TimeSpan.Zero));
        parts.Verify(Encoding.UTF8.GetBytes(SdkVector.SecretKey)).ShouldBeTrue(label);
        parts.Verify(SdkVector.SecretKey).ShouldBeTrue(label);
        parts.Verify("not-the-secret"u8).ShouldBeFalse(label);

        request.Body.Position.ShouldBe(0);
        (await ReadBody(request)).ShouldBe(v.Body, label);
    }

    [Fact]
    public async Task The_raw_target_is_what_counts_not_the_decoded_path()
    {
        var v = SdkVector.All.First(x => x.Query.Length > 0);
        var request = Build(v);
        // What routing sees is decoded; the signature covers what was sent. Change only the raw target.
        request.HttpContext.Features.Get<IHttpRequestFeature>()!.RawTarget = v.Target.Replace("limit=10", "limit=11");
        var parts = (await SignedRequest.ReadAsync(request, Limit, CancellationToken.None)).ShouldNotBeNull();
        parts.IsWellFormed.ShouldBeTrue(parts.Problem);
        parts.Verify(SdkVector.SecretKey).ShouldBeFalse();
    }

    [Fact]
    public async Task A_request_that_claims_no_sdk_signature_is_left_to_others()
    {
        var v = SdkVector.All[0];
        var withoutAuthorization = Build(v);
        withoutAuthorization.Headers.Remove("Authorization");
        (await SignedRequest.ReadAsync(withoutAuthorization, Limit, CancellationToken.None)).ShouldBeNull();

        var bearer = Build(v.WithHeader("Authorization", "Bearer abc"));
        (await SignedRequest.ReadAsync(bearer, Limit, CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [InlineData("UNSIGNED-PAYLOAD")]
    [InlineData("unsigned-payload")]
    public async Task An_unsigned_payload_is_refused(string value)
    {
        var v = SdkVector.All.First(x => x.Body.Length > 0).WithHeader("X-Sdk-Content-Sha256", value);
        var parts = await Read(v);
        parts.IsWellFormed.ShouldBeFalse();
        parts.Problem.ShouldContain("UNSIGNED-PAYLOAD");
        parts.Verify(SdkVector.SecretKey).ShouldBeFalse();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: no Content-Length, so only counting the bytes finds it
    public async Task A_body_over_the_limit_is_refused_and_left_rewound(bool withContentLength)
    {
        var v = SdkVector.All.First(x => x.Body.Length > 0);
        var request = Build(v);
        if (!withContentLength) request.ContentLength = null;

        var parts = (await SignedRequest.ReadAsync(request, v.Body.Length - 1, CancellationToken.None)).ShouldNotBeNull();

        parts.IsWellFormed.ShouldBeFalse();
        parts.Problem.ShouldContain($"at most {v.Body.Length - 1} bytes");
        // Refused early (Content-Length) the body is untouched; refused while counting it is rewound: whole either way.
        (await ReadBody(request)).ShouldBe(v.Body);

        var exactly = (await SignedRequest.ReadAsync(Build(v), v.Body.Length, CancellationToken.None)).ShouldNotBeNull();
        exactly.Verify(SdkVector.SecretKey).ShouldBeTrue(exactly.Problem);
    }

    [Fact]
    public async Task A_signed_header_sent_twice_is_refused_not_joined()
    {
        var v = SdkVector.All[0];
        var request = Build(v);
        request.Headers.Append("X-Project-Id", "another");
        var parts = (await SignedRequest.ReadAsync(request, Limit, CancellationToken.None)).ShouldNotBeNull();
        parts.Problem.ShouldBe("signed header 'x-project-id' is sent more than once");
    }

    [Fact]
    public async Task A_missing_signed_header_is_refused()
    {
        var request = Build(SdkVector.All[0]);
        request.Headers.Remove("User-Agent");
        var parts = (await SignedRequest.ReadAsync(request, Limit, CancellationToken.None)).ShouldNotBeNull();
        parts.Problem.ShouldBe("signed header 'user-agent' is missing");
    }

    [Fact]
    public async Task A_bad_sdk_date_is_refused()
    {
        var parts = await Read(SdkVector.All[0].WithHeader("X-Sdk-Date", "2026-12-02T16:14:58Z"));
        parts.Problem.ShouldNotBeNull().ShouldContain("X-Sdk-Date");
    }

    [Fact]
    public async Task A_malformed_authorization_is_refused_with_the_parsers_reason()
    {
        var v = SdkVector.All[0];
        var header = v.Header("Authorization")!;
        var parts = await Read(v.WithHeader("Authorization", header[..header.IndexOf(", Signature=", StringComparison.Ordinal)]));
        parts.Problem.ShouldBe("Authorization: Signature is missing");

        var twice = Build(v);
        twice.Headers.Append("Authorization", header);
        (await SignedRequest.ReadAsync(twice, Limit, CancellationToken.None)).ShouldNotBeNull()
            .Problem.ShouldBe("Authorization is sent more than once");
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("http://127.0.0.1:37035/v1/job/scripts")]
    public async Task A_target_that_is_not_a_path_is_refused(string target)
    {
        var parts = await Read(SdkVector.All[0] with { Target = target });
        parts.Problem.ShouldBe("the request target must be a path");
    }

    private static async Task<byte[]> ReadBody(HttpRequest request)
    {
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<SignedRequestParts> Read(SdkVector v) =>
        (await SignedRequest.ReadAsync(Build(v), Limit, CancellationToken.None)).ShouldNotBeNull();

    /// <summary>The request as Kestrel would hand it over: raw target, headers as sent, the body as an unbuffered stream.</summary>
    private static HttpRequest Build(SdkVector v)
    {
        var ctx = new DefaultHttpContext();
        var feature = ctx.Features.Get<IHttpRequestFeature>()!;
        feature.RawTarget = v.Target;
        var request = ctx.Request;
        request.Method = v.Method;
        if (v.Target.StartsWith('/')) request.Path = v.Path;
        foreach (var (name, value) in v.Headers) request.Headers.Append(name, value);
        request.Body = new ForwardOnlyStream(v.Body);
        request.ContentLength = v.Body.Length;
        return request;
    }

    /// <summary>A request body as the server gives it: readable once, not seekable, so buffering is really needed.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
