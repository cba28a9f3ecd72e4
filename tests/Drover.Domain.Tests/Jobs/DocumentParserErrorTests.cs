using Drover.Domain.Jobs.Documents;

namespace Drover.Domain.Tests.Jobs;

/// <summary>Every rule a document can break, each with its exact message (semantics §4: naming the step and the field).</summary>
public class DocumentParserErrorTests
{
    private static IReadOnlyList<string> Errors(string content)
    {
        var parse = DocumentParser.Parse(content);
        parse.Document.ShouldBeNull();
        parse.IsValid.ShouldBeFalse();
        parse.Errors.ShouldNotBeEmpty();
        return parse.Errors;
    }

    private static void Fails(string content, params string[] expected) => Errors(content).ShouldBe(expected);

    private static void StepFails(string steps, params string[] expected) => Fails(Documents.WithSteps(steps), expected);

    private const string Supported = "hwc:runbook:scripts@1.0.0, hwc:runbook:suspend@1.0.0, hwc:runbook:sleep@1.0.0, hwc:runbook:executeAPI@1.0.0";

    // ---- the YAML itself ----

    [Fact]
    public void Malformed_yaml_names_the_line_and_column() =>
        Fails("meta: {name: x}\nsteps: [\n", "content: line 3, column 1: While parsing a node, did not find expected node content.");

    [Fact]
    public void A_key_out_of_line_names_the_line_and_column() =>
        Fails("meta:\n  name: x\n steps: []\n", "content: line 3, column 2: While parsing a block mapping, did not find expected key.");

    [Fact]
    public void A_bad_indentation_names_the_line_and_column() =>
        Fails("meta: 1\n  name: 2\n", "content: line 2, column 7: While scanning a plain scalar value, found invalid mapping.");

    [Fact]
    public void A_duplicate_key_is_an_error() =>
        Fails("meta: {name: a}\nmeta: {name: b}\nsteps: []\n", "content: line 2, column 1: Duplicate key meta");

    [Fact]
    public void An_undefined_alias_is_an_error() =>
        Fails("meta: *nope\n", "content: line 1, column 1: The anchor 'nope' does not exists");

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Empty_content(string content) => Fails(content, "content: is empty: a job needs meta and steps");

    [Fact]
    public void Two_yaml_documents() =>
        Fails("meta: {name: a}\n---\nmeta: {name: b}\n", "content: holds 2 YAML documents (separated by ---); a job is one");

    [Theory]
    [InlineData("test", "a single value")]
    [InlineData("- a\n- b\n", "a list")]
    public void Content_that_is_not_a_mapping(string content, string what) =>
        Fails(content, $"content: must be a YAML mapping with meta, inputs and steps, not {what}");

    [Fact]
    public void Nesting_too_deep_is_refused_before_the_tree_is_built()
    {
        var deep = "meta: " + new string('[', 10_000) + new string(']', 10_000);
        Errors(deep).ShouldHaveSingleItem().ShouldBe("content: line 1, column 70: nesting is deeper than 64 levels");
    }

    [Fact]
    public void An_alias_that_contains_itself_is_refused()
    {
        StepFails("""
              - name: a
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "https://x", headers: &h [*h]}
            """, "content: line 11, column 58: alias *h is inside its own anchor &h (a value that contains itself)");
    }

    [Fact]
    public void Aliases_that_expand_to_more_than_a_mebibyte_are_refused()
    {
        // Few nodes (about 20,000 expanded, under YamlGuard's budget) but long ones: 2,048 copies of 1,000 characters.
        var yaml = "meta: {name: m}\nx0: &a0 [\"" + new string('x', 1000) + "\"]\n";
        for (var i = 1; i <= 11; i++) yaml += $"x{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n";
        yaml += """
            steps:
              - name: a
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "https://x", body: *a11}
            """;
        // body is a CONSTANT input: a list is refused before it is expanded; headers (DICTIONARY) expands.
        Fails(yaml, "content: steps[0] (a).inputs.body: must be a single value, not a list");
        Fails(yaml.Replace("body: *a11", "headers: *a11"),
            "content: steps[0] (a).inputs.headers: expands to more than 1048576 characters (YAML aliases repeating large values?)");
    }

    // ---- meta ----

