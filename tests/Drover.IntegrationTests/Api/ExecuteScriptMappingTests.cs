using Drover.Domain.Common;
using Drover.Server.Http;
using Drover.Server.Tickets.Api;
using Drover.Server.Tickets.Commands;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// The HTTP edge of ExecuteScript without a server: the body's shape is judged here, its values by the command's rules,
/// whose refusal the edge answers with the same code and message. Through a real server: ExecuteValidationTests.
/// </summary>
public sealed class ExecuteScriptMappingTests
{
    private static ExecuteScriptRequest Request() => new()
    {
        ExecuteParam = new ExecuteParamDto
        {
            Timeout = 60, SuccessRate = 99.5, ExecuteUser = "root", Resourceful = false, MaxConcurrency = 2, WaitAgentSeconds = 10,
            ScriptParams = [new ExecuteInputParamDto { ParamName = "who", ParamValue = "ops", ParamOrder = 1 }],
        },
        ExecuteBatches =
        [
            new ExecuteBatchDto
            {
                BatchIndex = 1, RotationStrategy = "PAUSE",
                TargetInstances =
                [
                    new TargetInstanceDto
                    {
                        ResourceId = "h1", RegionId = "r1", Provider = "ECS", Type = "CLOUDSERVER", AgentSn = "sn", ProjectId = "p",
                        CustomAttributes = [new CustomAttributeDto { Key = "team", Value = "ops" }],
                    },
                ],
            },
        ],
    };

    [Fact]
    public void The_body_becomes_the_command_field_for_field()
    {
        var command = ExecuteScriptMapping.ToCommand(Request());

        command.ExecuteUser.ShouldBe("root");
        command.TimeoutSeconds.ShouldBe(60);
        command.SuccessRate.ShouldBe(99.5);
        command.MaxConcurrency.ShouldBe(2);
        command.WaitAgentSeconds.ShouldBe(10);
        command.Parameters!.ShouldBe(new[] { new ExecuteScript.ParameterValue("who", "ops") });
        var batch = command.Batches!.ShouldHaveSingleItem();
        batch.Index.ShouldBe(1);
        batch.Rotation.ShouldBe("PAUSE");
        var host = batch.Hosts!.ShouldHaveSingleItem();
        (host.ResourceId, host.RegionId, host.Provider, host.Type).ShouldBe(("h1", "r1", "ECS", "CLOUDSERVER"));
        host.Attributes!.ShouldBe(new[] { new ExecuteScript.CustomAttribute("team", "ops") });
    }

    [Fact]
    public void A_parameter_store_reference_is_carried_for_the_rules_to_refuse()
    {
        var req = Request();
        req.ExecuteParam!.ScriptParams![0]!.ParamRefer = new ParamReferDto { ReferType = "PARAM_STORE", ParamId = "x" };

        ExecuteScriptMapping.ToCommand(req).Parameters!.Single().FromParameterStore.ShouldBeTrue();
    }

    [Fact]
    public void What_was_left_out_stays_left_out_for_the_rules_to_judge()
    {
        var command = ExecuteScriptMapping.ToCommand(new ExecuteScriptRequest { ExecuteParam = new ExecuteParamDto() });

        command.ShouldBe(new ExecuteScript(null, null, null, null, null, null, null));
    }

    [Fact]
    public void A_missing_execute_param_is_refused_at_the_edge()
    {
        var e = Should.Throw<CocError>(() => ExecuteScriptMapping.ToCommand(new ExecuteScriptRequest()));
        (e.Status, e.Code, e.Message).ShouldBe((400, ErrorCodes.InvalidParameter, "execute_param: required"));
    }

    public static TheoryData<string> NullElements => new(NullElementCases.Keys);

    private static readonly Dictionary<string, Action<ExecuteScriptRequest>> NullElementCases = new()
    {
        ["execute_param.script_params[0]"] = r => r.ExecuteParam!.ScriptParams![0] = null,
        ["execute_batches[1]"] = r => r.ExecuteBatches!.Add(null),
        ["execute_batches[0].target_instances[1]"] = r => r.ExecuteBatches![0]!.TargetInstances!.Add(null),
        ["execute_batches[0].target_instances[0].custom_attributes[0]"] = r => r.ExecuteBatches![0]!.TargetInstances![0]!.CustomAttributes![0] = null,
    };

    [Theory]
    [MemberData(nameof(NullElements))]
    public void A_null_where_an_object_belongs_is_refused_by_its_path(string path)
    {
        var req = Request();
        NullElementCases[path](req);

        var e = Should.Throw<CocError>(() => ExecuteScriptMapping.ToCommand(req));
        (e.Status, e.Code, e.Message).ShouldBe((400, ErrorCodes.InvalidParameter, $"{path}: must be an object"));
    }

    [Fact]
    public void A_commands_refusal_is_answered_with_its_code_and_message_unchanged()
    {
        var rejected = new CommandRejected(ErrorCodes.ScriptInvalid, "execute_param.script_params[0].param_value: The paramValue is invalid: it x");

        var answer = ExecuteScriptMapping.Answer(rejected);
        (answer.Status, answer.Code, answer.Message).ShouldBe((400, rejected.Code, rejected.Message));
    }
}
