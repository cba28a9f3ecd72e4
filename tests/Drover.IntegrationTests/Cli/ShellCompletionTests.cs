using System.Diagnostics;
using Drover.Cli;

namespace Drover.IntegrationTests.Cli;

/// <summary><c>drover completion bash</c>, sourced into a real bash, completing from the CLI's own command tree.</summary>
public sealed class ShellCompletionTests
{
    [Theory]
    [InlineData("drover ti", "ticket")]
    [InlineData("drover ticket wa", "watch")]
    [InlineData("drover ticket ", "cancel cancel-host continue list pause retry show skip-batch watch")]
    [InlineData("drover ticket list --status P", "PAUSED PROCESSING")]
    [InlineData("drover --output ", "json table")]
    [InlineData("drover script run X --rotation ", "CONTINUE PAUSE")]
    [InlineData("drover ticket list --st", "--status")]
    public async Task Bash_completes_commands_options_and_their_values(string line, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("drover-completion-").FullName;
        try
        {
            // `drover` on PATH as an operator has it: a launcher for the CLI the tests were built with.
            var launcher = Path.Combine(dir, "drover");
            await File.WriteAllTextAsync(launcher, $"#!/bin/sh\nexec dotnet {Path.Combine(AppContext.BaseDirectory, "drover.dll")} \"$@\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var script = Path.Combine(dir, "completion.bash");
            var stdout = new StringWriter();
            (await CliApp.RunAsync(["completion", "bash"], stdout, new StringWriter())).ShouldBe(0);
            await File.WriteAllTextAsync(script, stdout.ToString());

            // As bash calls the function when Tab is pressed: the words of the line, the cursor in the last one.
            var words = line.Split(' ');
            var probe = $"source {script}; COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); COMP_CWORD={words.Length - 1}; " +
                        "_drover; printf '%s\\n' \"${COMPREPLY[@]}\"";
            var psi = new ProcessStartInfo("bash", ["-c", probe]) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["PATH"] = dir + ":" + Environment.GetEnvironmentVariable("PATH");
            psi.Environment["DROVER_CONFIG_DIR"] = dir;
            using var bash = Process.Start(psi)!;
            var output = await bash.StandardOutput.ReadToEndAsync();
            await bash.WaitForExitAsync();
            string.Join(' ', output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ShouldBe(expected, await bash.StandardError.ReadToEndAsync());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
