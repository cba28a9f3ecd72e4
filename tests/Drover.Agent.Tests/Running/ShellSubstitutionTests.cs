using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

/// <summary>
/// Each character class COC allows in a value, in each place a SHELL placeholder can sit: the text written
/// must be the value as one literal word (what bash then makes of it is checked for real in
/// <see cref="ParameterStructureTests"/>).
/// </summary>
public class ShellSubstitutionTests
{
    public static TheoryData<string> Values => new(CharacterClasses.All);

    private static string Shell(string content, string value) =>
        ScriptTemplate.Substitute(ScriptKind.Shell, content, [new ScriptParameter { Name = "v", Value = value }]);

    private static string Backslashed(string value, string special) =>
        string.Concat(value.Select(c => special.Contains(c) ? "\\" + c : c.ToString()));

    [Theory, MemberData(nameof(Values))]
    public void Unquoted_a_value_is_single_quoted(string value) =>
        Shell("printf '%s\\n' ${v} rest", value).ShouldBe($"printf '%s\\n' '{value}' rest");

    [Theory, MemberData(nameof(Values))]
    public void In_double_quotes_a_value_is_raw_with_backslash_quote_dollar_and_backtick_escaped(string value) =>
        Shell("echo \"hi ${v}\"", value).ShouldBe($"echo \"hi {Backslashed(value, "\\\"$`")}\"");

    [Theory, MemberData(nameof(Values))]
    public void In_single_quotes_a_value_is_raw(string value) =>
        Shell("echo 'hi ${v}'", value).ShouldBe($"echo 'hi {value}'");

    [Theory, MemberData(nameof(Values))]
    public void In_a_comment_a_value_is_raw(string value) =>
        Shell("echo x # about ${v}\necho ${v}", value).ShouldBe($"echo x # about {value}\necho '{value}'");

    [Theory, MemberData(nameof(Values))]
    public void In_an_unquoted_heredoc_a_value_is_raw_with_backslash_dollar_and_backtick_escaped(string value) =>
        Shell("cat <<EOF\n<${v}>\nEOF\necho ${v}", value)
            .ShouldBe($"cat <<EOF\n<{Backslashed(value, "\\$`")}>\nEOF\necho '{value}'");

    [Theory, MemberData(nameof(Values))]
    public void In_a_quoted_heredoc_a_value_is_raw(string value) =>
        Shell("cat <<'EOF'\n<${v}>\nEOF\ncat <<-\"X\"\n\t${v}\n\tX\necho ${v}", value)
            .ShouldBe($"cat <<'EOF'\n<{value}>\nEOF\ncat <<-\"X\"\n\t{value}\n\tX\necho '{value}'");

    [Theory, MemberData(nameof(Values))]
    public void Command_substitution_and_backticks_are_unquoted_even_within_double_quotes(string value) =>
        Shell("echo \"$(printf %s ${v})\" `echo ${v}`", value).ShouldBe($"echo \"$(printf %s '{value}')\" `echo '{value}'`");

    [Theory, MemberData(nameof(Values))]
    public void In_ansi_c_quotes_backslash_and_quote_are_escaped(string value) =>
        Shell("echo $'${v}'", value).ShouldBe($"echo $'{Backslashed(value, "\\'")}'");

    [Fact]
    public void A_single_quote_is_closed_escaped_and_reopened() =>
        Shell("echo ${v} '${v}'", "it's").ShouldBe("echo 'it'\\''s' 'it'\\''s'");

    [Fact]
    public void A_hash_inside_a_word_is_not_a_comment() =>
        Shell("echo a#b ${v} $# ${#x} ${v}", "w").ShouldBe("echo a#b 'w' $# ${#x} 'w'");

    [Fact]
    public void Quotes_are_followed_across_lines_and_escapes() =>
        Shell("echo \"a\\\" ${v}\nb\" ${v} \\\" ${v}", "w").ShouldBe("echo \"a\\\" w\nb\" 'w' \\\" 'w'");

    [Fact]
    public void An_escaped_placeholder_is_the_shell_s_literal_text() =>
        Shell("echo \\${v} \"\\${v}\"", "w").ShouldBe("echo \\${v} \"\\${v}\"");

    [Fact]
    public void Inside_parameter_expansion_the_value_takes_the_quoting_around_it() =>
        Shell("echo ${x:-${v}} \"${x:-${v}}\"", "a b").ShouldBe("echo ${x:-'a b'} \"${x:-a b}\"");

    [Fact]
    public void In_arithmetic_a_value_is_raw() =>
        Shell("echo $(( ${v} * (2) )) ${v}", "1 + 2").ShouldBe("echo $(( 1 + 2 * (2) )) '1 + 2'");

    [Fact]
    public void Heredocs_end_at_their_delimiter_and_run_one_after_another() =>
        Shell("cat <<A <<'B' # ${v}\n${v}\nA\n${v}\nB\n${v}", "x\\").ShouldBe("cat <<A <<'B' # x\\\nx\\\\\nA\nx\\\nB\n'x\\'");

    [Fact]
    public void Here_strings_are_not_heredocs() =>
        Shell("cat <<< ${v}\n${v}", "a b").ShouldBe("cat <<< 'a b'\n'a b'");

    [Fact]
    public void Unknown_names_and_shell_expansions_stay() =>
        Shell("echo ${v} ${HOME} ${unknown} ${v:-x} $v", "w").ShouldBe("echo 'w' ${HOME} ${unknown} ${v:-x} $v");

    [Fact]
    public void A_hash_right_after_a_command_substitution_is_not_a_comment() =>
        Shell("echo $(echo a)#b ${v}", "a b").ShouldBe("echo $(echo a)#b 'a b'");

    [Fact]
    public void A_shift_in_an_arithmetic_command_is_not_a_heredoc() =>
        Shell("((x = 1 << 2))\necho ${v}", "a b").ShouldBe("((x = 1 << 2))\necho 'a b'");

    [Fact]
    public void A_case_pattern_does_not_close_a_command_substitution() =>
        Shell("echo \"$(case $x in a) echo ${v};; (b) echo ${v};; esac) ${v}\" ${v}", "a b")
            .ShouldBe("echo \"$(case $x in a) echo 'a b';; (b) echo 'a b';; esac) a b\" 'a b'");

    [Theory]
    [InlineData(nameof(ShellContext.Unquoted), "'it'\\''s \\ \"x\" $y `z`'")]
    [InlineData(nameof(ShellContext.DoubleQuoted), "it's \\\\ \\\"x\\\" \\$y \\`z\\`")]
    [InlineData(nameof(ShellContext.SingleQuoted), "it'\\''s \\ \"x\" $y `z`")]
    [InlineData(nameof(ShellContext.AnsiC), "it\\'s \\\\ \"x\" $y `z`")]
    [InlineData(nameof(ShellContext.Heredoc), "it's \\\\ \"x\" \\$y \\`z\\`")]
    [InlineData(nameof(ShellContext.Literal), "it's \\ \"x\" $y `z`")]
    public void Each_context_escapes_what_is_special_there_even_beyond_what_the_server_accepts(string context, string written) =>
        ShellQuoting.Quote("it's \\ \"x\" $y `z`", Enum.Parse<ShellContext>(context)).ShouldBe(written);
}
