using System.Text.Json.Nodes;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// Issue 9: a value must never change a script's structure. cmd.exe has no quoting that keeps every character
/// literal, so for a BAT script the server refuses what cmd.exe would read as structure, with a 400 naming the
/// field and the rule; SHELL and PYTHON take the same values (the agent quotes them by context).
/// </summary>
public sealed class BatParameterTests(BatParameterTests.Fixture fixture) : IClassFixture<BatParameterTests.Fixture>
{
    private const string BadParamValue = "COC.00040601";

    public sealed class Fixture : DroverFixture
    {
        public string Bat { get; private set; } = "";
        public string Shell { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Bat = await D.CreateScriptAsync(ScriptBody("bat_params", "echo ${who}", type: "BAT", parameters: [Param("who", "world")]));
            Shell = await D.CreateScriptAsync(ScriptBody("shell_params", "printf '%s\\n' ${who}", parameters: [Param("who", "world")]));
        }
    }

    private TestDrover D => fixture.D;

    private static JsonObject Execute(string value) => ExecuteBody([["h1"]], parameters: [ValueOf("who", value)]);

    [Theory]
    [InlineData("a b", "must not contain a space in a BAT script: cmd.exe splits arguments there")]
    [InlineData("a,b", "must not contain ',' in a BAT script: cmd.exe splits arguments there")]
    [InlineData("k=v", "must not contain '=' in a BAT script: cmd.exe splits arguments there")]
    [InlineData("*.log", "must not contain '*' in a BAT script: cmd.exe and the commands it runs expand wildcards")]
    [InlineData("what?", "must not contain '?' in a BAT script: cmd.exe and the commands it runs expand wildcards")]
    [InlineData(":eof", "must not start with ':' in a BAT script")]
    public async Task Executing_a_BAT_script_refuses_values_cmd_would_read_as_structure(string value, string rule)
    {
        var before = await D.TicketTotalAsync();
        var msg = (await D.PostAsync($"/v1/job/scripts/{fixture.Bat}", Execute(value))).ShouldBe400(BadParamValue);
        msg.ShouldContain("execute_param.script_params[0].param_value", Case.Sensitive, msg);
        msg.ShouldContain(rule, Case.Sensitive, msg);
        (await D.TicketTotalAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("C:\\Windows\\Temp")]
    [InlineData("user@host")]
    [InlineData("-rf")]
    [InlineData("[a]{b}+#")]
    public async Task Executing_a_BAT_script_accepts_what_cmd_reads_literally(string value) =>
        TicketUuidPattern().IsMatch((await D.PostAsync($"/v1/job/scripts/{fixture.Bat}", Execute(value))).Ok().Str()).ShouldBeTrue();

    [Fact]
    public async Task A_SHELL_script_takes_the_same_values_the_agent_quotes_them() =>
        TicketUuidPattern().IsMatch((await D.PostAsync($"/v1/job/scripts/{fixture.Shell}", Execute("a.tmp DIR/important.txt #"))).Ok().Str())
            .ShouldBeTrue();

    [Fact]
    public async Task Creating_a_BAT_script_refuses_such_a_default()
    {
        var body = ScriptBody("bat_bad_default", "echo ${who}", type: "BAT", parameters: [Param("who", "a b")]);
        var msg = (await D.PostAsync("/v1/job/scripts", body)).ShouldBe400(BadParamValue);
        msg.ShouldContain("script_params[0].param_value: The paramValue is invalid: it must not contain a space in a BAT script", Case.Sensitive, msg);
    }
}
