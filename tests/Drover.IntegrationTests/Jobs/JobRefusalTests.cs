using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Jobs;

/// <summary>Precise 400s that change nothing: bad job content, bad execute requests, operations the state refuses (semantics §1, §4).</summary>
public sealed class JobRefusalTests
{
    private const string Valid = """
        meta:
          name: napper
        inputs:
          hosts:
            paramSource: INSTANCE
            description: required, no default
          secs:
            default: "1"
        steps:
          - name: nap
            task: hwc:runbook:sleep@1.0.0
            inputs:
              seconds: "{{$globals.secs}}"
        """;

    private const string MalformedYaml = """
        meta:
          name: broken
        steps:
          - name: nap
            task: [hwc:runbook:sleep@1.0.0
        """;

    private const string UnknownTask = """
        meta:
          name: frob
        steps:
          - name: frobnicate
            task: hwc:runbook:frobnicate@1.0.0
            inputs: {}
        """;

    private const string MissingInput = """
        meta:
          name: half
        steps:
          - name: nap
            task: hwc:runbook:sleep@1.0.0
            inputs:
              seconds: 1
          - name: run
            task: hwc:runbook:scripts@1.0.0
            inputs:
              script_uuid: SC20250101000000000000000
              instance_list: '[{"resource_id":"h1","region_id":"local"}]'
              timeout: 30
        """;

