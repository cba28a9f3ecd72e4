using static Drover.IntegrationTests.Api.ApiKit;
using PythonSigner = Drover.IntegrationTests.Security.Rest.PythonSigner;
using Rest = Drover.IntegrationTests.Security.Rest.Rest;

namespace Drover.IntegrationTests.Api.Edge;

/// <summary>
/// Body size limits per endpoint (docs/semantics.md, "Body size limits"): a body over its endpoint's limit is 413 in
/// COC's shape naming the limit, whether it announces its length or comes chunked, and nothing changes. Script and
/// job bodies follow their content caps.
/// </summary>
public sealed class BodyLimitTests(BodyLimitTests.Fixture fixture) : IClassFixture<BodyLimitTests.Fixture>
{
    public sealed class Fixture : DroverFixture
    {
        protected override string[] ServerArgs => ["--Drover:BodyLimits:SmallBytes=4096"];
    }

    private TestDrover D => fixture.D;

    private static string Padded(string json, int bytes) => json.TrimEnd('}') + ",\"pad\":\"" + new string('p', bytes) + "\"}";

    [Fact]
    public async Task An_operation_over_the_small_limit_is_413_naming_the_limit()
    {
        var r = await D.SendAsync(HttpMethod.Put, $"/v1/job/script/orders/{MissingTicket}/operation", Padded("{\"operation_type\":\"PAUSE_ORDER\"}", 5000));
        r.ShouldBeError(413, "COC.00010004").ShouldContain("4096 bytes");
        // Just under it, the operation is read and judged as usual.
        (await D.SendAsync(HttpMethod.Put, $"/v1/job/script/orders/{MissingTicket}/operation", Padded("{\"operation_type\":\"PAUSE_ORDER\"}", 3000)))
            .ShouldBe400("COC.00040709");
    }

    [Fact]
    public async Task A_signed_body_over_the_limit_is_413_before_its_signature_is_checked()
    {
        // The signature covers the body's hash, so authentication reads the body: the endpoint's limit holds there too.
        var rest = new Rest(D.ApiUrl);
        var user = await D.CreateUserAsync("signer");
        var (access, secret) = await rest.AccessKeyAsync(user.Id);
        var path = $"/v1/job/script/orders/{MissingTicket}/operation";
        var over = await PythonSigner.SignAsync(rest, access, secret, "PUT", path, Padded("{\"operation_type\":\"PAUSE_ORDER\"}", 5000));
        (await PythonSigner.SendAsync(rest, over)).ShouldBeError(413, "COC.00010004").ShouldContain("4096 bytes");
        var under = await PythonSigner.SignAsync(rest, access, secret, "PUT", path, Padded("{\"operation_type\":\"PAUSE_ORDER\"}", 3000));
        (await PythonSigner.SendAsync(rest, under)).ShouldBe400("COC.00040709");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_too()
    {
        var body = Padded("{\"auth\":{}}", 6000);
        var chunked = $"POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{body.Length:x}\r\n{body}\r\n0\r\n\r\n";
        var r = await RawHttp.SendAsync(D.ApiUrl, chunked);
        r.AsReply().ShouldBeError(413, "COC.00010004").ShouldContain("4096 bytes");
    }

    [Fact]
    public async Task A_script_at_its_content_cap_fits_and_one_far_over_it_is_413_and_not_stored()
    {
        var scripts = await D.ScriptTotalAsync();
        // Nearly 100 KB of script, every byte after "echo " written as a six-byte JSON escape: about the most a client
        // can send for a script that fits.
        var content = "echo " + string.Concat(Enumerable.Repeat("\\u0061", 100_000));
        var json = ScriptBody("at_cap").ToJsonString();
        var at = json.IndexOf("\"content\":\"", StringComparison.Ordinal) + 11;
        var end = json.IndexOf('"', at);
        var big = json[..at] + content + json[end..];
        (await D.SendAsync(HttpMethod.Post, "/v1/job/scripts", big)).Ok();
        var over = json[..at] + new string('x', 2 * 1024 * 1024) + json[end..];
        var r = await D.SendAsync(HttpMethod.Post, "/v1/job/scripts", over);
        r.ShouldBeError(413, "COC.00010004").ShouldContain("POST /v1/job/scripts");
        (await D.ScriptTotalAsync()).ShouldBe(scripts + 1);
    }

    [Fact]
    public async Task A_job_body_at_its_content_cap_fits()
    {
        var content = Documents.DocumentKit.Content("cap") + "# " + new string('#', 60_000) + "\n";
        var r = await D.SendAsync(HttpMethod.Post, "/v1/documents", Documents.DocumentKit.Body("cap_job", content).ToJsonString());
        r.Status.ShouldNotBe(413, r.Text);
    }
}
