
namespace Drover.IntegrationTests.Api.Edge;

/// <summary>
/// Malformed HTTP on a raw socket (docs/semantics.md, "Malformed HTTP"). What reaches Drover is answered in COC's
/// shape with the status the framing problem calls for; what Kestrel refuses before any Drover code runs (request
/// line and header errors) is a bare 4xx, and the server goes on answering.
/// </summary>
public sealed class MalformedHttpTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;

    private const string Json = "Content-Type: application/json\r\n";

    private static string Post(string framing, string body) =>
        $"POST /v1/job/scripts HTTP/1.1\r\nHost: x\r\n{RawHttp.AdminHeader}{Json}Connection: close\r\n{framing}\r\n{body}";

    [Theory]
    [InlineData("bad chunk size", "Transfer-Encoding: chunked\r\n", "zz\r\n{}\r\n0\r\n\r\n", 400, "COC.00010003")]
    [InlineData("chunk size past 2^31", "Transfer-Encoding: chunked\r\n", "FFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n", 400, "COC.00010003")]
    [InlineData("chunk without its CRLF", "Transfer-Encoding: chunked\r\n", "2\r\n{}XX0\r\n\r\n", 400, "COC.00010003")]
    [InlineData("Content-Length past the body limit", "Content-Length: 99999999999999\r\n", "{}", 413, "COC.00010004")]
    [InlineData("chunked body past the body limit", "Transfer-Encoding: chunked\r\n", "", 413, "COC.00010004")]
    public async Task Malformed_bodies_reaching_Drover_get_the_right_status_in_COCs_shape(string what, string framing, string body, int status, string code)
    {
        if (body.Length == 0)
        {
            // A JSON string that goes on past the limit: the reader keeps reading until Kestrel stops it.
            var big = "{\"name\":\"" + new string('a', 2 * 1024 * 1024) + "\"}";
            body = $"{big.Length:x}\r\n{big}\r\n0\r\n\r\n";
        }
        var scripts = await D.ScriptTotalAsync();
        var r = await RawHttp.SendAsync(D.ApiUrl, Post(framing, body));
        r.AsReply().ShouldBeError(status, code);
        r.Status.ShouldBe(status, what);
        (await D.ScriptTotalAsync()).ShouldBe(scripts);
    }

    [Fact]
    public async Task A_body_shorter_than_its_Content_Length_times_out_with_408_in_COCs_shape()
    {
        // Kestrel's minimum body data rate (240 bytes/s after a 5 s grace) ends the wait for the missing bytes.
        var r = await RawHttp.SendAsync(D.ApiUrl, Post("Content-Length: 100\r\n", "{\"name\":"));
        r.AsReply().ShouldBeError(408, "COC.00010005").ShouldContain("request body");
    }

    [Theory]
    [InlineData("GET /nothing HTTP/1.1", 404)]
    [InlineData("POST /drover.agent.v1.AgentGateway/Connect HTTP/1.1", 404)]
    [InlineData("GET /healthz/x HTTP/1.1", 404)]
    [InlineData("OPTIONS * HTTP/1.1", 404)]
    [InlineData("CONNECT x:443 HTTP/1.1", 404, "x:443")]
    public async Task Answers_the_framework_would_leave_empty_carry_COCs_error_body(string requestLine, int status, string host = "x")
    {
        var r = await RawHttp.SendAsync(D.ApiUrl, $"{requestLine}\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        r.Status.ShouldBe(status, r.ToString());
        r.AsReply().ShouldBeCocError();
        r.Headers["content-type"].ShouldStartWith("application/json");
    }

    /// <summary>Refused by Kestrel while it parses the request line and headers: no Drover code runs, so no body can be written.</summary>
    public static TheoryData<string, string, int> RefusedByKestrel => new()
    {
        { "not a request line", "GARBAGE\r\nHost: x\r\n\r\n", 400 },
        { "no HTTP version", "GET /v1/job/scripts\r\nHost: x\r\n\r\n", 400 },
        { "%00 in the path", "GET /v1/job/scripts/%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "raw NUL in the path", "GET /v1/job/scripts/\0 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "raw 0xFF in the path", "GET /v1/job/scripts/\u00ff HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "space in the target", "GET /v1/job/ scripts HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "target without a leading slash", "GET v1/job/scripts HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "absolute target naming another host", "GET http://y/v1/job/scripts HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "asterisk target with a method other than OPTIONS", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 405 },
        { "CONNECT with a Host other than its target", "CONNECT x:443 HTTP/1.1\r\nHost: y\r\n\r\n", 400 },
        { "bad characters in the method", "G(T /v1/job/scripts HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "no Host", "GET /v1/job/scripts HTTP/1.1\r\n\r\n", 400 },
        { "two Hosts", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400 },
        { "invalid Host", "GET /v1/job/scripts HTTP/1.1\r\nHost: a b\r\n\r\n", 400 },
        { "header without a colon", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nBadHeader\r\n\r\n", 400 },
        { "space before a header's colon", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\n", 400 },
        { "NUL in a header value", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 400 },
        { "invalid UTF-8 in a header value", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nX-A: a\u00ffb\r\n\r\n", 400 },
        { "folded header", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n more\r\n\r\n", 400 },
        { "bare CR", "GET /v1/job/scripts HTTP/1.1\rHost: x\r\n\r\n", 400 },
        { "two different Content-Lengths", "POST /v1/job/scripts HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400 },
        { "a list as Content-Length", "POST /v1/job/scripts HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\n\r\n{}", 400 },
        { "negative Content-Length", "POST /v1/job/scripts HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400 },
        { "Transfer-Encoding not ending in chunked", "POST /v1/job/scripts HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400 },
        { "HTTP/1.0 POST without Content-Length", "POST /v1/job/scripts HTTP/1.0\r\nHost: x\r\n\r\n{}", 400 },
        { "HTTP/0.9", "GET /v1/job/scripts\r\n\r\n", 400 },
        { "request line over 8 KB", "GET /v1/" + new string('a', 20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "headers over 32 KB", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\nX-A: " + new string('a', 40_000) + "\r\n\r\n", 431 },
        { "over 100 headers", "GET /v1/job/scripts HTTP/1.1\r\nHost: x\r\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"X-{i}: 1\r\n")) + "\r\n", 431 },
        { "an HTTP version Kestrel does not speak", "GET /v1/job/scripts HTTP/1.2\r\nHost: x\r\n\r\n", 505 },
    };

    [Theory]
    [MemberData(nameof(RefusedByKestrel))]
    public async Task Requests_Kestrel_refuses_get_their_status_and_the_server_goes_on(string what, string request, int status)
    {
        var r = await RawHttp.SendAsync(D.ApiUrl, request);
        r.Status.ShouldBe(status, $"{what}: {r}");
        // The server is unharmed: the next request is answered as usual.
        (await D.GetAsync("/v1/job/scripts?limit=1")).Ok();
    }
}