    [Fact]
    public void Meta_is_required() =>
        Fails("steps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n", "content: meta: required, a mapping with at least name");

    [Fact]
    public void Meta_must_be_a_mapping() =>
        Fails("meta: x\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n", "content: meta: must be a mapping with at least name, not a single value");

    [Theory]
    [InlineData("meta: {description: d}")]
    [InlineData("meta: {name: ''}")]
    [InlineData("meta: {name: ~}")]
    public void Meta_name_is_required(string meta) =>
        Fails(meta + "\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n", "content: meta.name: required");

    [Fact]
    public void Meta_name_must_be_text() =>
        Fails("meta: {name: [a]}\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n", "content: meta.name: must be text, not a list");

    [Fact]
    public void Meta_schema_version_must_be_a_whole_number() =>
        Fails("meta: {name: m, schemaVersion: three}\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n",
            "content: meta.schemaVersion: must be a whole number (got 'three')");

    // ---- inputs ----

    [Fact]
    public void Inputs_must_be_a_mapping() =>
        Fails("meta: {name: m}\ninputs: [a, b]\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n",
            "content: inputs: must be a mapping of input name to definition, not a list");

    [Fact]
    public void An_input_definition_must_be_a_mapping() =>
        Fails("meta: {name: m}\ninputs: {a: hello}\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n",
            "content: inputs.a: must be a mapping (type, default, paramSource, description), not a single value");

    [Fact]
    public void An_input_name_must_be_a_name() =>
        Fails("meta: {name: m}\ninputs: {a b: {}}\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n",
            "content: inputs: input name 'a b' must be 1-64 letters, digits, '_' or '-'");

    [Fact]
    public void An_input_param_source_must_be_custom_or_instance() =>
        Fails("meta: {name: m}\ninputs: {a: {paramSource: FILE}}\nsteps:\n  - {name: a, task: hwc:runbook:suspend@1.0.0}\n",
            "content: inputs.a.paramSource: must be one of CUSTOM, INSTANCE (got 'FILE')");

    // ---- steps ----

    [Theory]
    [InlineData("steps: []")]
    [InlineData("steps:")]
    [InlineData("other: 1")]
    public void Steps_must_be_a_non_empty_list(string steps) =>
        Fails("meta: {name: m}\n" + steps + "\n", "content: steps: required, a non-empty list of steps");

    [Fact]
    public void Steps_must_be_a_list() =>
        Fails("meta: {name: m}\nsteps: {a: 1}\n", "content: steps: must be a list of steps, not a mapping");

    [Fact]
    public void A_step_must_be_a_mapping() =>
        StepFails("  - just text\n", "content: steps[0]: must be a mapping (name, task, inputs, outputs), not a single value");

    [Fact]
    public void A_step_name_is_required() =>
        StepFails("  - task: hwc:runbook:suspend@1.0.0\n", "content: steps[0].name: required");

    [Theory]
    [InlineData("a b")]
    [InlineData("a.b")]
    [InlineData("名前")]
    public void A_step_name_must_be_letters_digits_underscore_or_dash(string name) =>
        StepFails($"  - {{name: '{name}', task: hwc:runbook:suspend@1.0.0}}\n", $"content: steps[0] ({name}).name: must be 1-64 letters, digits, '_' or '-'");

    [Fact]
    public void A_step_name_of_64_characters_is_valid_and_65_is_not()
    {
        DocumentParser.Parse(Documents.WithSteps($"  - {{name: {new string('n', 64)}, task: hwc:runbook:suspend@1.0.0}}\n")).IsValid.ShouldBeTrue();
        var n65 = new string('n', 65);
        StepFails($"  - {{name: {n65}, task: hwc:runbook:suspend@1.0.0}}\n", $"content: steps[0] ({n65[..61]}...).name: must be 1-64 letters, digits, '_' or '-'");
    }

    [Fact]
    public void Step_names_are_unique() =>
        StepFails(Documents.SleepStep + Documents.SleepStep, "content: steps[1] (nap).name: duplicate step name 'nap' (also steps[0])");

    [Fact]
    public void A_step_task_is_required() =>
        StepFails("  - name: run\n", $"content: steps[0] (run).task: required (supported: {Supported})");

