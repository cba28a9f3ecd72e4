using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Drover.IntegrationTests.Api;

namespace Drover.IntegrationTests.Security.Rest;

/// <summary>A user the tests made: its id, name, password and (once logged in) a token.</summary>
public sealed record TestUser(string Id, string Name, string Password, string Token);

/// <summary>An answer with its headers (for <c>X-Subject-Token</c>).</summary>
public sealed record HeadedReply(Reply Reply, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// Drover's REST doors as an outsider sees them: raw HTTP to a server's address (in this process or a process of its own),
/// and the identity chores the security tests share (a project, a user with a role, a token, an access key).
/// </summary>
public sealed class Rest(string apiUrl)
{
    public const string Forbidden = "common.01010003";
    public const string Unauthorized = "common.01010001";
    public const string DefaultPassword = "correct-horse-battery-9";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public string ApiUrl { get; } = apiUrl;

    /// <summary>host:port as the client sends it in <c>Host</c>.</summary>
    public string Host => new Uri(ApiUrl).Authority;

    /// <summary>Sends with the bootstrap secret unless <paramref name="token"/> says otherwise (null or "" = no token).</summary>
    public async Task<Reply> SendAsync(HttpMethod method, string path, string? body = null, string? project = null,
        string? token = TestDrover.Token, IReadOnlyDictionary<string, string>? headers = null) =>
        (await SendWithHeadersAsync(method, path, body, project, token, headers)).Reply;

    public async Task<HeadedReply> SendWithHeadersAsync(HttpMethod method, string path, string? body = null, string? project = null,
        string? token = TestDrover.Token, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(ApiUrl + path));
        if (!string.IsNullOrEmpty(token)) request.Headers.Add("X-Auth-Token", token);
        if (project is not null) request.Headers.Add("x-project-id", project);
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(k, v);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var response = await Http.SendAsync(request);
        return await ReadAsync(response);
    }

    /// <summary>Sends a request exactly as given: raw path and query, these headers (Host is the client's), these body bytes.</summary>
    public async Task<Reply> SendRawAsync(string method, string pathAndQuery, IReadOnlyDictionary<string, string> headers, byte[]? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(ApiUrl + pathAndQuery, UriKind.Absolute));
        if (body is not null) request.Content = new ByteArrayContent(body);
        foreach (var (k, v) in headers)
        {
            if (k.Equals("content-type", StringComparison.OrdinalIgnoreCase)) request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(v);
            else if (!k.Equals("host", StringComparison.OrdinalIgnoreCase)) request.Headers.TryAddWithoutValidation(k, v).ShouldBeTrue(k);
        }
        using var response = await Http.SendAsync(request);
        return (await ReadAsync(response)).Reply;
    }

    private static async Task<HeadedReply> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? parsed = null;
        try { parsed = text.Length == 0 ? null : JsonNode.Parse(text); } catch (System.Text.Json.JsonException) { }
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new HeadedReply(new Reply((int)response.StatusCode, text, parsed), headers);
    }

    public Task<Reply> GetAsync(string path, string? project = null, string? token = TestDrover.Token) =>
        SendAsync(HttpMethod.Get, path, null, project, token);

    public Task<Reply> PostAsync(string path, JsonNode body, string? project = null, string? token = TestDrover.Token) =>
        SendAsync(HttpMethod.Post, path, body.ToJsonString(), project, token);

    public Task<Reply> PutAsync(string path, JsonNode body, string? project = null, string? token = TestDrover.Token) =>
        SendAsync(HttpMethod.Put, path, body.ToJsonString(), project, token);

    public Task<Reply> DeleteAsync(string path, string? project = null, string? token = TestDrover.Token) =>
        SendAsync(HttpMethod.Delete, path, null, project, token);

    // ---- identities ----

    /// <summary>A new project (as the bootstrap admin); answers its id (32 hex).</summary>
    public async Task<string> NewProjectAsync(string? name = null)
    {
        var data = (await PostAsync("/v1/iam/projects", new JsonObject { ["name"] = name ?? "p-" + Guid.NewGuid().ToString("N")[..10] })).Ok();
        return data["id"].Str();
    }

    /// <summary>A new user with <paramref name="role"/> in <paramref name="project"/>, created by the bootstrap admin, and logged in (unscoped).</summary>
    public async Task<TestUser> NewUserAsync(string project, string role, string? name = null, string password = DefaultPassword)
    {
        name ??= role + "-" + Guid.NewGuid().ToString("N")[..10];
        var created = (await PostAsync("/v1/iam/users", new JsonObject
        {
            ["name"] = name, ["password"] = password, ["project_id"] = project, ["role"] = role,
        }, project)).Ok();
        var token = await LoginAsync(name, password);
        return new TestUser(created["id"].Str(), name, password, token);
    }

    /// <summary>Gives (or changes) the user's role in a project, as the bootstrap admin.</summary>
    public async Task GrantAsync(string userId, string project, string role) =>
        (await PostAsync($"/v1/iam/users/{userId}/roles", new JsonObject { ["project_id"] = project, ["role"] = role }, project)).Ok();

    public static JsonObject PasswordBody(string name, string password, string? scopeProjectId = null)
    {
        var body = new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject
                {
                    ["methods"] = new JsonArray("password"),
                    ["password"] = new JsonObject
                    {
                        ["user"] = new JsonObject { ["name"] = name, ["password"] = password, ["domain"] = new JsonObject { ["name"] = "drover" } },
                    },
                },
            },
        };
        if (scopeProjectId is not null)
            body["auth"]!["scope"] = new JsonObject { ["project"] = new JsonObject { ["id"] = scopeProjectId } };
        return body;
    }

    /// <summary>Keystone's password login; answers the token from <c>X-Subject-Token</c>.</summary>
    public async Task<string> LoginAsync(string name, string password = DefaultPassword, string? scopeProjectId = null)
    {
        var r = await SendWithHeadersAsync(HttpMethod.Post, "/v3/auth/tokens", PasswordBody(name, password, scopeProjectId).ToJsonString(), token: null);
        r.Reply.Status.ShouldBe(201, r.Reply.Text);
        return r.Headers["X-Subject-Token"];
    }

    /// <summary>A new access key of the user (as <paramref name="token"/>): (access, secret).</summary>
    public async Task<(string Access, string Secret)> AccessKeyAsync(string userId, string? token = TestDrover.Token)
    {
        var data = (await SendAsync(HttpMethod.Post, $"/v1/iam/users/{userId}/access-keys", "{}", token: token)).Ok();
        return (data["access"].Str(), data["secret"].Str());
    }

    /// <summary>The project's audit log (as the bootstrap admin), newest first, one page of up to 1000.</summary>
    public async Task<JsonArray> AuditAsync(string project, string query = "")
    {
        var sep = query.Length == 0 ? "?" : "&";
        return (await GetAsync($"/v1/audit{(query.Length == 0 ? "" : "?" + query)}{sep}limit=1000", project)).Ok()["data"]!.AsArray();
    }

    /// <summary>The COC error of a reply, with any of <paramref name="ids"/> replaced by &lt;id&gt;: for "answers like a missing id".</summary>
    public static string Normalized(Reply r, params string[] ids)
    {
        var text = r.Text;
        foreach (var id in ids) text = text.Replace(id, "<id>", StringComparison.Ordinal);
        return $"{r.Status} {text}";
    }
}

