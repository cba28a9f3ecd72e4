using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Documents;

namespace Drover.Domain.Tests.Jobs;

/// <summary>Valid documents (reference §5.1, semantics §4) and what they read as.</summary>
public class DocumentParserTests
{
    private static Document Valid(string content)
    {
        var parse = DocumentParser.Parse(content);
        parse.Errors.ShouldBeEmpty(string.Join("\n", parse.Errors));
        parse.IsValid.ShouldBeTrue();
        return parse.Document.ShouldNotBeNull();
    }

    [Fact]
    public void The_reference_example_reads_with_every_field()
    {
        var doc = Valid(Documents.ReferenceExample);
        doc.Meta.ShouldBe(new DocumentMeta("test_document", 3, ""));
        doc.Inputs.Select(i => i.Name).ShouldBe(["global_param1", "instance_list"]);
        doc.Inputs[0].ShouldBe(new DocumentInput("global_param1", "string", "global_test", "CUSTOM", "global param description"));
        doc.Inputs[1].ParamSource.ShouldBe("INSTANCE");
        doc.Inputs[1].Default.ShouldStartWith("[{\"name\":\"vm1\"");
        doc.Steps.Select(s => (s.Name, s.Task)).ShouldBe(
        [
            ("pause", StepTasks.Suspend), ("run-script", StepTasks.Scripts), ("query-task", StepTasks.ExecuteApi), ("use-it", StepTasks.ExecuteApi),
        ]);
        doc.Steps[0].Description.ShouldBe("pause");
        doc.Steps[0].Inputs.ShouldBeEmpty();
        var run = doc.Steps[1].Inputs;
        run["wait_uniagent_time"].ShouldBe("0");
        run["timeout"].ShouldBe("300");
        run["instance_list"].ShouldBe("{{$globals.instance_list}}");
        run["script_params"].ShouldBe("[{\"param_name\":\"name\",\"param_value\":\"zhangsan\"}]");
        doc.Steps[2].Outputs.ShouldBe([new StepOutput("servers", ".servers", "String")]);
        doc.Steps[2].Inputs["headers"].ShouldBe("{\"Accept\":\"application/json\"}");
        doc.Steps[3].Inputs["body"].ShouldBe("{\"servers\": {{$steps.query-task.outputs.servers}}}");
    }

    [Fact]
    public void Defaults_fill_in_what_is_left_out()
    {
        var doc = Valid("""
            meta: {name: m}
            inputs:
              a:
              b: {}
              n: {default: 42}
            steps:
              - name: s
                task: hwc:runbook:suspend@1.0.0
            """);
        doc.Meta.ShouldBe(new DocumentMeta("m", DocumentParser.DefaultSchemaVersion, ""));
        doc.Inputs.ShouldBe(
        [
            new DocumentInput("a", "string", null, "CUSTOM", ""),
            new DocumentInput("b", "string", null, "CUSTOM", ""),
            new DocumentInput("n", "string", "42", "CUSTOM", ""),
        ]);
        doc.Steps.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Description.ShouldBe(""), s => s.Inputs.ShouldBeEmpty(), s => s.Outputs.ShouldBeEmpty());
    }

    [Fact]
    public void Inline_mappings_and_lists_become_json_text_with_every_scalar_a_string()
    {
        var doc = Valid("""
            meta: {name: m}
            inputs:
              hosts:
                default:
                  - {resource_id: h1, region_id: local}
            steps:
              - name: run
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: SC20250101000000abcdef012
                  instance_list:
                    - resource_id: h1
                      region_id: local
                  script_params:
                    - {param_name: port, param_value: 8080}
                  execute_user: root
                  timeout: 60
              - name: call
                task: hwc:runbook:executeAPI@1.0.0
                inputs:
                  method: GET
                  url: https://example.com/名前
                  headers: {Accept: application/json, X-Count: 3}
            """);
        doc.Inputs[0].Default.ShouldBe("[{\"resource_id\":\"h1\",\"region_id\":\"local\"}]");
        doc.Steps[0].Inputs["instance_list"].ShouldBe("[{\"resource_id\":\"h1\",\"region_id\":\"local\"}]");
        doc.Steps[0].Inputs["script_params"].ShouldBe("[{\"param_name\":\"port\",\"param_value\":\"8080\"}]");
        doc.Steps[1].Inputs["headers"].ShouldBe("{\"Accept\":\"application/json\",\"X-Count\":\"3\"}");
        doc.Steps[1].Inputs["url"].ShouldBe("https://example.com/名前");
    }

    [Fact]
    public void Scalars_keep_their_text_and_null_inputs_count_as_not_given()
    {
        var doc = Valid(Documents.WithSteps("""
              - name: call
                task: hwc:runbook:executeAPI@1.0.0
                inputs:
                  method: "GET"
                  url: 'https://example.com'
                  body: ~
                  timeout: 030
            """));
        var inputs = doc.Steps[0].Inputs;
        inputs.Keys.ShouldBe(["method", "url", "timeout"]);
        inputs["timeout"].ShouldBe("030");
    }

    [Fact]
    public void Unknown_keys_are_ignored_at_the_top_level_in_meta_in_input_definitions_and_in_steps()
    {
        var doc = Valid("""
            version: 2
            meta: {name: m, owner: ops, tags: [a]}
            inputs:
              a: {type: string, region: cn-north-4, whatever: [1]}
            steps:
              - name: s
                task: hwc:runbook:suspend@1.0.0
                retry: 3
            extra: {x: 1}
            """);
        doc.Steps.ShouldHaveSingleItem();
    }

    [Fact]
    public void References_to_declared_globals_and_earlier_outputs_are_accepted()
    {
        var doc = Valid(Documents.WithSteps(Documents.QueryStep + """
              - name: run
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: "{{$steps.query.outputs.id}}"
                  instance_list: "{{ $globals.hosts }}"
                  execute_user: "{{$globals.who}}"
                  timeout: "{{$steps.query.outputs.id}}"
            """));
        doc.Steps[1].Inputs["timeout"].ShouldBe("{{$steps.query.outputs.id}}");
    }

    [Fact]
    public void A_value_with_references_is_not_checked_against_its_rules_until_run_time()
    {
        // "1{{...}}" is not an integer as written; it may be one once resolved.
        Valid(Documents.WithSteps("""
              - name: nap
                task: hwc:runbook:sleep@1.0.0
                inputs: {seconds: "1{{$globals.who}}"}
            """));
    }

    [Fact]
    public void Yaml_aliases_are_read_as_the_values_they_repeat()
    {
        var doc = Valid("""
            meta: {name: m}
            steps:
              - name: a
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "https://x", headers: &h {A: b}}
              - name: b
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "https://y", headers: *h}
            """);
        doc.Steps[1].Inputs["headers"].ShouldBe("{\"A\":\"b\"}");
    }

    [Fact]
    public void Integer_inputs_at_their_bounds_are_valid()
    {
        Valid(Documents.WithSteps("""
              - name: a
                task: hwc:runbook:sleep@1.0.0
                inputs: {seconds: 1}
              - name: b
                task: hwc:runbook:sleep@1.0.0
                inputs: {seconds: 86400}
              - name: c
                task: hwc:runbook:scripts@1.0.0
                inputs: {script_uuid: SC1, instance_list: "{{$globals.hosts}}", execute_user: root, timeout: 6, success_rate: 99.5, wait_uniagent_time: 1200, max_concurrency: 1}
            """));
    }
}
