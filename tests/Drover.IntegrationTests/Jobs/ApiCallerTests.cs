using System.Collections.Concurrent;
using System.Text.Json;
using Drover.Domain.Jobs;
using Drover.Server.Jobs.ApiStep;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drover.IntegrationTests.Jobs;

/// <summary>
/// A real HTTP server on two loopback ports: <see cref="Url"/> is allowed in the tests, <see cref="OtherUrl"/> is not,
/// so "no request was sent" can be checked on the server itself.
/// </summary>
public sealed class LocalApi : IAsyncLifetime
{
    public int Port { get; } = FreePort.Next();
    public int OtherPort { get; } = FreePort.Next();
    public string Url => $"http://127.0.0.1:{Port}";
    public string OtherUrl => $"http://127.0.0.1:{OtherPort}";

    /// <summary>"port METHOD /path?query" of every request received.</summary>
    public ConcurrentQueue<string> Hits { get; } = new();

    private WebApplication? app;

    public bool Received(string marker) => Hits.Any(h => h.Contains(marker));

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Url, OtherUrl);
        app = builder.Build();
        app.Use((ctx, next) =>
        {
            Hits.Enqueue($"{ctx.Connection.LocalPort} {ctx.Request.Method} {ctx.Request.Path}{ctx.Request.QueryString}");
            return next(ctx);
        });
        app.MapGet("/servers", () => Results.Json(new
        {
            servers = new[] { new { id = "s1", name = "web 1" }, new { id = "s2", name = "web 2" } },
            count = 2,
        }));
        app.MapMethods("/echo", ["GET", "POST", "PUT", "PATCH", "DELETE"], async (HttpContext ctx) =>
        {
            var body = await new StreamReader(ctx.Request.Body).ReadToEndAsync();
            var custom = ctx.Request.Headers.Where(h => h.Key.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            return Results.Json(new
            {
                method = ctx.Request.Method,
                contentType = ctx.Request.ContentType,
                headers = custom,
                // Whether it arrived, not its value: the value must never show up in a result.
                hasAuthorization = ctx.Request.Headers.ContainsKey("Authorization"),
                body,
            });
        });
        app.MapMethods("/head", ["HEAD"], () => Results.Text("not sent for HEAD"));
        app.MapGet("/loop", (HttpContext ctx) =>
        {
            ctx.Response.StatusCode = 302;
            ctx.Response.Headers.Location = "/loop";
        });
        app.MapGet("/status/{code:int}", (int code) => Results.Text($"boom {code}: the server says no", statusCode: code));
        app.MapGet("/slow", async (HttpContext ctx) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
            return Results.Json(new { late = true });
        });
        app.MapGet("/text", () => Results.Text("plain text, not JSON"));
        app.MapGet("/big", () => Results.Text("{\"data\":\"" + new string('x', 5000) + "\"}", "application/json"));
        app.MapMethods("/redirect", ["GET", "POST"], (HttpContext ctx) =>
        {
            ctx.Response.StatusCode = int.Parse(ctx.Request.Query["code"].FirstOrDefault() ?? "302");
            ctx.Response.Headers.Location = ctx.Request.Query["to"].ToString();
        });
        await app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync();
    }
}

/// <summary>Keeps every log line, so a test can prove a secret never reached the log.</summary>
public sealed class CapturingLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturingLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}

public class ApiCallerTests(LocalApi api) : IClassFixture<LocalApi>
{
    private const string Secret = "s3cr3t-T0KEN-value";
    private readonly CapturingLogs logs = new();

    private ApiCaller Caller(IEnumerable<string>? allowed = null, int? maxResponseBytes = null, int? maxTimeout = null)
    {
        var settings = new Dictionary<string, string?>();
        var i = 0;
        foreach (var host in allowed ?? [$"127.0.0.1:{api.Port}"])
            settings[$"Drover:Jobs:Api:AllowedHosts:{i++}"] = host;
        if (maxResponseBytes is { } m)
            settings["Drover:Jobs:Api:MaxResponseBytes"] = m.ToString();
        if (maxTimeout is { } t)
            settings["Drover:Jobs:Api:MaxTimeoutSeconds"] = t.ToString();
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddApiStep(config)
            .BuildServiceProvider();
        return services.GetRequiredService<ApiCaller>();
    }

