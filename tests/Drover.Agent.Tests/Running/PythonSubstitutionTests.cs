using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

/// <summary>PYTHON placeholders: escaped inside a literal, a literal of their own outside one.</summary>
public class PythonSubstitutionTests
{
    public static TheoryData<string> Values => new(CharacterClasses.All);

    private static string Python(string content, string value) =>
        ScriptTemplate.Substitute(ScriptKind.Python, content, [new ScriptParameter { Name = "v", Value = value }]);

    private static string Backslashed(string value, string special) =>
        string.Concat(value.Select(c => special.Contains(c) ? "\\" + c : c.ToString()));

    [Theory, MemberData(nameof(Values))]
    public void Outside_a_literal_a_value_is_a_string_literal(string value) =>
        Python("print(${v})", value).ShouldBe($"print('{Backslashed(value, "\\'")}')");

    [Theory, MemberData(nameof(Values))]
    public void In_a_double_quoted_literal_backslash_and_double_quote_are_escaped(string value) =>
        Python("print(\"<${v}>\")", value).ShouldBe($"print(\"<{Backslashed(value, "\\\"")}>\")");

    [Theory, MemberData(nameof(Values))]
    public void In_a_single_quoted_literal_backslash_and_single_quote_are_escaped(string value) =>
        Python("print('<${v}>')", value).ShouldBe($"print('<{Backslashed(value, "\\'")}>')");

    [Theory, MemberData(nameof(Values))]
    public void In_a_comment_a_value_is_raw(string value) =>
        Python("x = 1  # ${v}\nprint(${v})", value).ShouldBe($"x = 1  # {value}\nprint('{Backslashed(value, "\\'")}')");

    [Fact]
    public void Triple_quoted_literals_span_lines() =>
        Python("s = \"\"\"a\n\"${v}\"\n\"\"\"\nt = ${v}", "q\"").ShouldBe("s = \"\"\"a\n\"q\\\"\"\n\"\"\"\nt = 'q\"'");

    [Fact]
    public void In_an_f_string_braces_are_doubled() =>
        Python("print(f\"{x} ${v}\")", "{a,b}").ShouldBe("print(f\"{x} {{a,b}}\")");

    [Fact]
    public void A_raw_literal_is_closed_and_reopened_around_the_value() =>
        Python("print(r\"<${v}>\", rb'${v}')", "a\\").ShouldBe("print(r\"<\" 'a\\\\' r\">\", rb'' b'a\\\\' rb'')");

    [Fact]
    public void Escapes_and_names_ending_in_r_do_not_confuse_the_lexer() =>
        Python("print(\"\\\"${v}\", bar, ${v})", "w").ShouldBe("print(\"\\\"w\", bar, 'w')");

    [Fact]
    public void Line_breaks_and_control_characters_are_escaped() =>
        Python("print(${v})", "a\nb\u0001").ShouldBe("print('a\\nb\\x01')");
}
