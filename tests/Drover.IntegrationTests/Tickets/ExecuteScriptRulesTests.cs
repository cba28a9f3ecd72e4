using Drover.Domain.Common;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Limits;
using Drover.Server.Tickets.Commands;

namespace Drover.IntegrationTests.Tickets;

/// <summary>
/// ExecuteScript's rules on the command alone, without HTTP: what the API's ExecuteScript and a job's scripts step both
/// pass (reference §3.10, §11.3; semantics §3). The same rules seen through the API are in Api/ExecuteValidationTests.
/// </summary>
public sealed class ExecuteScriptRulesTests
{
    private static readonly LimitsOptions Limits = new();
    private static readonly LimitsOptions Strict = LimitsOptions.Coc();

    private static readonly ScriptParameter Who = new("who", "world", "", false);
    private static readonly ScriptParameter Password = new("pw", "s3cret", "", true);
    private static readonly IReadOnlyList<ScriptParameter> Declared = [Who, Password];

    private static ExecuteScript.Host Host(string id, string region = "r1") => new(id, region, null, null, null);

    private static ExecuteScript Valid() => new(
        ExecuteUser: "root", TimeoutSeconds: 60, SuccessRate: 100, Parameters: [new("who", "ops")], MaxConcurrency: null,
        WaitAgentSeconds: null, Batches: [new(1, "CONTINUE", [Host("h1"), Host("h2")]), new(2, "PAUSE", [Host("h3")])]);

    private static CommandRejected Rejected(ExecuteScript command, LimitsOptions? limits = null, ScriptKind kind = ScriptKind.Shell,
        IReadOnlyList<ScriptParameter>? declared = null) =>
        Should.Throw<CommandRejected>(() => ExecuteScriptRules.Plan(command, declared ?? Declared, kind, limits ?? Limits));

    [Fact]
    public void A_valid_command_becomes_the_plan_of_its_ticket()
    {
        var plan = ExecuteScriptRules.Plan(Valid() with { MaxConcurrency = 2, WaitAgentSeconds = 30 }, Declared, ScriptKind.Shell, Limits);

        plan.ExecuteUser.ShouldBe("root");
        plan.TimeoutSeconds.ShouldBe(60);
        plan.SuccessRate.ShouldBe(100);
        plan.MaxConcurrency.ShouldBe(2);
        plan.WaitAgentSeconds.ShouldBe(30);
        plan.Parameters.ShouldBe(new[] { Who with { Value = "ops" }, Password });
        plan.Batches.Select(b => (b.Index, b.Rotation)).ShouldBe(new[] { (1, RotationStrategy.Continue), (2, RotationStrategy.Pause) });
        plan.Batches[0].Hosts.Select(h => h.ResourceId).ShouldBe(new[] { "h1", "h2" });
        // What a caller leaves out of a host: COC's defaults.
        plan.Batches[0].Hosts[0].ShouldSatisfyAllConditions(
            h => h.Provider.ShouldBe("ECS"), h => h.Type.ShouldBe("CLOUDSERVER"), h => h.Attributes.ShouldBeEmpty());
    }

    [Fact]
    public void Left_out_parameters_and_wait_run_with_the_scripts_values_and_no_wait()
    {
        var plan = ExecuteScriptRules.Plan(Valid() with { Parameters = null, WaitAgentSeconds = null }, Declared, ScriptKind.Shell, Limits);

        plan.Parameters.ShouldBe(Declared.ToArray());
        plan.WaitAgentSeconds.ShouldBe(0);
    }

    [Fact]
    public void Batches_given_in_any_order_are_planned_by_index()
    {
        var plan = ExecuteScriptRules.Plan(Valid() with { Batches = [new(2, "PAUSE", [Host("x2")]), new(1, "CONTINUE", [Host("x1")])] },
            Declared, ScriptKind.Shell, Limits);

        plan.Batches.Select(b => b.Hosts[0].ResourceId).ShouldBe(new[] { "x1", "x2" });
    }