    private static ApiCallRequest Get(string url, params StepOutput[] outputs) => new("GET", url, null, null, 10, outputs);

    private static StepOutput Out(string name, string selector) => new(name, selector, "String");

    private static string Marker() => "m=" + Guid.NewGuid().ToString("N");

    private void NoSecretAnywhere(ApiCallResult result)
    {
        result.Message.ShouldNotContain(Secret);
        result.Outputs.Values.ShouldAllBe(v => !v.Contains(Secret));
        logs.Lines.ShouldAllBe(l => !l.Contains(Secret));
    }

    [Fact]
    public async Task Get_with_outputs_selects_each_value()
    {
        var result = await Caller().CallAsync(
            Get($"{api.Url}/servers", Out("servers", ".servers"), Out("first", ".servers[0].id"), Out("last", ".servers[-1].name"), Out("count", ".count")),
            CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.StatusCode.ShouldBe(200);
        result.Outputs["servers"].ShouldBe("""[{"id":"s1","name":"web 1"},{"id":"s2","name":"web 2"}]""");
        result.Outputs["first"].ShouldBe("s1");
        result.Outputs["last"].ShouldBe("web 2");
        result.Outputs["count"].ShouldBe("2");
        result.Message.ShouldStartWith($"GET {api.Url}/servers → 200 OK\n");
        result.Message.ShouldContain("\"servers\":[");
        logs.Lines.ShouldContain(l => l.Contains($"executeAPI GET {api.Url}/servers: Succeeded 200"));
    }

    [Fact]
    public async Task Post_sends_the_body_and_headers_and_keeps_header_values_out_of_results_and_logs()
    {
        var headers = JsonSerializer.Serialize(new Dictionary<string, string> { ["X-Custom"] = "abc", ["Authorization"] = "Bearer " + Secret });
        var request = new ApiCallRequest("post", $"{api.Url}/echo", headers, """{"name":"x"}""", 10,
            [Out("method", ".method"), Out("type", ".contentType"), Out("custom", """.headers["x-custom"]"""), Out("auth", ".hasAuthorization"), Out("body", ".body")]);

        var result = await Caller().CallAsync(request, CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["method"].ShouldBe("POST");
        result.Outputs["type"].ShouldBe("application/json");
        result.Outputs["custom"].ShouldBe("abc");
        result.Outputs["auth"].ShouldBe("true");
        result.Outputs["body"].ShouldBe("""{"name":"x"}""");
        result.Message.ShouldStartWith($"POST {api.Url}/echo → 200 OK");
        NoSecretAnywhere(result);
    }

    [Fact]
    public async Task Content_type_header_replaces_the_json_default()
    {
        var request = new ApiCallRequest("PUT", $"{api.Url}/echo", """{"Content-Type":"text/plain; charset=utf-8"}""", "héllo", 10,
            [Out("type", ".contentType"), Out("body", ".body"), Out("method", ".method")]);

        var result = await Caller().CallAsync(request, CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["type"].ShouldBe("text/plain; charset=utf-8");
        result.Outputs["body"].ShouldBe("héllo");
        result.Outputs["method"].ShouldBe("PUT");
    }

    [Fact]
    public async Task No_body_sends_no_content_type()
    {
        var result = await Caller().CallAsync(new ApiCallRequest("DELETE", $"{api.Url}/echo", "{}", "", 10, [Out("type", ".contentType")]), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["type"].ShouldBe("null");
    }

    [Fact]
    public async Task Head_without_outputs_succeeds()
    {
        var result = await Caller().CallAsync(new ApiCallRequest("HEAD", $"{api.Url}/head", null, null, 10, []), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Message.ShouldBe($"HEAD {api.Url}/head → 200 OK");
        result.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task Non_2xx_fails_with_method_url_status_and_the_start_of_the_body()
    {
        var result = await Caller().CallAsync(Get($"{api.Url}/status/503", Out("x", ".x")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Failed);
        result.StatusCode.ShouldBe(503);
        result.Message.ShouldBe($"GET {api.Url}/status/503 → 503 Service Unavailable: boom 503: the server says no");
        result.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_slow_answer_times_out()
    {
        var started = DateTime.UtcNow;
        var result = await Caller().CallAsync(new ApiCallRequest("GET", $"{api.Url}/slow", null, null, 1, []), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.TimedOut);
        result.StatusCode.ShouldBeNull();
        result.Message.ShouldBe($"GET {api.Url}/slow timed out after 1 s");
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Canceling_the_caller_token_is_not_a_timeout()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Should.ThrowAsync<OperationCanceledException>(() =>
            Caller().CallAsync(new ApiCallRequest("GET", $"{api.Url}/slow", null, null, 30, []), cts.Token));
    }

    [Fact]
    public async Task A_host_not_allowed_is_refused_before_any_request()
    {
        var marker = Marker();
        var result = await Caller().CallAsync(Get($"{api.OtherUrl}/servers?{marker}"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Refused);
        result.StatusCode.ShouldBeNull();
        result.Message.ShouldBe($"host 127.0.0.1:{api.OtherPort} is not allowed: add it to Drover:Jobs:Api:AllowedHosts");
        api.Received(marker).ShouldBeFalse();
        logs.Lines.ShouldContain(l => l.Contains("Warning") && l.Contains("refused"));
    }

    [Fact]
    public async Task An_empty_allow_list_allows_nothing()
    {
        var marker = Marker();
        var result = await Caller(allowed: []).CallAsync(Get($"{api.Url}/servers?{marker}"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Refused);
        result.Message.ShouldContain("Drover:Jobs:Api:AllowedHosts");
        api.Received(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task A_host_entry_without_port_allows_every_port()
    {
        var result = await Caller(allowed: ["127.0.0.1"]).CallAsync(Get($"{api.OtherUrl}/servers", Out("n", ".count")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["n"].ShouldBe("2");
    }

    [Fact]
    public async Task A_redirect_to_a_host_not_allowed_is_not_followed()
    {
        var marker = Marker();
        var target = Uri.EscapeDataString($"{api.OtherUrl}/servers?{marker}");
        var result = await Caller().CallAsync(Get($"{api.Url}/redirect?to={target}", Out("n", ".count")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Refused);
        result.StatusCode.ShouldBe(302);
        result.Message.ShouldContain($"redirect to {api.OtherUrl}/servers?{marker} not followed");
        result.Message.ShouldContain($"host 127.0.0.1:{api.OtherPort} is not allowed");
        api.Received(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task A_redirect_within_the_allow_list_is_followed()
    {
        var result = await Caller().CallAsync(Get($"{api.Url}/redirect?to=/servers", Out("first", ".servers[0].id")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["first"].ShouldBe("s1");
        result.Message.ShouldStartWith($"GET {api.Url}/redirect?to=/servers (redirected: GET {api.Url}/servers) → 200 OK");
    }

    [Fact]
    public async Task A_303_after_a_post_becomes_a_get_without_the_body()
    {
        var request = new ApiCallRequest("POST", $"{api.Url}/redirect?code=303&to=/echo", null, """{"a":1}""", 10, [Out("method", ".method"), Out("body", ".body")]);

        var result = await Caller().CallAsync(request, CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["method"].ShouldBe("GET");
        result.Outputs["body"].ShouldBe("");
    }

    [Fact]
    public async Task A_307_keeps_the_method_and_body()
    {
        var request = new ApiCallRequest("POST", $"{api.Url}/redirect?code=307&to=/echo", null, """{"a":1}""", 10, [Out("method", ".method"), Out("body", ".body")]);

        var result = await Caller().CallAsync(request, CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["method"].ShouldBe("POST");
        result.Outputs["body"].ShouldBe("""{"a":1}""");
    }

    [Fact]
    public async Task A_redirect_to_another_allowed_origin_drops_the_authorization_header()
    {
        var target = Uri.EscapeDataString($"{api.OtherUrl}/echo");
        var headers = $$"""{"Authorization":"Bearer {{Secret}}","X-Custom":"kept"}""";
        var request = new ApiCallRequest("GET", $"{api.Url}/redirect?to={target}", headers, null, 10, [Out("auth", ".hasAuthorization"), Out("custom", """.headers["x-custom"]""")]);

        var result = await Caller(allowed: ["127.0.0.1"]).CallAsync(request, CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded, result.Message);
        result.Outputs["auth"].ShouldBe("false");
        result.Outputs["custom"].ShouldBe("kept");
        NoSecretAnywhere(result);
    }

    [Fact]
    public async Task Endless_redirects_fail()
    {
        var marker = Marker();
        var result = await Caller().CallAsync(Get($"{api.Url}/loop?{marker}"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Failed);
        result.StatusCode.ShouldBe(302);
        result.Message.ShouldBe($"GET {api.Url}/loop?{marker} (redirected: GET {api.Url}/loop) → 302 Found: more than 5 redirects");
        api.Hits.Count(h => h.Contains("/loop")).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Theory]
    [InlineData("not json", "it is not valid JSON")]
    [InlineData("[\"a\"]", "headers must be a JSON object of strings, not array")]
    [InlineData("{\"X-Num\": 1}", "header X-Num must be a string, not number")]
    [InlineData("{\"Bad Name\": \"v\"}", "header name \"Bad Name\" is not a valid HTTP header name")]
    [InlineData("{\"Host\": \"evil.example\"}", "header Host is set by Drover and cannot be given")]
    [InlineData("{\"X-Split\": \"a\\r\\nX-Injected: " + Secret + "\"}", "header X-Split has a value with line breaks")]
    [InlineData("{\"X-Wide\": \"中文" + Secret + "\"}", "header X-Wide has a value with line breaks, control or non-ASCII characters")]
    public async Task Bad_headers_are_refused_without_echoing_values(string headersJson, string expected)
    {
        var marker = Marker();
        var result = await Caller().CallAsync(new ApiCallRequest("GET", $"{api.Url}/echo?{marker}", headersJson, null, 10, []), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Refused);
        result.Message.ShouldContain(expected);
        api.Received(marker).ShouldBeFalse();
        NoSecretAnywhere(result);
    }

    [Theory]
    [InlineData("TRACE", "{api}/echo", 10, "method 'TRACE' is not supported: use one of GET, POST, PUT, PATCH, DELETE, HEAD")]
    [InlineData("", "{api}/echo", 10, "method '' is not supported")]
    [InlineData("GET", "ftp://127.0.0.1/x", 10, "url 'ftp://127.0.0.1/x' is not an absolute http:// or https:// URL")]
    [InlineData("GET", "/relative/path", 10, "url '/relative/path' is not an absolute http:// or https:// URL")]
    [InlineData("GET", "{api}/echo", 0, "timeout 0 s is outside 1..300 s (Drover:Jobs:Api:MaxTimeoutSeconds)")]
    [InlineData("GET", "{api}/echo", 301, "timeout 301 s is outside 1..300 s")]
    public async Task Requests_breaking_the_rules_are_refused(string method, string url, int timeout, string expected)
    {
        var result = await Caller().CallAsync(new ApiCallRequest(method, url.Replace("{api}", api.Url), null, null, timeout, []), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Refused);
        result.Message.ShouldStartWith(expected);
    }

    [Fact]
    public async Task Credentials_in_the_url_are_refused_and_not_echoed()
    {
        var result = await Caller().CallAsync(Get($"http://admin:{Secret}@127.0.0.1:{api.Port}/echo"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Refused);
        result.Message.ShouldContain("credentials");
        NoSecretAnywhere(result);
    }

    [Fact]
    public async Task A_missing_selector_value_fails_naming_the_output_and_selector()
    {
        var result = await Caller().CallAsync(Get($"{api.Url}/servers", Out("first", ".servers[0].id"), Out("third", ".servers[2].id")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Failed);
        result.StatusCode.ShouldBe(200);
        result.Message.ShouldStartWith(
            $"GET {api.Url}/servers → 200 OK: output 'third' (.servers[2].id) not found: selector .servers[2].id: index 2 out of range (2 items) (at .servers[2])");
        result.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_non_json_answer_with_outputs_fails_naming_the_output()
    {
        var result = await Caller().CallAsync(Get($"{api.Url}/text", Out("value", ".value")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Failed);
        result.Message.ShouldBe($"GET {api.Url}/text → 200 OK: output 'value' cannot be selected: the response is not JSON: plain text, not JSON");
    }

    [Fact]
    public async Task A_non_json_answer_without_outputs_succeeds()
    {
        var result = await Caller().CallAsync(Get($"{api.Url}/text"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded);
        result.Message.ShouldBe($"GET {api.Url}/text → 200 OK\nplain text, not JSON");
    }

    [Fact]
    public async Task A_large_answer_is_cut_with_a_marker()
    {
        var result = await Caller(maxResponseBytes: 100).CallAsync(Get($"{api.Url}/big"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Succeeded);
        result.Message.ShouldBe($"GET {api.Url}/big → 200 OK\n{{\"data\":\"{new string('x', 91)}\n… [cut at 100 bytes: Drover:Jobs:Api:MaxResponseBytes]");
    }

    [Fact]
    public async Task Outputs_cannot_be_picked_from_a_cut_answer()
    {
        var result = await Caller(maxResponseBytes: 100).CallAsync(Get($"{api.Url}/big", Out("data", ".data")), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Failed);
        result.Message.ShouldContain("output 'data' cannot be selected: the response is larger than 100 bytes");
    }

    [Fact]
    public async Task Nothing_listening_fails()
    {
        var port = FreePort.Next();
        var result = await Caller(allowed: [$"127.0.0.1:{port}"]).CallAsync(Get($"http://127.0.0.1:{port}/x"), CancellationToken.None);

        result.Outcome.ShouldBe(ApiCallOutcome.Failed);
        result.StatusCode.ShouldBeNull();
        result.Message.ShouldStartWith($"GET http://127.0.0.1:{port}/x failed: ");
    }

    [Fact]
    public void A_malformed_allow_list_entry_fails_at_startup()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Drover:Jobs:Api:AllowedHosts:0"] = "127.0.0.1:8080",
            ["Drover:Jobs:Api:AllowedHosts:1"] = "http://example.com/",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddApiStep(config).BuildServiceProvider();

        var e = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<ApiStepOptions>>().CurrentValue);
        e.Message.ShouldContain("Drover:Jobs:Api:AllowedHosts:1: 'http://example.com/' is not a host");
    }

    [Theory]
    [InlineData("example.com", "http://EXAMPLE.com/x", true)]
    [InlineData("example.com", "https://example.com:8443/x", true)]
    [InlineData("example.com:443", "https://example.com/x", true)]
    [InlineData("example.com:443", "http://example.com/x", false)]
    [InlineData("example.com", "http://api.example.com/x", false)]
    [InlineData("example.com", "http://example.com.evil.net/x", false)]
    [InlineData("10.0.0.5:8080", "http://10.0.0.5:8080/", true)]
    [InlineData("10.0.0.5:8080", "http://10.0.0.5:8081/", false)]
    [InlineData("[::1]:5000", "http://[::1]:5000/", true)]
    [InlineData("[::1]", "http://[0:0:0:0:0:0:0:1]:9/", true)]
    [InlineData("::1", "http://[::1]:9/", true)]
    [InlineData("[::1]:5000", "http://[::1]:5001/", false)]
    public void Allow_list_entries_match_host_and_port(string entry, string url, bool allowed)
    {
        AllowedHost.Parse(entry, out var host).ShouldBeNull();
        host!.Allows(new Uri(url)).ShouldBe(allowed);
    }

    [Theory]
    [InlineData("", "empty entry")]
    [InlineData("https://example.com", "is not a host")]
    [InlineData("*.example.com", "is not a host")]
    [InlineData("example.com:0", "port must be 1..65535")]
    [InlineData("example.com:http", "port must be 1..65535")]
    [InlineData("[::1", "is not a bracketed IPv6 address")]
    [InlineData("[::1]5000", "expected ':port' after ']'")]
    [InlineData("bad host", "is not a host name or address")]
    public void Malformed_allow_list_entries_are_named(string entry, string expected) =>
        AllowedHost.Parse(entry, out _).ShouldNotBeNull().ShouldContain(expected);
}
