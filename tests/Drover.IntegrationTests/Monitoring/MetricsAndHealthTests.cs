using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Monitoring;

/// <summary><c>/metrics</c>, <c>/healthz</c> and <c>/readyz</c> (README, "Monitoring").</summary>
public sealed class MetricsAndHealthTests
{
    [Fact]
    public async Task Metrics_count_what_the_server_did_and_holds_under_drover_names_for_admins_only()
    {
        await using var d = await TestDrover.StartAsync();
        var h = await d.StartAgentAsync(d.Prefix + "-mx", simulate: 2);
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync("echo metered"), [[h[0], h[1]]]);
        await d.WaitForStatusAsync(uuid, "FINISHED");

        // A scrape as Prometheus makes it: a bearer token.
        using var scraper = new HttpClient { BaseAddress = new Uri(d.ApiUrl) };
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DroverClient.Token);
        var response = await scraper.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var text = await response.Content.ReadAsStringAsync();
        var samples = Parse(text);

        samples.Keys.ShouldAllBe(k => k.StartsWith("drover_", StringComparison.Ordinal));
        samples[@"drover_tickets{status=""FINISHED""}"].ShouldBeGreaterThanOrEqualTo(1);
        samples.ShouldContainKey(@"drover_tickets{status=""PROCESSING""}");
        samples[@"drover_agents_online{project=""default""}"].ShouldBeGreaterThanOrEqualTo(2);
        samples["drover_hosts_running"].ShouldBe(0);
        samples["drover_dispatch_latency_seconds_count"].ShouldBeGreaterThanOrEqualTo(2);
        samples["drover_output_bytes_total"].ShouldBeGreaterThanOrEqualTo(2 * "metered\n".Length);
        samples[@"drover_agent_admissions_total{outcome=""admitted""}"].ShouldBeGreaterThanOrEqualTo(1);
        // API latency by route pattern, never by path: no ticket id becomes a label.
        samples.Keys.ShouldContain(k => k.StartsWith(@"drover_api_request_duration_seconds_count{method=""GET"",route=""/v1/job/script/orders/{execute_uuid}"",code=""200""}", StringComparison.Ordinal));
        text.ShouldNotContain(uuid);

        // Anonymous: 401; a viewer or an operator: 403 (the metrics count every project).
        using (var anonymous = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
            (await anonymous.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var operatorUser = await d.CreateUserAsync("metrics-op", "operator");
        using (var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operatorUser.Token);
            var (status, _, message) = await DroverClient.ErrorOf(await http.GetAsync("/metrics"));
            status.ShouldBe(403);
            message.ShouldContain("admin");
        }
        var admin = await d.CreateUserAsync("metrics-admin", "admin");
        using (var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
        {
            http.DefaultRequestHeaders.Add("X-Auth-Token", admin.Token);
            (await http.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        using (var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl) })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
            (await http.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Health_and_readiness_answer_without_credentials()
    {
        await using var d = await TestDrover.StartAsync();
        using var probe = new HttpClient { BaseAddress = new Uri(d.ApiUrl) };
        (await probe.GetStringAsync("/healthz")).ShouldBe("ok");
        var r = await probe.GetAsync("/readyz");
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        body["ready"]!.GetValue<bool>().ShouldBeTrue();
        body["checks"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), c["ok"]!.GetValue<bool>())).ShouldBe([("database", true), ("cluster", true)]);
        r.Headers.Contains("X-Request-Id").ShouldBeTrue(); // every answer names its request id, as the logs do
    }

    /// <summary>The Prometheus text format's samples: series (name and labels) to value.</summary>
    private static Dictionary<string, double> Parse(string text) =>
        text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Series: l[..l.LastIndexOf(' ')], Value: double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .ToDictionary(x => x.Series, x => x.Value);
}

/// <summary><c>--log-format json</c>: one JSON object per line, each request logged once with its request id.</summary>
public sealed class StructuredLogTests
{
    [Fact]
    public async Task Json_logs_name_each_request_with_the_id_its_answer_carries()
    {
        var dir = Directory.CreateTempSubdirectory("drover-logs-").FullName;
        // At Information, as a server runs by default (the test rig starts its servers at Warning).
        using var server = new ServerProcess(dir, "--log-format", "json", "--Logging:LogLevel:Default=Information");
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.ApiUrl) };
        http.DefaultRequestHeaders.Add("X-Auth-Token", TestDrover.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/job/script/orders/SCTNOSUCH");
        request.Headers.Add("X-Request-Id", "req-log-7f3a");
        var answer = await http.SendAsync(request);
        answer.Headers.GetValues("X-Request-Id").Single().ShouldBe("req-log-7f3a");

        JsonNode? line = null;
        await TestDrover.WaitUntilAsync(() =>
        {
            line = server.AllOutput.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!)
                .FirstOrDefault(l => l["Category"]?.GetValue<string>() == "Drover.Requests" && l.ToJsonString().Contains("req-log-7f3a"));
            return Task.FromResult(line is not null);
        }, TimeSpan.FromSeconds(20), () => "the request's log line: " + server.AllOutput);
        line!["State"]!["Path"]!.GetValue<string>().ShouldBe("/v1/job/script/orders/SCTNOSUCH");
        line["State"]!["Status"]!.GetValue<int>().ShouldBe(400);
        // Every line of the server's log is JSON (the bootstrap notices before logging starts aside).
        server.AllOutput.Split('\n').Where(l => l.StartsWith('{')).Count().ShouldBeGreaterThan(3);
        server.AllOutput.ShouldNotContain("Executed DbCommand"); // EF Core's statement log is off by default
    }
}
