using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Cli;

/// <summary>
/// An HTTP handler that answers the CLI with canned responses and records what it was sent, to check the CLI's side
/// of the wire (bodies, headers) without a server.
/// </summary>
internal sealed class StubApi : HttpMessageHandler
{
    public sealed record Sent(HttpMethod Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
    }

    private readonly List<(HttpMethod Method, string Path, Func<Sent, HttpResponseMessage> Answer)> routes = [];

    public List<Sent> Requests { get; } = [];

    public StubApi On(HttpMethod method, string path, Func<Sent, HttpResponseMessage> answer)
    {
        routes.Add((method, path, answer));
        return this;
    }

    public StubApi On(HttpMethod method, string path, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        On(method, path, _ => Json(json, status));

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
        var sent = new Sent(request.Method, request.RequestUri!.PathAndQuery, headers, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
        Requests.Add(sent);
        var path = request.RequestUri.AbsolutePath;
        foreach (var (method, p, answer) in routes)
            if (method == request.Method && p == path) return answer(sent);
        return Json("""{"error_code":"STUB.404","error_msg":"no such route in the stub"}""", HttpStatusCode.NotFound);
    }
}
