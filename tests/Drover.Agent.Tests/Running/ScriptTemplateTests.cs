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
        ScriptTemplate.Substitute("echo ${name} ${Port} ${HOME} ${unknown} ${name:-x} $name", Parameters)
            .ShouldBe("echo world 8080 ${HOME} ${unknown} ${name:-x} $name");

    [Fact]
    public void Exports_each_parameter_upper_cased() =>
        ScriptTemplate.Environment(Parameters).ShouldBe(
        [
            KeyValuePair.Create("DROVER_PARAM_NAME", "world"),
            KeyValuePair.Create("DROVER_PARAM_PORT", "8080"),
        ]);
}