    [Fact]
    public void An_unknown_task_lists_the_supported_ones() =>
        StepFails(Documents.SleepStep + "  - {name: run, task: 'hwc:runbook:nope@1.0.0'}\n",
            $"content: steps[1] (run).task: unknown task 'hwc:runbook:nope@1.0.0' (supported: {Supported})");

    [Fact]
    public void Step_inputs_must_be_a_mapping() =>
        StepFails("  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: [5]}\n",
            "content: steps[0] (nap).inputs: must be a mapping of input name to value, not a list");

    [Fact]
    public void Required_inputs_are_named_with_their_task()
    {
        var doc = Documents.ReferenceExample.Replace("inputs: {method: GET, url:", "inputs: {url:");
        Fails(doc, "content: steps[2] (query-task).inputs.method: required by hwc:runbook:executeAPI@1.0.0");
    }

    [Fact]
    public void Every_missing_required_input_is_reported() =>
        StepFails("  - {name: run, task: hwc:runbook:scripts@1.0.0, inputs: {timeout: ~}}\n",
            "content: steps[0] (run).inputs.script_uuid: required by hwc:runbook:scripts@1.0.0",
            "content: steps[0] (run).inputs.instance_list: required by hwc:runbook:scripts@1.0.0",
            "content: steps[0] (run).inputs.execute_user: required by hwc:runbook:scripts@1.0.0",
            "content: steps[0] (run).inputs.timeout: required by hwc:runbook:scripts@1.0.0");

    [Fact]
    public void An_unknown_input_lists_the_accepted_ones() =>
        StepFails("  - {name: q, task: hwc:runbook:executeAPI@1.0.0, inputs: {method: GET, url: 'https://x', service: ECS}}\n",
            "content: steps[0] (q).inputs.service: unknown input for hwc:runbook:executeAPI@1.0.0 (accepted: method, url, headers, body, timeout)");

    [Theory]
    [InlineData("0", "must be an integer between 1 and 86400 (got '0')")]
    [InlineData("86401", "must be an integer between 1 and 86400 (got '86401')")]
    [InlineData("1.5", "must be an integer between 1 and 86400 (got '1.5')")]
    [InlineData("five", "must be an integer between 1 and 86400 (got 'five')")]
    [InlineData("''", "must be an integer between 1 and 86400 (got '')")]
    public void Integer_inputs_must_be_integers_in_range(string value, string rule) =>
        StepFails($"  - {{name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {{seconds: {value}}}}}\n", $"content: steps[0] (nap).inputs.seconds: {rule}");

    [Fact]
    public void An_integer_input_with_only_a_minimum() =>
        StepFails("  - {name: r, task: hwc:runbook:scripts@1.0.0, inputs: {script_uuid: SC1, instance_list: '{{$globals.hosts}}', execute_user: root, timeout: 60, max_concurrency: 0}}\n",
            "content: steps[0] (r).inputs.max_concurrency: must be an integer of at least 1 (got '0')");

    [Fact]
    public void A_number_input_must_be_a_number_in_range() =>
        StepFails("  - {name: r, task: hwc:runbook:scripts@1.0.0, inputs: {script_uuid: SC1, instance_list: '{{$globals.hosts}}', execute_user: root, timeout: 5, success_rate: 100.5}}\n",
            "content: steps[0] (r).inputs.timeout: must be an integer between 6 and 86400 (got '5')",
            "content: steps[0] (r).inputs.success_rate: must be a number between 1 and 100 (got '100.5')");

    [Fact]
    public void Enum_inputs_must_be_one_of_their_values() =>
        StepFails("  - {name: q, task: hwc:runbook:executeAPI@1.0.0, inputs: {method: get, url: 'https://x'}}\n",
            "content: steps[0] (q).inputs.method: must be one of GET, POST, PUT, PATCH, DELETE, HEAD (got 'get')");

    [Theory]
    [InlineData("ftp://x")]
    [InlineData("example.com")]
    [InlineData("'https://a b'")]
    public void The_url_must_be_http_or_https(string url) =>
        StepFails($"  - {{name: q, task: hwc:runbook:executeAPI@1.0.0, inputs: {{method: GET, url: {url}}}}}\n",
            $"content: steps[0] (q).inputs.url: must match ^https?://\\S+$ (got '{url.Trim('\'')}')");