    private static async Task<(int Status, string Code, string Message)> Refused(TestDrover d, HttpMethod method, string path, object body) =>
        await d.ErrorAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });

    [Fact]
    public async Task Bad_content_is_refused_on_create_and_update_naming_the_step_and_field_and_nothing_is_saved()
    {
        await using var d = await TestDrover.StartAsync();
        var name = d.Prefix + "_napper";
        var documentId = await d.CreateJobAsync(Valid, name);
        var before = await d.JobAsync(documentId);
        var listBefore = (await d.Api.GetFromJsonAsync<JsonObject>("/v1/documents?limit=100"))!.ToJsonString();

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put })
        {
            var path = method == HttpMethod.Post ? "/v1/documents" : $"/v1/documents/{documentId}";
            object Body(string content) => method == HttpMethod.Post
                ? new { name = d.Prefix + "_other", content, enterprise_project_id = "0", risk_level = "LOW" }
                : new { name, content };

            var (status, code, message) = await Refused(d, method, path, Body(MalformedYaml));
            status.ShouldBe(400, message);
            code.ShouldBe("COC.00040903", message);
            message.ShouldStartWith("content: line ");

            (status, code, message) = await Refused(d, method, path, Body(UnknownTask));
            status.ShouldBe(400, message);
            code.ShouldBe("COC.00040903", message);
            message.ShouldContain("content: steps[0] (frobnicate).task: unknown task 'hwc:runbook:frobnicate@1.0.0'");

            (status, code, message) = await Refused(d, method, path, Body(MissingInput));
            status.ShouldBe(400, message);
            code.ShouldBe("COC.00040903", message);
            message.ShouldBe("content: steps[1] (run).inputs.execute_user: required by hwc:runbook:scripts@1.0.0");
        }

        // Nothing was saved: no new job, no new version, the content as it was.
        (await d.Api.GetFromJsonAsync<JsonObject>("/v1/documents?limit=100"))!.ToJsonString().ShouldBe(listBefore);
        var after = await d.JobAsync(documentId);
        after.ToJsonString().ShouldBe(before.ToJsonString());
        after.Str("version").ShouldBe("v1");
        after.Str("content").ShouldBe(Valid);
    }

    [Fact]
    public async Task Bad_execute_requests_are_refused_naming_the_field_and_start_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        var documentId = await d.CreateJobAsync(Valid);
        var hosts = JobTickets.HostList(["h1"]);
        var path = $"/v1/documents/{documentId}";

        var (status, code, message) = await Refused(d, HttpMethod.Post, path,
            new { parameters = new[] { new { key = "hosts", value = hosts }, new { key = "nope", value = "1" } } });
        status.ShouldBe(400, message);
        code.ShouldBe("COC.00010002", message);
        message.ShouldStartWith("parameters[1].key: the job declares no input 'nope'");

        (status, code, message) = await Refused(d, HttpMethod.Post, path, new { parameters = new[] { new { key = "secs", value = "2" } } });
        status.ShouldBe(400, message);
        code.ShouldBe("COC.00060405", message);
        message.ShouldBe("parameters: input 'hosts' has no default and no value was given");

        var batches = JobTickets.BatchValues([["h1"], ["h2"]], "CONTINUE");
        (status, code, message) = await Refused(d, HttpMethod.Post, path, new JsonObject { ["targets"] = new JsonArray(batches.DeepClone()) });
        status.ShouldBe(400, message);
        code.ShouldBe("COC.00010002", message);
        message.ShouldStartWith("target_parameter_name: required");

        (status, code, message) = await Refused(d, HttpMethod.Post, path,
            new JsonObject { ["target_parameter_name"] = "targets", ["targets"] = new JsonArray(batches.DeepClone()) });
        status.ShouldBe(400, message);
        code.ShouldBe("COC.00010002", message);
        message.ShouldBe("target_parameter_name: the job declares no input 'targets'");

        // Nothing was started.
        var list = (await d.Api.GetFromJsonAsync<JsonObject>($"/v1/executions?document_id={documentId}"))!;
        list["total"]!.GetValue<int>().ShouldBe(0);
        list["data"]!.AsArray().ShouldBeEmpty();
        (await d.AuditAsync()).Where(a => a.Action == "execution.create").ShouldBeEmpty();
    }

    [Fact]
    public async Task Operations_the_state_refuses_are_400s_that_change_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        var documentId = await d.CreateJobAsync(Valid);
        var hosts = new { key = "hosts", value = JobTickets.HostList(["h1"]) };

        // Running (a 60 s sleep step): RESUME and RETRY are refused.
        var running = await d.ExecuteJobAsync(documentId, new { parameters = new[] { hosts, new { key = "secs", value = "60" } } });
        // (Created Running before its first step is entered, and the step run is saved before its resolved inputs are:
        // wait for the step run with its inputs, so nothing moves while the refusals are checked.)
        await TestDrover.WaitUntilAsync(async () => (await d.ExecutionStepsAsync(running)).SingleOrDefault() is { } s
                && s.Status() == "Running" && s.Pairs("inputs").GetValueOrDefault("seconds") == "60",
            TimeSpan.FromSeconds(10), "the sleep step to be Running with its inputs");
        (await d.ExecutionStatusAsync(running)).ShouldBe("Running");
        (await d.ExecutionRefusedAsync(running, "RESUME", "COC.00060402")).ShouldContain("Running");
        (await d.ExecutionRefusedAsync(running, "RETRY", "COC.00060402")).ShouldContain("Running");
        // Not an operation at all, or misspelled: refused before anything is looked at.
        (await d.ExecutionRefusedAsync(running, "PAUSE", "COC.00010002")).ShouldStartWith("operate_type: ");
        (await d.ExecutionRefusedAsync(running, "resume", "COC.00010002")).ShouldStartWith("operate_type: ");
        (await d.ExecutionRefusedAsync(running, new { execution_id = running }, "COC.00010002")).ShouldStartWith("operate_type: ");

        // Succeed: RESUME, TERMINATE and RETRY are refused.
        var done = await d.ExecuteJobAsync(documentId, new { parameters = new[] { hosts } });
        await d.WaitForExecutionAsync(done, "Succeed");
        (await d.ExecutionRefusedAsync(done, "RESUME", "COC.00060402")).ShouldContain("Succeed");
        (await d.ExecutionRefusedAsync(done, "TERMINATE", "COC.00060402")).ShouldContain("Succeed");
        (await d.ExecutionRefusedAsync(done, "RETRY", "COC.00060402")).ShouldContain("Succeed");

        // An execution that does not exist.
        var (status, code, message) = await d.OperateExecutionErrorAsync(new { execution_id = "EX20990101000000000abcdef", operate_type = "RESUME" });
        status.ShouldBe(400, message);
        code.ShouldBe("COC.00060401", message);
        message.ShouldContain("EX20990101000000000abcdef");
        (status, code, message) = await d.OperateExecutionErrorAsync(new { operate_type = "RESUME" });
        status.ShouldBe(400, message);
        code.ShouldBe("COC.00010002", message);
        message.ShouldStartWith("execution_id: ");

        // The running one is still running its sleep, and TERMINATE (valid) ends it.
        (await d.ExecutionStatusAsync(running)).ShouldBe("Running");
        await d.OperateExecutionAsync(running, "TERMINATE");
        await d.WaitForExecutionAsync(running, "Canceled");
        (await d.ExecutionStepsAsync(running)).Single().Status().ShouldBe("Canceled");

        // Only the accepted operation was recorded.
        var operations = (await d.AuditAsync()).Where(a => a.Action == "execution.operation").ToList();
        operations.Select(a => (a.Target, a.Detail)).ShouldBe([(running, "TERMINATE")]);
    }
}
