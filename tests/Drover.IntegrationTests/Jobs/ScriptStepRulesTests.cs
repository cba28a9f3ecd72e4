using Drover.IntegrationTests.Api;

namespace Drover.IntegrationTests.Jobs;

/// <summary>
/// A scripts step's ticket passes ExecuteScript's rules, the same the API applies (semantics §4): a step whose inputs
/// keep the task's own input rules but break one of ExecuteScript's fails with the message the API would answer, and
/// no ticket is created.
/// </summary>
public sealed class ScriptStepRulesTests
{
    [Fact]
    public async Task A_scripts_step_that_breaks_a_rule_fails_naming_the_field_and_the_rule_and_creates_no_ticket()
    {
        await using var d = await TestDrover.StartAsync();
        var script = await d.CreateScriptAsync("echo ${who}", parameters: [new { param_name = "who", param_value = "x", param_description = "", sensitive = false }]);
        var before = await d.TicketTotalAsync();

        // A parameter the script does not declare; a user name the task's length rule lets through.
        await FailsAsync(d, script, "root", """[{"param_name":"nope","param_value":"ops"}]""",
            "execute_param.script_params[0].param_name: the script declares no parameter 'nope' (it declares who)");
        await FailsAsync(d, script, "ro ot", """[{"param_name":"who","param_value":"ops"}]""",
            "execute_param.execute_user: must be a user name of 1-32 letters, digits, '.', '_' or '-'");

        (await d.TicketTotalAsync()).ShouldBe(before);
    }

    private static async Task FailsAsync(TestDrover d, string script, string user, string scriptParams, string message)
    {
        var documentId = await d.CreateJobAsync($$"""
            meta:
              name: greet
            steps:
              - name: run
                task: hwc:runbook:scripts@1.0.0
                inputs:
                  script_uuid: {{script}}
                  instance_list: '[{"resource_id":"{{d.Prefix}}-h1","region_id":"local"}]'
                  execute_user: "{{user}}"
                  timeout: 30
                  script_params: '{{scriptParams}}'
            """);
        var executionId = await d.ExecuteJobAsync(documentId, new { });

        await d.WaitForExecutionAsync(executionId, "Failed", TimeSpan.FromSeconds(60));
        var step = (await d.ExecutionStepsAsync(executionId)).Single();
        step.Status().ShouldBe("Failed");
        step.Str("message").ShouldBe(message);
    }
}