    [Fact]
    public void A_url_with_a_trailing_newline_is_refused() =>
        StepFails("  - {name: q, task: hwc:runbook:executeAPI@1.0.0, inputs: {method: GET, url: \"https://x\\n\"}}\n",
            "content: steps[0] (q).inputs.url: must match ^https?://\\S+$ (got 'https://x\n')");

    [Fact]
    public void Length_limits() =>
        StepFails($"  - {{name: r, task: hwc:runbook:scripts@1.0.0, inputs: {{script_uuid: SC1, instance_list: '{{{{$globals.hosts}}}}', execute_user: {new string('u', 33)}, timeout: 60}}}}\n",
            "content: steps[0] (r).inputs.execute_user: length must be at most 32 (it has 33)");

    [Fact]
    public void A_constant_input_must_be_a_single_value() =>
        StepFails("  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: {a: 1}}}\n",
            "content: steps[0] (nap).inputs.seconds: must be a single value, not a mapping");

    [Theory]
    [InlineData("'not json'", "must be JSON (an array of hosts [{\"resource_id\": ..., \"region_id\": ...}]): 'not json' is an invalid JSON literal")]
    [InlineData("'{}'", "must be a JSON array of hosts [{\"resource_id\": ..., \"region_id\": ...}]")]
    [InlineData("'[]'", "must name at least one host")]
    [InlineData("'[1]'", "[0]: must be an object {\"resource_id\": ..., \"region_id\": ...}")]
    [InlineData("'[{\"region_id\":\"r\"}]'", "[0].resource_id: required, non-empty text")]
    [InlineData("[{resource_id: a}, {resource_id: ''}]", "[1].resource_id: required, non-empty text")]
    public void The_host_list_must_be_a_json_array_of_hosts(string value, string rule) =>
        StepFails($"  - {{name: r, task: hwc:runbook:scripts@1.0.0, inputs: {{script_uuid: SC1, instance_list: {value}, execute_user: root, timeout: 60}}}}\n",
            $"content: steps[0] (r).inputs.instance_list: {rule}");

    [Theory]
    [InlineData("'{}'", "must be a JSON array [{\"param_name\": ..., \"param_value\": ...}]")]
    [InlineData("[{param_value: x}]", "[0].param_name: required, text")]
    [InlineData("[{param_name: 'a b', param_value: x}]", "[0].param_name: must be 1-64 letters, digits or '_' (got 'a b')")]
    [InlineData("[{param_name: a, param_value: x}, {param_name: a, param_value: y}]", "[1].param_name: duplicate parameter name 'a'")]
    [InlineData("'[{\"param_name\":\"a\",\"param_value\":1}]'", "[0].param_value: required, text")]
    [InlineData("[{param_name: a, param_value: '$(rm)'}]", "[0].param_value: may contain only letters, digits, spaces and _ - / . * ? : , = + @ # \\ [ { ] }")]
    public void Script_params_must_be_a_json_array_of_names_and_values(string value, string rule) =>
        StepFails($"  - {{name: r, task: hwc:runbook:scripts@1.0.0, inputs: {{script_uuid: SC1, instance_list: '{{{{$globals.hosts}}}}', execute_user: root, timeout: 60, script_params: {value}}}}}\n",
            $"content: steps[0] (r).inputs.script_params: {rule}");

    [Theory]
    [InlineData("'[1]'", "must be a JSON object of header names to text values")]
    [InlineData("'{\"A\": 1}'", "A: must be text")]
    public void Headers_must_be_a_json_object_of_text(string value, string rule) =>
        StepFails($"  - {{name: q, task: hwc:runbook:executeAPI@1.0.0, inputs: {{method: GET, url: 'https://x', headers: {value}}}}}\n",
            $"content: steps[0] (q).inputs.headers: {rule}");

    // ---- references ----

    [Fact]
    public void A_global_reference_must_name_a_declared_input() =>
        StepFails("  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$globals.delay}}'}}\n",
            "content: steps[0] (nap).inputs.seconds: {{$globals.delay}} names no declared input (declared: hosts, who)");

    [Fact]
    public void A_global_reference_in_a_document_without_inputs() =>
        Fails("meta: {name: m}\nsteps:\n  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$globals.delay}}'}}\n",
            "content: steps[0] (nap).inputs.seconds: {{$globals.delay}} names no declared input (the document declares no inputs)");

