using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>Credentials (reference §1.4, semantics §1/§5): no or a wrong X-Auth-Token is COC's 401 on every API, and does nothing.</summary>
public sealed class AuthTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;

    private static IEnumerable<(string Method, string Path, string? Body)> Endpoints()
    {
        var create = ScriptBody("auth_script").ToJsonString();
        var exec = ExecuteBody([["h"]]).ToJsonString();
        yield return ("POST", "/v1/job/scripts", create);
        yield return ("GET", "/v1/job/scripts?limit=10", null);
        yield return ("GET", $"/v1/job/scripts/{MissingScript}", null);
        yield return ("PUT", $"/v1/job/scripts/{MissingScript}", create);
        yield return ("DELETE", $"/v1/job/scripts/{MissingScript}", null);
        yield return ("POST", $"/v1/job/scripts/{MissingScript}", exec);
        yield return ("POST", $"/v1/job/scripts/{MissingScript}/action", "{\"status\":\"APPROVED\"}");
        yield return ("GET", "/v1/job/script/orders", null);
        yield return ("GET", $"/v1/job/script/orders/{MissingTicket}", null);
        yield return ("GET", $"/v1/job/script/orders/{MissingTicket}/statistics", null);
        yield return ("GET", $"/v1/job/script/orders/{MissingTicket}/batches", null);
        yield return ("GET", $"/v1/job/script/orders/{MissingTicket}/batches/1?limit=10", null);
        yield return ("PUT", $"/v1/job/script/orders/{MissingTicket}/operation", "{\"operation_type\":\"CANCEL_ORDER\"}");
        yield return ("GET", $"/v1/job/script/orders/{MissingTicket}/instances/1/output", null);
        yield return ("GET", "/v1/agents", null);
        yield return ("GET", "/v1/no/such/api", null);
        // Malformed input is not looked at before the caller is known.
        yield return ("POST", "/v1/job/scripts", "{not json");
    }

    [Theory]
    [InlineData("")]
    [InlineData("wrong-token")]
    [InlineData("test-admin-token-and-more")]
    [InlineData("TEST-ADMIN-TOKEN")]
    [InlineData("test-admin-toke")]
    public async Task Every_API_answers_401_common_01010001_without_a_valid_token(string token)
    {
        var before = await D.ScriptTotalAsync();
        foreach (var (method, path, body) in Endpoints())
        {
            var r = await D.SendAsync(new HttpMethod(method), path, body, token: token);
            var msg = r.ShouldBeError(401, "common.01010001");
            msg.ShouldBe("Token missing or invalid.", $"{method} {path}");
        }
        (await D.ScriptTotalAsync()).ShouldBe(before);
        (await D.GetAsync("/v1/job/scripts?limit=10&name_like=auth_script")).Ok()["total"].Long().ShouldBe(0);
    }

    [Fact]
    public async Task The_health_check_needs_no_token_and_the_API_works_with_one()
    {
        var health = await D.SendAsync(HttpMethod.Get, "/healthz", token: "");
        health.Status.ShouldBe(200);
        (await D.SendAsync(HttpMethod.Get, "/v1/job/scripts?limit=1")).Ok().ShouldHaveKeys("total", "data");
    }

    [Fact]
    public async Task A_malformed_project_header_is_refused_by_name()
    {
        var r = await D.SendAsync(HttpMethod.Get, "/v1/job/scripts?limit=1", project: "bad project");
        r.ShouldBe400("COC.00010002").ShouldStartWith("x-project-id:");
        // An empty header is the default project.
        (await D.SendAsync(HttpMethod.Get, "/v1/job/scripts?limit=1", project: "")).Ok();
    }
}
