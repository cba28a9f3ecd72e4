using System.Text;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// "Never a 500 for anything a client sent" (semantics §1): a barrage of malformed bodies, queries, ids, methods and
/// content types at every endpoint; each answer must be a 4xx in COC's error shape.
/// </summary>
public sealed class MalformedRequestTests(MalformedRequestTests.Fixture fixture) : IClassFixture<MalformedRequestTests.Fixture>
{
    public sealed class Fixture : DroverFixture
    {
        public string Script { get; private set; } = "";
        public string Ticket { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Script = await D.CreateScriptAsync(ScriptBody("fuzz_target", "echo ${who}", parameters: [Param("who", "x")]));
            Ticket = await D.ExecuteAsync(Script, ExecuteBody([["ghost-1"], ["ghost-2"]]));
            await D.WaitForStatusAsync(Ticket, "ABNORMAL");
        }
    }

    private TestDrover D => fixture.D;

    private static readonly string[] Bodies =
    [
        "", " ", "{", "}", "[", "]", "{}", "[]", "null", "true", "0", "-1", "\"text\"", "{\"a\":", "{\"a\" 1}", "{'single':'quotes'}",
        "{\"a\":1,}", "/* comment */ {}", "{\"a\":1}{\"b\":2}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1e999}",
        new string('[', 5000) + new string(']', 5000),
        new string('{', 1) + string.Concat(Enumerable.Repeat("\"a\":{", 200)) + string.Concat(Enumerable.Repeat("}", 201)),
        "{\"name\":\"\\ud800\"}", "{\"content\":\"\\ud800\",\"description\":\"\\udfff\"}", "{\"name\":\"\\u0000\"}",
        "{\"name\":[],\"type\":{},\"content\":1,\"description\":true,\"properties\":[],\"script_params\":\"x\"}",
        "{\"name\":null,\"type\":null,\"content\":null,\"description\":null,\"properties\":null,\"script_params\":null}",
        "{\"script_params\":[null,1,\"x\",[]]}",
        "{\"properties\":{\"risk_level\":1,\"version\":[],\"reviewers\":[null,1,{}],\"protocol\":{}}}",
        "{\"execute_param\":null,\"execute_batches\":null}",
        "{\"execute_param\":{},\"execute_batches\":[]}",
        "{\"execute_param\":{\"timeout\":1e10,\"success_rate\":1e400}}",
        "{\"execute_param\":{\"timeout\":\"NaN\",\"success_rate\":\"NaN\"}}",
        "{\"execute_param\":{\"timeout\":60,\"success_rate\":\"Infinity\",\"execute_user\":\"root\"},\"execute_batches\":[{}]}",
        "{\"execute_param\":{\"timeout\":60,\"success_rate\":100,\"execute_user\":\"root\",\"script_params\":[null,{},{\"param_name\":1}]},\"execute_batches\":[null]}",
        "{\"execute_param\":{\"timeout\":60,\"success_rate\":100,\"execute_user\":\"root\"},\"execute_batches\":[{\"batch_index\":1,\"rotation_strategy\":\"CONTINUE\",\"target_instances\":[null,1]}]}",
        "{\"execute_param\":{\"timeout\":60,\"success_rate\":100,\"execute_user\":\"root\"},\"execute_batches\":[{\"batch_index\":2147483648,\"rotation_strategy\":\"CONTINUE\",\"target_instances\":[{\"resource_id\":\"h\",\"region_id\":\"r\"}]}]}",
        "{\"execute_param\":{\"timeout\":60,\"success_rate\":100,\"execute_user\":\"root\"},\"execute_batches\":[{\"batch_index\":-2147483648,\"rotation_strategy\":\"CONTINUE\",\"target_instances\":[{\"resource_id\":\"h\",\"region_id\":\"r\",\"custom_attributes\":[null,{}]}]}]}",
        "{\"execute_param\":{\"timeout\":60,\"success_rate\":-0.0,\"execute_user\":\"root\"},\"execute_batches\":[{\"batch_index\":1,\"rotation_strategy\":\"CONTINUE\",\"target_instances\":[{\"resource_id\":\"\",\"region_id\":\"\"}]}]}",
        "{\"operation_type\":null}", "{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":\"1\"}",
        "{\"operation_type\":\"SKIP_BATCH\",\"batch_index\":2147483648}", "{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":9223372036854775808}",
        "{\"operation_type\":\"CANCEL_INSTANCE\",\"instance_id\":-9223372036854775808}", "{\"operation_type\":\"RETRY_FAILED\",\"batch_index\":-1}",
        "{\"status\":null}", "{\"status\":\"APPROVED\",\"comments\":1}", "{\"status\":[\"APPROVED\"]}",
    ];

    private static readonly byte[][] RawBodies =
    [
        [0xff, 0xfe, 0xfd],
        [(byte)'{', (byte)'"', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xc3, 0x28, (byte)'"', (byte)'}'],
        [0xef, 0xbb, 0xbf, (byte)'{', (byte)'}'],
        Encoding.Unicode.GetBytes("{\"name\":\"x\"}"),
    ];

    private IEnumerable<(string Method, string Path)> WriteEndpoints()
    {
        var s = fixture.Script;
        var t = fixture.Ticket;
        yield return ("POST", "/v1/job/scripts");
        yield return ("PUT", $"/v1/job/scripts/{s}");
        yield return ("POST", $"/v1/job/scripts/{s}");
        yield return ("POST", $"/v1/job/scripts/{s}/action");
        yield return ("PUT", $"/v1/job/script/orders/{t}/operation");
    }

    private IEnumerable<string> ReadPaths()
    {
        var t = fixture.Ticket;
        yield return "/v1/job/scripts";
        yield return "/v1/job/script/orders";
        yield return $"/v1/job/script/orders/{t}/batches/1";
        yield return "/v1/agents";
    }

    private static readonly string[] Queries =
    [
        "limit", "limit=", "limit=%00", "limit=0x10", "limit=1e2", "limit=%2B5", "limit=%20%205", "limit=1&limit=2", "limit=9223372036854775808",
        "limit=-9223372036854775809", "limit=10&marker=", "limit=10&marker=1.0", "limit=10&marker=9223372036854775808", "limit=10&marker=-9223372036854775808",
        "limit=10&status=", "limit=10&status=%00", "limit=10&status=READY&status=FINISHED", "limit=10&type=SHELL&type=BAT",
        "limit=10&risk_level=%E2%82%AC", "limit=10&name_like=" + new string('n', 300), "limit=10&name_like=%25", "limit=10&name_like=_",
        "limit=10&name_like=%27%3B%20DROP%20TABLE%20scripts%3B--", "limit=10&creator=" + new string('c', 100),
        "limit=10&start_time=1e3", "limit=10&end_time=" + long.MaxValue + "0", "limit=10&region_id=" + new string('r', 40),
        "limit=10&resource_id=" + new string('r', 70), "limit=10&host_name=%00", "limit=10&enterprise_project_id=" + new string('e', 65),
    ];

    private static readonly string[] Ids =
    [
        "%20", "%2F", "a%2Fb", "%C3%A9", "%F0%9F%98%80", "%FF", new string('x', 300), new string('y', 2000), "SC" + new string('9', 23),
        "null", "-1", "'%3B--", "%25", "%5C",
    ];

    private readonly List<string> failures = [];

    private async Task CheckAsync(string what, Task<Reply> call)
    {
        Reply r;
        try
        {
            r = await call;
        }
        catch (Exception e)
        {
            failures.Add($"{what}: no answer ({e.GetType().Name}: {e.Message})");
            return;
        }
        try
        {
            r.ShouldBeCocError();
        }
        catch (Exception e)
        {
            failures.Add($"{what}: {r.Status} {r.Text[..Math.Min(r.Text.Length, 300)]} ({e.Message.Split('\n')[0]})");
        }
    }

    private void AssertNoFailures()
    {
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public async Task Malformed_bodies_at_every_write_endpoint_get_a_4xx_in_COCs_shape()
    {
        var scripts = await D.ScriptTotalAsync();
        foreach (var (method, path) in WriteEndpoints())
        {
            foreach (var body in Bodies)
                await CheckAsync($"{method} {path} body {body[..Math.Min(body.Length, 60)]}", D.SendAsync(new HttpMethod(method), path, body));
            foreach (var raw in RawBodies)
                await CheckAsync($"{method} {path} raw {Convert.ToHexString(raw)}", D.SendAsync(new HttpMethod(method), path, rawBody: raw));
            // No body at all, and content types that are not JSON.
            await CheckAsync($"{method} {path} no body", D.SendAsync(new HttpMethod(method), path));
            await CheckAsync($"{method} {path} text/plain", D.SendAsync(new HttpMethod(method), path, "name=x", contentType: "text/plain"));
            await CheckAsync($"{method} {path} form", D.SendAsync(new HttpMethod(method), path, "name=x&type=SHELL", contentType: "application/x-www-form-urlencoded"));
            await CheckAsync($"{method} {path} xml", D.SendAsync(new HttpMethod(method), path, "<name>x</name>", contentType: "application/xml"));
        }
        AssertNoFailures();
        (await D.ScriptTotalAsync()).ShouldBe(scripts);
        (await D.TicketTotalAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Malformed_queries_at_every_list_get_a_4xx_in_COCs_shape()
    {
        foreach (var path in ReadPaths())
            foreach (var q in Queries)
            {
                var r = await D.GetAsync($"{path}?{q}");
                // Some of these are fine for some lists (agents and tickets have a default limit, a long name_like just matches nothing).
                if (r.Status == 200)
                {
                    r.Ok();
                    continue;
                }
                await CheckAsync($"GET {path}?{q}", Task.FromResult(r));
            }
        AssertNoFailures();
    }

    [Fact]
    public async Task Malformed_ids_in_paths_get_a_4xx_in_COCs_shape()
    {
        var t = fixture.Ticket;
        foreach (var id in Ids)
        {
            await CheckAsync($"GET script {id}", D.SendAsync(HttpMethod.Get, $"/v1/job/scripts/{id}"));
            await CheckAsync($"PUT script {id}", D.SendAsync(HttpMethod.Put, $"/v1/job/scripts/{id}", ScriptBody("x").ToJsonString()));
            await CheckAsync($"DELETE script {id}", D.SendAsync(HttpMethod.Delete, $"/v1/job/scripts/{id}"));
            await CheckAsync($"POST script {id}", D.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{id}", ExecuteBody([["h"]]).ToJsonString()));
            await CheckAsync($"POST action {id}", D.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{id}/action", "{\"status\":\"APPROVED\"}"));
            await CheckAsync($"GET ticket {id}", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{id}"));
            await CheckAsync($"GET statistics {id}", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{id}/statistics"));
            await CheckAsync($"GET batches {id}", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{id}/batches"));
            await CheckAsync($"GET batch {id}/1", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{id}/batches/1?limit=10"));
            await CheckAsync($"GET batch {t}/{id}", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{t}/batches/{id}?limit=10"));
            await CheckAsync($"PUT operation {id}", D.SendAsync(HttpMethod.Put, $"/v1/job/script/orders/{id}/operation", "{\"operation_type\":\"CANCEL_ORDER\"}"));
            await CheckAsync($"GET output {t}/{id}", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{t}/instances/{id}/output"));
        }
        // A NUL in the path is not valid HTTP: Kestrel refuses the request line itself, before any API code runs
        // (400 with no body). Not a COC answer, but never a 500.
        (await D.SendAsync(HttpMethod.Get, "/v1/job/scripts/%00")).Status.ShouldBe(400);
        // The output extension's attempt query.
        foreach (var q in new[] { "attempt=0", "attempt=x", "attempt=99" })
            await CheckAsync($"GET output ?{q}", D.SendAsync(HttpMethod.Get, $"/v1/job/script/orders/{t}/instances/1/output?{q}"));
        AssertNoFailures();
    }

    [Fact]
    public async Task Wrong_methods_unknown_paths_and_bad_headers_get_a_4xx_in_COCs_shape()
    {
        var s = fixture.Script;
        var t = fixture.Ticket;
        foreach (var (method, path) in new[]
                 {
                     ("PATCH", "/v1/job/scripts"), ("DELETE", "/v1/job/scripts"), ("PUT", "/v1/job/scripts"),
                     ("PATCH", $"/v1/job/scripts/{s}"), ("GET", $"/v1/job/scripts/{s}/action"), ("DELETE", $"/v1/job/scripts/{s}/action"),
                     ("POST", "/v1/job/script/orders"), ("DELETE", $"/v1/job/script/orders/{t}"), ("POST", $"/v1/job/script/orders/{t}/operation"),
                     ("GET", $"/v1/job/script/orders/{t}/operation"), ("POST", "/v1/agents"), ("DELETE", "/v1/agents"),
                     ("GET", "/v1/job/public-scripts"), ("PATCH", "/v1/documents"), ("POST", "/v1/executions"), ("GET", "/v1/executions/instances"), ("PATCH", "/v1/executions"), ("GET", "/v1"), ("GET", "/v1/"),
                     ("GET", "/v1/nothing/here"), ("GET", "/v1/job/scripts/a/b/c"), ("GET", "/v1/" + new string('z', 3000)),
                 })
        {
            await CheckAsync($"{method} {path}", D.SendAsync(new HttpMethod(method), path, method is "GET" or "DELETE" ? null : "{}"));
        }
        foreach (var project in new[] { "a b", "a/b", new string('p', 65), "ü", "a;b" })
            await CheckAsync($"x-project-id {project}", SendWithProjectAsync(project));
        AssertNoFailures();
    }

    private async Task<Reply> SendWithProjectAsync(string project)
    {
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 }) { BaseAddress = new Uri(D.ApiUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/job/scripts?limit=1");
        request.Headers.Add("X-Auth-Token", TestDrover.Token);
        request.Headers.TryAddWithoutValidation("x-project-id", project);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply((int)response.StatusCode, text, text.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(text));
    }
}
