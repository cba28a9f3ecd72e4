using System.Net;
using System.Text.Json.Nodes;
using Drover.Server.Agents;
using Microsoft.Extensions.DependencyInjection;
using static Drover.IntegrationTests.Api.ApiKit;
using PythonSigner = Drover.IntegrationTests.Security.Rest.PythonSigner;
using Rest = Drover.IntegrationTests.Security.Rest.Rest;

namespace Drover.IntegrationTests.Api.Edge;

/// <summary>
/// Request rate limits (docs/semantics.md, "Limits per caller"): a budget per authenticated caller and one per source
/// address, each small here through the server's configuration. Past it: 429, <c>Retry-After</c>, COC's throttling
/// error, and nothing changes. Budgets of 3600 s refill one permit every few minutes, so nothing refills mid-test.
/// </summary>
public sealed class RateLimitTests
{
    private sealed record Answer(int Status, string? RetryAfter, Reply Reply);

    private static async Task<Answer> SendAsync(TestDrover d, HttpMethod method, string path, string? token, string? body = null,
        string? forwardedFor = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(d.ApiUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Add("X-Auth-Token", token);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? parsed = null;
        try { parsed = text.Length == 0 ? null : JsonNode.Parse(text); } catch (System.Text.Json.JsonException) { }
        var retryAfter = response.Headers.TryGetValues("Retry-After", out var v) ? v.Single() : null;
        return new Answer((int)response.StatusCode, retryAfter, new Reply((int)response.StatusCode, text, parsed));
    }

    private static void ShouldBeThrottled(Answer a, string policy, int limit)
    {
        a.Reply.ShouldBeError(429, "APIG.0308").ShouldContain($"policy {policy} over ratelimit,limit:{limit}");
        a.RetryAfter.ShouldNotBeNull("429 without Retry-After");
        int.Parse(a.RetryAfter, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 3600);
    }

    [Fact]
    public async Task A_caller_past_its_budget_gets_429_with_Retry_After_and_other_callers_go_on()
    {
        await using var d = await TestDrover.StartAsync(
            "--Drover:RateLimits:PerCaller:Permits=20", "--Drover:RateLimits:PerCaller:WindowSeconds=3600");
        var alice = await d.CreateUserAsync("alice");
        var bob = await d.CreateUserAsync("bob");

        for (var i = 0; i < 20; i++)
            (await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", alice.Token)).Status.ShouldBe(200, $"request {i + 1} of 20");
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", alice.Token), "user", 20);

        // A refused write changes nothing.
        var scripts = await d.ScriptTotalAsync();
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Post, "/v1/job/scripts", alice.Token, ScriptBody("throttled").ToJsonString()), "user", 20);
        (await d.ScriptTotalAsync()).ShouldBe(scripts);

        // The budget is the user's: a fresh token (logging in is not limited per caller) does not refill it.
        var again = await d.LoginAsync(alice.Name);
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", again), "user", 20);

        // Nor does signing with one of the user's access keys (made by the bootstrap admin).
        var rest = new Rest(d.ApiUrl);
        var (access, secret) = await rest.AccessKeyAsync(alice.Id);
        var signed = await PythonSigner.SendAsync(rest, await PythonSigner.SignAsync(rest, access, secret, "GET", "/v1/job/scripts?limit=1"));
        signed.ShouldBeError(429, "APIG.0308").ShouldContain("policy user over ratelimit,limit:20");

        // Other callers, the bootstrap admin included, have their own budgets.
        (await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", bob.Token)).Status.ShouldBe(200);
        (await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", TestDrover.Token)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task An_address_past_its_budget_gets_429_before_authentication_and_X_Forwarded_For_is_not_trusted()
    {
        await using var d = await TestDrover.StartAsync(
            "--Drover:RateLimits:PerAddress:Permits=10", "--Drover:RateLimits:PerAddress:WindowSeconds=3600");
        // A flood of bad credentials: each spends the address's budget, whoever it claims to be.
        for (var i = 0; i < 10; i++)
            (await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", $"guess-{i}", forwardedFor: $"10.0.0.{i}")).Status.ShouldBe(401, $"request {i + 1} of 10");
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", "guess"), "ip", 10);
        // The address is the connection's: a forwarded-for header names no other one.
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", "guess", forwardedFor: "192.0.2.77"), "ip", 10);
        // A valid credential from the same address waits too, and so does a login.
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", TestDrover.Token), "ip", 10);
        ShouldBeThrottled(await SendAsync(d, HttpMethod.Post, "/v3/auth/tokens", null, "{}"), "ip", 10);
        // Health checks are not API calls.
        using var http = new HttpClient();
        (await http.GetAsync($"{d.ApiUrl}/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_agents_port_is_not_limited()
    {
        await using var d = await TestDrover.StartAsync(
            "--Drover:RateLimits:PerAddress:Permits=10", "--Drover:RateLimits:PerAddress:WindowSeconds=3600");
        // The enrollment is made through the API; then the address's API budget is spent.
        await d.StartAgentAsync("edge-agent", waitOnline: false);
        Answer last;
        var sent = 0;
        do
        {
            last = await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", "guess");
            sent++;
        } while (last.Status != 429 && sent < 20);
        ShouldBeThrottled(last, "ip", 10);
        // The agent still connects and registers over gRPC from the same address.
        var sessions = d.Services.GetRequiredService<AgentSessions>();
        await TestDrover.WaitUntilAsync(() => Task.FromResult(sessions.Count == 1), TimeSpan.FromSeconds(60), "the agent to connect");
    }

    [Theory]
    [InlineData("--Drover:RateLimits:PerCaller:Permits=0", "Drover:RateLimits")]
    [InlineData("--Drover:RateLimits:PerAddress:WindowSeconds=0", "Drover:RateLimits")]
    [InlineData("--Drover:BodyLimits:SmallBytes=10", "Drover:BodyLimits")]
    [InlineData("--Drover:BodyLimits:MaxBytes=2048", "Drover:BodyLimits")]
    public async Task Nonsense_limits_stop_the_start_naming_the_setting(string setting, string named)
    {
        var e = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => TestDrover.StartAsync(setting));
        e.Message.ShouldContain(named);
    }

    [Fact]
    public async Task Limits_can_be_turned_off()
    {
        await using var d = await TestDrover.StartAsync(
            "--Drover:RateLimits:Enabled=false", "--Drover:RateLimits:PerCaller:Permits=2", "--Drover:RateLimits:PerAddress:Permits=2");
        for (var i = 0; i < 10; i++)
            (await SendAsync(d, HttpMethod.Get, "/v1/job/scripts?limit=1", TestDrover.Token)).Status.ShouldBe(200, $"request {i + 1}");
    }
}
