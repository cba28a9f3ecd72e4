using Drover.Server.Jobs.Commands;
using Drover.Server.Tickets.Commands;

namespace Drover.IntegrationTests.Jobs;

/// <summary>
/// A scripts step's inputs as the ExecuteScript command (semantics §4): the step's ticket then passes the rules a
/// ticket created over the API passes. Runs of real steps are in StepTaskTests and JobRunTests.
/// </summary>
public sealed class ScriptStepCommandTests
{
    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] extra)
    {
        var inputs = new Dictionary<string, string>
        {
            ["script_uuid"] = "s-1",
            ["execute_user"] = "root",
            ["instance_list"] = """[{"resource_id": "h1", "region_id": "r1", "provider": "ECS"}, {"resource_id": "h2"}]""",
        };
        foreach (var (k, v) in extra) inputs[k] = v;
        return inputs;
    }

    [Fact]
    public void A_steps_inputs_make_one_batch_of_its_instances_with_the_tasks_defaults()
    {
        var command = ScriptStepCommand.From(Inputs(), null, null);

        command.ExecuteUser.ShouldBe("root");
        command.TimeoutSeconds.ShouldBe(60);
        command.SuccessRate.ShouldBe(100);
        command.WaitAgentSeconds.ShouldBe(0);
        command.MaxConcurrency.ShouldBeNull();
        command.Parameters.ShouldBeNull();
        var batch = command.Batches!.ShouldHaveSingleItem();
        batch.Index.ShouldBe(1);
        batch.Rotation.ShouldBe("CONTINUE");
        batch.Hosts!.ShouldBe(new[]
        {
            new ExecuteScript.Host("h1", "r1", "ECS", null, null),
            new ExecuteScript.Host("h2", "local", null, null, null), // no region: the local one
        });
    }

    [Fact]
    public void The_steps_numbers_and_parameters_are_read_from_its_inputs()
    {
        var command = ScriptStepCommand.From(Inputs(("timeout", "120"), ("success_rate", "90.5"), ("max_concurrency", "3"), ("wait_uniagent_time", "30"),
            ("script_params", """[{"param_name": "who", "param_value": "ops"}, {"param_name": "pw"}]""")), null, null);

        command.TimeoutSeconds.ShouldBe(120);
        command.SuccessRate.ShouldBe(90.5);
        command.MaxConcurrency.ShouldBe(3);
        command.WaitAgentSeconds.ShouldBe(30);
        command.Parameters!.ShouldBe(new[] { new ExecuteScript.ParameterValue("who", "ops"), new ExecuteScript.ParameterValue("pw", "") });
    }

    [Fact]
    public void A_rate_controlled_execution_sets_the_concurrency_and_the_success_rate_its_error_threshold_leaves()
    {
        var command = ScriptStepCommand.From(Inputs(("max_concurrency", "3"), ("success_rate", "100")), concurrency: 5, errorThreshold: 20);

        command.MaxConcurrency.ShouldBe(5);
        command.SuccessRate.ShouldBe(80);
        // A threshold of 100% still asks at least 1% to succeed, the lowest success rate a ticket takes.
        ScriptStepCommand.From(Inputs(), null, errorThreshold: 100).SuccessRate.ShouldBe(1);
    }

    [Theory]
    [InlineData("instance_list", "", "instance_list: required, a JSON array")]
    [InlineData("instance_list", "{}", "instance_list: must be a JSON array")]
    [InlineData("instance_list", "[1]", "instance_list[0]: must be an object with resource_id and region_id")]
    [InlineData("instance_list", """[{"region_id": "r1"}]""", "instance_list[0].resource_id: required")]
    [InlineData("script_params", "[\"who\"]", "script_params[0]: must be an object")]
    [InlineData("timeout", "soon", "timeout: must be a number, got 'soon'")]
    public void Inputs_that_are_not_what_the_task_expects_are_named(string input, string value, string message) =>
        Should.Throw<FormatException>(() => ScriptStepCommand.From(Inputs((input, value)), null, null)).Message.ShouldBe(message);

    [Fact]
    public void Json_that_does_not_parse_is_named_by_its_input() =>
        Should.Throw<FormatException>(() => ScriptStepCommand.From(Inputs(("instance_list", "[{")), null, null)).Message
            .ShouldStartWith("instance_list: not valid JSON");
}