/// <summary>One request as a client would sign it: what goes on the wire, and what the signature covers.</summary>
public sealed record SignedCall(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public SignedCall WithHeader(string name, string value)
    {
        var h = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value };
        return this with { Headers = h };
    }
}

/// <summary>
/// An SDK-HMAC-SHA256 signer independent of the server's code: a small Python program that follows the Huawei Cloud SDK's
/// algorithm (canonical request → string to sign → HMAC), run as a process.
/// </summary>
public static class PythonSigner
{
    private const string Program = """
        import hashlib, hmac, json, sys
        from urllib.parse import quote, unquote

        def enc(s):
            return quote(s, safe='~')

        req = json.load(sys.stdin)
        method = req["method"]
        target = req["target"]
        path, _, query = target.partition("?")
        headers = {k.lower(): v for k, v in req["headers"].items()}
        signed = sorted(req["signed"])
        body = bytes.fromhex(req["body_hex"])

        uri = "/".join(enc(seg) for seg in unquote(path).split("/"))
        if not uri.endswith("/"):
            uri += "/"
        pairs = []
        for part in query.split("&"):
            if part == "":
                continue
            k, _, v = part.partition("=")
            pairs.append((unquote(k), unquote(v)))
        pairs.sort()
        canonical_query = "&".join(enc(k) + "=" + enc(v) for k, v in pairs)
        canonical_headers = "".join(name + ":" + headers[name].strip() + "\n" for name in signed)
        canonical = "\n".join([method, uri, canonical_query, canonical_headers, ";".join(signed), hashlib.sha256(body).hexdigest()])
        string_to_sign = "\n".join(["SDK-HMAC-SHA256", headers["x-sdk-date"], hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
        signature = hmac.new(req["secret"].encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
        print("SDK-HMAC-SHA256 Access=%s, SignedHeaders=%s, Signature=%s" % (req["access"], ";".join(signed), signature))
        """;

