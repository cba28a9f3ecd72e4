using System.Diagnostics;
using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

/// <summary>
/// Issue 9: a parameter value must never change a script's structure. These run the substituted scripts with the
/// real bash and python3, in a folder with files in it, so a glob, an added argument or a comment would show.
/// </summary>
public class ParameterStructureTests
{
    public static TheoryData<string> Values => new(CharacterClasses.All);

    private static ScriptParameter V(string value, bool sensitive = false) => new() { Name = "v", Value = value, Sensitive = sensitive };

    private static async Task<string> RunShellAsync(string content, string value)
    {
        var run = await Scripts.RunAsync(Scripts.Shell(content, parameters: V(value)));
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited, run.Output);
        return run.Output;
    }

    private static async Task<string> RunPythonAsync(string content, string value)
    {
        var task = Scripts.Shell(content, parameters: V(value));
        task.Kind = ScriptKind.Python;
        var run = await Scripts.RunAsync(task);
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited, run.Output);
        return run.Output;
    }

    [Fact]
    public async Task An_unquoted_value_with_spaces_and_a_hash_is_one_argument() =>
        (await RunShellAsync("printf '%s\\n' ${v}", "a.tmp DIR/important.txt #")).ShouldBe("a.tmp DIR/important.txt #\n");

    [Fact]
    public async Task A_star_does_not_glob() =>
        (await RunShellAsync("cd \"$(mktemp -d)\" && touch one two && ls -d ${v} 2>&1; echo rc=$?", "*"))
            .ShouldBe("ls: cannot access '*': No such file or directory\nrc=2\n");

    [Fact]
    public async Task A_hash_does_not_comment_out_the_rest_of_the_line() =>
        (await RunShellAsync("echo ${v} rest", "#x")).ShouldBe("#x rest\n");

    [Fact]
    public async Task A_trailing_backslash_does_not_join_lines() =>
        (await RunShellAsync("echo ${v}\necho next", "end\\")).ShouldBe("end\\\nnext\n");

    [Fact]
    public async Task A_placeholder_the_script_already_quotes_keeps_working() =>
        (await RunShellAsync("echo \"hi ${v}\"", "world")).ShouldBe("hi world\n");

    [Fact]
    public async Task Python_prints_the_value_literally_inside_and_outside_a_string() =>
        (await RunPythonAsync("print(\"${v}\")\nprint(${v})", "a\\ \"b\" # {c}")).ShouldBe("a\\ \"b\" # {c}\na\\ \"b\" # {c}\n");

    [Fact]
    public async Task A_sensitive_value_is_still_masked_as_the_script_prints_it()
    {
        var run = await Scripts.RunAsync(Scripts.Shell("echo ${v}; echo \"${v}\"; set -x; : ${v}", parameters: V("top secret\\", sensitive: true)));
        run.Output.ShouldNotContain("secret");
        run.Output.ShouldContain("*****\n*****\n");
    }

    /// <summary>Every character class in every SHELL context: each line must print exactly <c>&lt;value&gt;</c>.</summary>
    [Theory, MemberData(nameof(Values))]
    public async Task Bash_sees_each_value_as_one_literal_word_in_every_context(string value)
    {
        const string script = """
            cd "$(mktemp -d)" && touch a b DIR
            printf '<%s>\n' ${v}
            printf '<%s>\n' "${v}"
            printf '<%s>\n' '${v}'
            printf '<%s>\n' "$(printf '%s' ${v})"
            printf '<%s>\n' "`printf '%s' ${v}`"
            x=${v}; printf '<%s>\n' "$x"
            cat <<EOF
            <${v}>
            EOF
            cat <<'EOF'
            <${v}>
            EOF
            echo done # ${v}
            """;
        var line = $"<{value}>\n";
        (await RunBashAsync(script, value)).ShouldBe(string.Concat(Enumerable.Repeat(line, 8)) + "done\n");
    }

    [Theory, MemberData(nameof(Values))]
    public async Task Python_sees_each_value_as_one_literal_string_in_every_context(string value)
    {
        const string script = """
            print("<${v}>")
            print('<${v}>')
            print('<' + ${v} + '>')
            print(f"<${v}>")
            print(\"\"\"<${v}>\"\"\")
            print(r"<${v}>")
            # ${v}
            """;
        var line = $"<{value}>\n";
        (await RunProcessAsync("python3", script.Replace("\\\"", "\"", StringComparison.Ordinal), value, ".py"))
            .ShouldBe(string.Concat(Enumerable.Repeat(line, 6)));
    }

    // The per-value theories run the interpreter directly: the runner (supervisor, journal) is covered above,
    // and twenty values times two interpreters through it would only slow a loaded machine down.
    private static Task<string> RunBashAsync(string script, string value) => RunProcessAsync("bash", script, value, ".sh");

    private static async Task<string> RunProcessAsync(string program, string script, string value, string extension)
    {
        using var dir = new TempDirectory();
        var kind = extension == ".py" ? ScriptKind.Python : ScriptKind.Shell;
        var file = Path.Combine(dir.Path, "script" + extension);
        await File.WriteAllTextAsync(file, ScriptTemplate.Substitute(kind, script, [V(value)]));
        var start = new ProcessStartInfo(program, [file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        (await errors).ShouldBeEmpty();
        return await output;
    }
}
