using Drover.Domain.Scripts;

namespace Drover.Domain.Tests;

/// <summary>Issue 9: for BAT the server refuses, with the character and the reason, what cmd.exe reads as structure.</summary>
public class BatParameterRulesTests
{
    [Theory]
    [InlineData("a b", "must not contain a space in a BAT script: cmd.exe splits arguments there")]
    [InlineData("a,b", "must not contain ',' in a BAT script: cmd.exe splits arguments there")]
    [InlineData("k=v", "must not contain '=' in a BAT script: cmd.exe splits arguments there")]
    [InlineData("*", "must not contain '*' in a BAT script: cmd.exe and the commands it runs expand wildcards")]
    [InlineData("a?", "must not contain '?' in a BAT script: cmd.exe and the commands it runs expand wildcards")]
    [InlineData(":label", "must not start with ':' in a BAT script: cmd.exe reads a line starting with ':' as a label and skips it")]
    public void BAT_refuses_separators_wildcards_and_a_leading_colon(string value, string problem) =>
        ParameterRules.ValueProblem(value, ScriptKind.Bat).ShouldBe(problem);

    [Theory]
    [InlineData("50%")]
    [InlineData("a^b")]
    [InlineData("a&b")]
    [InlineData("a|b")]
    [InlineData("a>b")]
    [InlineData("\"q\"")]
    [InlineData("f(x)")]
    [InlineData("!x")]
    public void BAT_metacharacters_stay_refused_by_the_common_rule(string value) =>
        ParameterRules.ValueProblem(value, ScriptKind.Bat).ShouldBe(ParameterRules.ValueProblem(value));

    [Theory]
    [InlineData("")]
    [InlineData("C:\\Windows\\Temp\\")]
    [InlineData("user@host")]
    [InlineData("-rf")]
    [InlineData("/q")]
    [InlineData("#x")]
    [InlineData("[a]{b}+_.x")]
    [InlineData("a:b")]
    public void BAT_accepts_what_cmd_reads_literally(string value) =>
        ParameterRules.ValueProblem(value, ScriptKind.Bat).ShouldBeNull();

    [Theory]
    [InlineData("a.tmp DIR/important.txt #")]
    [InlineData("*")]
    [InlineData("a\\")]
    [InlineData(":x, k=v?")]
    public void SHELL_and_PYTHON_take_every_COC_value_the_agent_quotes_it(string value)
    {
        ParameterRules.ValueProblem(value, ScriptKind.Shell).ShouldBeNull();
        ParameterRules.ValueProblem(value, ScriptKind.Python).ShouldBeNull();
    }

    [Fact]
    public void The_common_rule_comes_first() =>
        ParameterRules.ValueProblem("a b..c", ScriptKind.Bat).ShouldBe("must not contain two consecutive dots");
}