    private static readonly Lazy<string> ScriptPath = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"drover-sdk-signer-{Environment.ProcessId}.py");
        File.WriteAllText(path, Program);
        return path;
    });

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A signed call: <c>Host</c> (the server's host:port), <c>X-Sdk-Date</c> (now + <paramref name="skew"/>), the given
    /// headers (all signed), <c>Content-Type</c> when there is a body, and <c>Authorization</c>.
    /// </summary>
    public static async Task<SignedCall> SignAsync(Rest rest, string access, string secret, string method, string pathAndQuery,
        string? body = null, IReadOnlyDictionary<string, string>? headers = null, TimeSpan skew = default)
    {
        var h = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Host"] = rest.Host,
            ["X-Sdk-Date"] = Date(DateTimeOffset.UtcNow + skew),
        };
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        if (body is not null) h["Content-Type"] = "application/json";
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) h[k] = v;
        h["Authorization"] = await AuthorizationAsync(access, secret, method, pathAndQuery, h, bytes);
        return new SignedCall(method, pathAndQuery, h, bytes);
    }

    /// <summary>Runs the Python signer over the request; every header given is signed.</summary>
    public static async Task<string> AuthorizationAsync(string access, string secret, string method, string pathAndQuery,
        IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        var input = new JsonObject
        {
            ["access"] = access, ["secret"] = secret, ["method"] = method, ["target"] = pathAndQuery,
            ["headers"] = new JsonObject(headers.Where(kv => !kv.Key.Equals("authorization", StringComparison.OrdinalIgnoreCase))
                .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["signed"] = new JsonArray(headers.Keys.Where(k => !k.Equals("authorization", StringComparison.OrdinalIgnoreCase))
                .Select(k => (JsonNode)k.ToLowerInvariant()).ToArray()),
            ["body_hex"] = Convert.ToHexStringLower(body),
        };
        var start = new ProcessStartInfo("python3", [ScriptPath.Value])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var p = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        await p.StandardInput.WriteAsync(input.ToJsonString());
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        p.ExitCode.ShouldBe(0, await stderr);
        return (await stdout).Trim();
    }

    public static Task<Reply> SendAsync(this Rest rest, SignedCall call) => rest.SendRawAsync(call.Method, call.PathAndQuery, call.Headers, call.Body);
}

/// <summary>Helpers shared by the security classes over a <see cref="TestDrover"/>.</summary>
public static class TestDroverRest
{
    public static Rest Rest(this TestDrover d) => new(d.ApiUrl);
}
