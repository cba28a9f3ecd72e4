using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

public class ScriptTemplateTests
{
    private static readonly ScriptParameter[] Parameters =
    [
        new() { Name = "name", Value = "world" },
        new() { Name = "Port", Value = "8080" },
    ];

    [Fact]
    public void Replaces_known_parameters_and_leaves_shell_syntax_alone() =>
        ScriptTemplate.Substitute(ScriptKind.Shell, "echo ${name} ${Port} ${HOME} ${unknown} ${name:-x} $name", Parameters)
            .ShouldBe("echo 'world' '8080' ${HOME} ${unknown} ${name:-x} $name");

    [Fact]
    public void BAT_values_go_in_as_they_are_the_server_refuses_what_cmd_would_read_as_structure() =>
        ScriptTemplate.Substitute(ScriptKind.Bat, "echo ${name} \"${Port}\" %name%", Parameters)
            .ShouldBe("echo world \"8080\" %name%");

    [Fact]
    public void Without_parameters_the_content_is_unchanged() =>
        ScriptTemplate.Substitute(ScriptKind.Shell, "echo ${x} 'a", []).ShouldBe("echo ${x} 'a");

    [Fact]
    public void Exports_each_parameter_upper_cased() =>
        ScriptTemplate.Environment(Parameters).ShouldBe(
        [
            KeyValuePair.Create("DROVER_PARAM_NAME", "world"),
            KeyValuePair.Create("DROVER_PARAM_PORT", "8080"),
        ]);
}
