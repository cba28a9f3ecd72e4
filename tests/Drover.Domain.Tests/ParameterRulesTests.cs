using Drover.Domain.Scripts;

namespace Drover.Domain.Tests;

/// <summary>semantics §3 "Running": COC's character rules, so that ${name} substitution cannot inject shell.</summary>
public class ParameterRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("_")]
    [InlineData("name_1")]
    [InlineData("PORT")]
    [InlineData("0abc")]
    public void Valid_names(string name) => ParameterRules.IsValidName(name).ShouldBeTrue();

    [Fact]
    public void A_name_of_64_characters_is_valid_and_65_is_not()
    {
        ParameterRules.IsValidName(new string('n', 64)).ShouldBeTrue();
        ParameterRules.IsValidName(new string('n', 65)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-b")]
    [InlineData("a b")]
    [InlineData("a.b")]
    [InlineData("a$")]
    [InlineData("${a}")]
    [InlineData("名前")]
    [InlineData("é")]
    [InlineData("a\tb")]
    [InlineData("\nabc")]
    public void Invalid_names(string name) => ParameterRules.IsValidName(name).ShouldBeFalse();

    [Fact]
    public void A_name_with_a_trailing_newline_is_invalid() =>
        // .NET's '$' also matches before a final '\n': the name pattern must anchor at the very end.
        ParameterRules.IsValidName("abc\n").ShouldBeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("Hello World 42")]
    [InlineData("/usr/local/bin")]
    [InlineData("key=value,other=1")]
    [InlineData("a:b")]
    [InlineData("user@example.com")]
    [InlineData("#tag")]
    [InlineData("C:\\Windows\\Temp")]
    [InlineData("[1]{2}")]
    [InlineData("*.log")]
    [InlineData("what?")]
    [InlineData("1+1-1")]
    [InlineData("1.2.3")]
    [InlineData("./run")]
    [InlineData(".")]
    public void Values_made_of_allowed_characters_are_accepted(string value) => ParameterRules.ValueProblem(value).ShouldBeNull();

    [Theory]
    [InlineData("$HOME")]
    [InlineData("${x}")]
    [InlineData("`id`")]
    [InlineData("a;b")]
    [InlineData("a|b")]
    [InlineData("a&b")]
    [InlineData("a&&b")]
    [InlineData("'quoted'")]
    [InlineData("\"quoted\"")]
    [InlineData("f(x)")]
    [InlineData("a)")]
    [InlineData("a>b")]
    [InlineData("a<b")]
    [InlineData("a>>b")]
    [InlineData("a\nrm x")]
    [InlineData("a\rb")]
    [InlineData("a\tb")]
    [InlineData("!x")]
    [InlineData("~root")]
    [InlineData("50%")]
    [InlineData("a^b")]
    [InlineData("é")]
    [InlineData("\0")]
    public void Values_with_a_forbidden_character_are_refused(string value)
    {
        var problem = ParameterRules.ValueProblem(value);

        problem.ShouldBe("may contain only letters, digits, spaces and _ - / . * ? : , = + @ # \\ [ { ] }");
    }

    [Theory]
    [InlineData("abc\n")]
    [InlineData("value\n")]
    public void A_value_with_a_trailing_newline_is_refused(string value) =>
        // A newline ends the shell command the value is substituted into; .NET's '$' matches before a final '\n'.
        ParameterRules.ValueProblem(value).ShouldNotBeNull();

    [Theory]
    [InlineData("..")]
    [InlineData("../etc/passwd")]
    [InlineData("/var/log/../../etc")]
    [InlineData("a...b")]
    public void Values_with_two_consecutive_dots_are_refused(string value) =>
        ParameterRules.ValueProblem(value).ShouldBe("must not contain two consecutive dots");

    [Fact]
    public void Masks_are_17_and_5_asterisks()
    {
        ParameterRules.MaskedValue.ShouldBe(new string('*', 17));
        ParameterRules.OutputMask.ShouldBe("*****");
    }
}