    [Fact]
    public void A_step_reference_must_name_an_earlier_step() =>
        StepFails("  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$steps.query.outputs.id}}'}}\n" + Documents.QueryStep,
            "content: steps[0] (nap).inputs.seconds: {{$steps.query.outputs.id}} names step 'query', which does not run before this one");

    [Fact]
    public void A_step_cannot_use_its_own_outputs() =>
        StepFails("""
              - name: query
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "https://x/{{$steps.query.outputs.id}}"}
                outputs: [{name: id, selector: .id}]
            """, "content: steps[0] (query).inputs.url: {{$steps.query.outputs.id}} names step 'query', which does not run before this one");

    [Fact]
    public void A_step_reference_to_no_step() =>
        StepFails("  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$steps.ghost.outputs.id}}'}}\n",
            "content: steps[0] (nap).inputs.seconds: {{$steps.ghost.outputs.id}} names no step 'ghost'");

    [Fact]
    public void A_step_reference_must_name_a_declared_output()
    {
        StepFails(Documents.QueryStep + "  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$steps.query.outputs.count}}'}}\n",
            "content: steps[1] (nap).inputs.seconds: {{$steps.query.outputs.count}} names an output step 'query' does not declare (declared: id)");
        StepFails(Documents.SleepStep + "  - {name: nap2, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: '{{$steps.nap.outputs.x}}'}}\n",
            "content: steps[1] (nap2).inputs.seconds: {{$steps.nap.outputs.x}} names an output step 'nap' does not declare (it declares none)");
    }

    // ---- outputs ----

    [Fact]
    public void Outputs_only_on_tasks_that_have_them() =>
        StepFails("  - {name: nap, task: hwc:runbook:sleep@1.0.0, inputs: {seconds: 1}, outputs: [{name: x, selector: .x}]}\n",
            "content: steps[0] (nap).outputs: hwc:runbook:sleep@1.0.0 has no outputs");

    [Fact]
    public void Outputs_must_be_a_list() =>
        StepFails("  - {name: q, task: hwc:runbook:executeAPI@1.0.0, inputs: {method: GET, url: 'https://x'}, outputs: {x: .x}}\n",
            "content: steps[0] (q).outputs: must be a list of {name, selector}, not a mapping");

    [Fact]
    public void Each_output_needs_a_name_and_a_selector_starting_with_a_dot() =>
        StepFails("""
              - name: q
                task: hwc:runbook:executeAPI@1.0.0
                inputs: {method: GET, url: "https://x"}
                outputs:
                  - {selector: .a}
                  - {name: b}
                  - {name: c, selector: servers}
                  - {name: 'd d', selector: .d}
                  - {name: e, selector: .e}
                  - {name: e, selector: .e2}
                  - just-text
            """,
            "content: steps[0] (q).outputs[0].name: required",
            "content: steps[0] (q).outputs[1].selector: required, a JSON path into the response such as .servers[0].id",
            "content: steps[0] (q).outputs[2].selector: must start with '.' (a JSON path into the response such as .servers[0].id)",
            "content: steps[0] (q).outputs[3].name: must be 1-64 letters, digits, '_' or '-'",
            "content: steps[0] (q).outputs[5].name: duplicate output name 'e'",
            "content: steps[0] (q).outputs[6]: must be a mapping (name, selector, type), not a single value");

    // ---- many at once ----

    [Fact]
    public void Every_problem_is_reported_not_only_the_first() =>
        Fails("""
            meta: {}
            steps:
              - {name: a, task: hwc:runbook:sleep@1.0.0}
              - {name: a, task: hwc:runbook:nope@1.0.0}
              - {name: c, task: hwc:runbook:executeAPI@1.0.0, inputs: {method: GET, url: 'https://x/{{$globals.g}}'}}
            """,
            "content: meta.name: required",
            "content: steps[0] (a).inputs.seconds: required by hwc:runbook:sleep@1.0.0",
            "content: steps[1] (a).name: duplicate step name 'a' (also steps[0])",
            $"content: steps[1] (a).task: unknown task 'hwc:runbook:nope@1.0.0' (supported: {Supported})",
            "content: steps[2] (c).inputs.url: {{$globals.g}} names no declared input (the document declares no inputs)");
}
