using Drover.Domain.Jobs;
using Drover.Domain.Jobs.Documents;

namespace Drover.Domain.Tests.Jobs;

/// <summary>A step's inputs when it starts: defaults, references resolved, every value checked again.</summary>
public class StepInputsTests
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> NoOutputs = new();

    private static DocumentStep Step(string task, Dictionary<string, string> inputs) => new("s", "", task, inputs, []);

    [Fact]
    public void Defaults_fill_inputs_the_document_leaves_out()
    {
        var step = Step(StepTasks.Scripts, new() { ["script_uuid"] = "SC1", ["timeout"] = "120" });
        StepInputs.WithDefaults(step).ShouldBe(new Dictionary<string, string>
        {
            ["script_uuid"] = "SC1", ["timeout"] = "120", ["success_rate"] = "100", ["wait_uniagent_time"] = "0",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Resolve_substitutes_and_checks()
    {
        var step = Step(StepTasks.ExecuteApi, new() { ["method"] = "GET", ["url"] = "https://x/{{$steps.q.outputs.id}}" });
        var outputs = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["q"] = new Dictionary<string, string> { ["id"] = "42" } };
        var resolved = StepInputs.Resolve(step, new Dictionary<string, string>(), outputs);
        resolved["url"].ShouldBe("https://x/42");
        resolved["timeout"].ShouldBe("30");
    }

    [Fact]
    public void A_resolved_value_that_breaks_its_rule_names_the_step_input_and_template()
    {
        var step = Step(StepTasks.Sleep, new() { ["seconds"] = "{{$globals.delay}}" });
        var e = Should.Throw<StepInputException>(() => StepInputs.Resolve(step, new Dictionary<string, string> { ["delay"] = "0" }, NoOutputs));
        e.Message.ShouldBe("step 's' input 'seconds' (from {{$globals.delay}}): must be an integer between 1 and 86400 (got '0')");
        (e.Step, e.Input).ShouldBe(("s", "seconds"));
    }

    [Fact]
    public void A_resolved_host_list_must_be_hosts()
    {
        var step = Step(StepTasks.Scripts, new()
        {
            ["script_uuid"] = "SC1", ["instance_list"] = "{{$globals.hosts}}", ["execute_user"] = "root", ["timeout"] = "60",
        });
        Should.Throw<StepInputException>(() => StepInputs.Resolve(step, new Dictionary<string, string> { ["hosts"] = "[]" }, NoOutputs))
            .Message.ShouldBe("step 's' input 'instance_list' (from {{$globals.hosts}}): must name at least one host");
        StepInputs.Resolve(step, new Dictionary<string, string> { ["hosts"] = "[{\"resource_id\":\"h\"}]" }, NoOutputs)["instance_list"]
            .ShouldBe("[{\"resource_id\":\"h\"}]");
    }

    [Fact]
    public void A_missing_reference_throws_interpolation_exception()
    {
        var step = Step(StepTasks.Sleep, new() { ["seconds"] = "{{$globals.delay}}" });
        Should.Throw<InterpolationException>(() => StepInputs.Resolve(step, new Dictionary<string, string>(), NoOutputs));
    }

    [Fact]
    public void A_missing_required_input_throws()
    {
        Should.Throw<StepInputException>(() => StepInputs.Resolve(Step(StepTasks.Sleep, new()), new Dictionary<string, string>(), NoOutputs))
            .Message.ShouldBe("step 's' input 'seconds': required by hwc:runbook:sleep@1.0.0");
    }
}