    [Fact]
    public void A_sensitive_value_sent_back_masked_keeps_the_scripts_value()
    {
        var plan = ExecuteScriptRules.Plan(Valid() with { Parameters = [new("pw", ParameterRules.MaskedValue)] }, Declared, ScriptKind.Shell, Limits);

        plan.Parameters.Single(p => p.Name == "pw").Value.ShouldBe("s3cret");
    }

    [Fact]
    public void Custom_attributes_are_kept_on_their_host()
    {
        var host = Host("h1") with { Attributes = [new("team", "ops"), new("", "")] };
        var plan = ExecuteScriptRules.Plan(Valid() with { Batches = [new(1, "CONTINUE", [host])] }, Declared, ScriptKind.Shell, Limits);

        plan.Batches[0].Hosts[0].Attributes.ShouldBe(new[] { new HostCustomAttribute("team", "ops"), new HostCustomAttribute("", "") });
    }

    public static TheoryData<string> Cases => new(CasesByName.Keys);

    // Each broken rule: the code and the whole message, as the API has answered them (the HTTP edge passes both on).
    private static readonly Dictionary<string, (Func<ExecuteScript, ExecuteScript> Change, string Code, string Message)> CasesByName = new()
    {
        ["timeout missing"] = (c => c with { TimeoutSeconds = null }, ErrorCodes.InvalidParameter, "execute_param.timeout: required"),
        ["timeout 5"] = (c => c with { TimeoutSeconds = 5 }, ErrorCodes.InvalidParameter, "execute_param.timeout: must be greater than 5 and at most 86400 seconds"),
        ["timeout over a day"] = (c => c with { TimeoutSeconds = 86_401 }, ErrorCodes.InvalidParameter, "execute_param.timeout: must be greater than 5 and at most 86400 seconds"),
        ["success_rate missing"] = (c => c with { SuccessRate = null }, ErrorCodes.InvalidParameter, "execute_param.success_rate: required"),
        ["success_rate 0.9"] = (c => c with { SuccessRate = 0.9 }, ErrorCodes.InvalidParameter, "execute_param.success_rate: must be between 1 and 100"),
        ["success_rate NaN"] = (c => c with { SuccessRate = double.NaN }, ErrorCodes.InvalidParameter, "execute_param.success_rate: must be between 1 and 100"),
        ["success_rate 50.01"] = (c => c with { SuccessRate = 50.01 }, ErrorCodes.InvalidParameter, "execute_param.success_rate: must have at most one decimal place"),
        ["execute_user missing"] = (c => c with { ExecuteUser = null }, ErrorCodes.InvalidParameter, "execute_param.execute_user: required"),
        ["execute_user empty"] = (c => c with { ExecuteUser = "" }, ErrorCodes.InvalidParameter, "execute_param.execute_user: required"),
        ["execute_user with ;"] = (c => c with { ExecuteUser = "root;id" }, ErrorCodes.InvalidParameter,
            "execute_param.execute_user: must be a user name of 1-32 letters, digits, '.', '_' or '-'"),
        ["max_concurrency 0"] = (c => c with { MaxConcurrency = 0 }, ErrorCodes.InvalidParameter, "execute_param.max_concurrency: must be at least 1"),
        ["wait_agent_seconds -1"] = (c => c with { WaitAgentSeconds = -1 }, ErrorCodes.InvalidParameter, "execute_param.wait_agent_seconds: must be between 0 and 86400"),
        ["21 parameters"] = (c => c with { Parameters = Enumerable.Range(1, 21).Select(i => new ExecuteScript.ParameterValue($"p{i}", "v")).ToList() },
            ErrorCodes.InvalidParameter, "execute_param.script_params: at most 20 parameters"),
        ["param_name missing"] = (c => c with { Parameters = [new(null, "x")] }, ErrorCodes.InvalidParameter, "execute_param.script_params[0].param_name: required"),
        ["param_name with -"] = (c => c with { Parameters = [new("a-b", "x")] }, ErrorCodes.InvalidParameter,
            "execute_param.script_params[0].param_name: must be 1-64 letters, digits or '_'"),
        ["duplicate parameter"] = (c => c with { Parameters = [new("who", "a"), new("who", "b")] }, ErrorCodes.InvalidParameter,
            "execute_param.script_params[1].param_name: duplicate parameter name 'who'"),
        ["unknown parameter"] = (c => c with { Parameters = [new("nope", "a")] }, ErrorCodes.InvalidParameter,
            "execute_param.script_params[0].param_name: the script declares no parameter 'nope' (it declares who, pw)"),
        ["parameter store"] = (c => c with { Parameters = [new("who", "", FromParameterStore: true)] }, ErrorCodes.InvalidParameter,
            "execute_param.script_params[0].param_refer: parameter-store references are not supported by Drover; pass param_value"),
        ["param_value missing"] = (c => c with { Parameters = [new("who", null)] }, ErrorCodes.InvalidParameter, "execute_param.script_params[0].param_value: required"),
        ["value with $"] = (c => c with { Parameters = [new("who", "$HOME")] }, ErrorCodes.ScriptInvalid,
            "execute_param.script_params[0].param_value: The paramValue is invalid: it may contain only letters, digits, spaces and _ - / . * ? : , = + @ # \\ [ { ] }"),
        ["value of 4097"] = (c => c with { Parameters = [new("who", new string('v', 4097))] }, ErrorCodes.ScriptInvalid,
            "execute_param.script_params[0].param_value: The paramValue is invalid: length must be at most 4096"),
        ["batches missing"] = (c => c with { Batches = null }, ErrorCodes.InvalidParameter, "execute_batches: required, at least 1 batch"),
        ["batches empty"] = (c => c with { Batches = [] }, ErrorCodes.InvalidParameter, "execute_batches: required, at least 1 batch"),
        ["101 batches"] = (c => c with { Batches = Enumerable.Range(1, 101).Select(i => new ExecuteScript.Batch(i, "CONTINUE", [Host($"b{i}")])).ToList() },
            ErrorCodes.InvalidParameter, "execute_batches: at most 100 batches (got 101)"),
        ["batch_index missing"] = (c => c with { Batches = [new(null, "CONTINUE", [Host("h1")])] }, ErrorCodes.InvalidParameter, "execute_batches[0].batch_index: required"),
        ["batch_index 0"] = (c => c with { Batches = [new(0, "CONTINUE", [Host("h1")])] }, ErrorCodes.InvalidParameter, "execute_batches[0].batch_index: must be between 1 and 100"),
        ["duplicate batch_index"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1")]), new(1, "CONTINUE", [Host("h2")])] }, ErrorCodes.InvalidParameter,
            "execute_batches[1].batch_index: duplicate batch_index 1"),
        ["gap in batch_index"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1")]), new(3, "CONTINUE", [Host("h2")])] }, ErrorCodes.InvalidParameter,
            "execute_batches: batch_index values must be 1..2 without gaps (2 is missing)"),
        ["rotation missing"] = (c => c with { Batches = [new(1, null, [Host("h1")])] }, ErrorCodes.InvalidParameter, "execute_batches[0].rotation_strategy: required"),
        ["rotation STOP"] = (c => c with { Batches = [new(1, "STOP", [Host("h1")])] }, ErrorCodes.InvalidParameter, "execute_batches[0].rotation_strategy: must be one of CONTINUE, PAUSE"),
        ["no hosts"] = (c => c with { Batches = [new(1, "CONTINUE", [])] }, ErrorCodes.InvalidParameter, "execute_batches[0].target_instances: required, at least 1 host"),
        ["resource_id missing"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1") with { ResourceId = null }])] }, ErrorCodes.InvalidParameter,
            "execute_batches[0].target_instances[0].resource_id: required, length 1-64"),
        ["region_id of 33"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1", new string('r', 33))])] }, ErrorCodes.InvalidParameter,
            "execute_batches[0].target_instances[0].region_id: required, length 1-32"),
        ["mixed providers"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1"), Host("h2") with { Provider = "CCE" }])] }, ErrorCodes.InvalidParameter,
            "execute_batches[0].target_instances[1].provider: all hosts of a ticket must have the same provider ('ECS')"),
        ["type DOCKER"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1") with { Type = "DOCKER" }])] }, ErrorCodes.InvalidParameter,
            "execute_batches[0].target_instances[0].type: must be CLOUDSERVER"),
        ["same host in two batches"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1")]), new(2, "CONTINUE", [Host("h1")])] }, ErrorCodes.InvalidParameter,
            "execute_batches[1].target_instances[0].resource_id: host h1 (r1) appears more than once in this ticket"),
        ["6 custom attributes"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1") with { Attributes = Enumerable.Range(1, 6).Select(i => new ExecuteScript.CustomAttribute($"k{i}", "v")).ToList() }])] },
            ErrorCodes.InvalidParameter, "execute_batches[0].target_instances[0].custom_attributes: at most 5 attributes"),
        ["attribute key missing"] = (c => c with { Batches = [new(1, "CONTINUE", [Host("h1") with { Attributes = [new(null, "v")] }])] }, ErrorCodes.InvalidParameter,
            "execute_batches[0].target_instances[0].custom_attributes[0].key: required, length 0-20"),
        // The first rule broken is the one answered, in the order the API has always checked them.
        ["timeout before user"] = (c => c with { TimeoutSeconds = 1, ExecuteUser = null }, ErrorCodes.InvalidParameter,
            "execute_param.timeout: must be greater than 5 and at most 86400 seconds"),
        ["parameters before batches"] = (c => c with { Parameters = [new("nope", "a")], Batches = null }, ErrorCodes.InvalidParameter,
            "execute_param.script_params[0].param_name: the script declares no parameter 'nope' (it declares who, pw)"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_command_that_breaks_a_rule_is_rejected_naming_the_field_and_the_rule(string name)
    {
        var (change, code, message) = CasesByName[name];
        var rejected = Rejected(change(Valid()));
        rejected.Code.ShouldBe(code);
        rejected.Message.ShouldBe(message);
    }

    [Fact]
    public void Strict_COC_limits_are_COCs_numbers()
    {
        Rejected(Valid() with { TimeoutSeconds = 1800 }, Strict).Message.ShouldBe("execute_param.timeout: must be greater than 5 and at most 1799 seconds");
        Rejected(Valid() with { Batches = [new(1, "CONTINUE", Enumerable.Range(1, 11).Select(i => Host($"h{i}")).ToList())] }, Strict).Message
            .ShouldBe("execute_batches[0].target_instances: at most 10 hosts per batch (got 11)");
        Rejected(Valid() with { Batches = [new(1, "CONTINUE", [Host("h1") with { Attributes = [new(new string('k', 11), "v")] }])] }, Strict).Message
            .ShouldBe("execute_batches[0].target_instances[0].custom_attributes[0].key: required, length 0-10");
    }

    [Fact]
    public void A_BAT_scripts_default_that_cmd_would_read_as_structure_must_be_overridden()
    {
        IReadOnlyList<ScriptParameter> declared = [new("dir", "a b", "", false)];
        var rejected = Rejected(Valid() with { Parameters = null }, kind: ScriptKind.Bat, declared: declared);
        rejected.Code.ShouldBe(ErrorCodes.ScriptInvalid);
        rejected.Message.ShouldStartWith("execute_param.script_params: the script's default for 'dir' (script_params[0].param_value) is invalid: it must not contain");

        var plan = ExecuteScriptRules.Plan(Valid() with { Parameters = [new("dir", "ab")] }, declared, ScriptKind.Bat, Limits);
        plan.Parameters.ShouldBe(new[] { new ScriptParameter("dir", "ab", "", false) });
    }
}
