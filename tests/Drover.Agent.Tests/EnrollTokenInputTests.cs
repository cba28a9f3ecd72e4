using Drover.Agent.Running;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Tests;

/// <summary>Where the enrollment token comes from, and the warnings about where it should not.</summary>
[Collection(ProcessEnvironment.Collection)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class EnrollTokenInputTests
{
    private readonly RecordingLoggers _logs = new();

    private string Read(string? file, string? commandLine) => EnrollTokenInput.Read(file, commandLine, _logs.CreateLogger("test"));

    [Fact]
    public void A_token_file_is_read_trimmed_and_warned_about_only_if_others_can_read_it()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "token");
        File.WriteAllText(file, "  tok-from-file\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Read(file, "ignored").ShouldBe("tok-from-file");
        _logs.Lines.ShouldBeEmpty();

        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        Read(file, null).ShouldBe("tok-from-file");
        _logs.Lines.ShouldContain(l => l.Level == LogLevel.Warning && l.Text.Contains("readable by other users"));
        _logs.All.ShouldNotContain("tok-from-file");
    }

    [Fact]
    public void A_missing_or_empty_token_file_is_an_error()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "token");
        Should.Throw<IOException>(() => Read(file, null)).Message.ShouldContain(file);
        File.WriteAllText(file, "\n");
        Should.Throw<IOException>(() => Read(file, null)).Message.ShouldContain("empty");
    }

    [Fact]
    public void The_old_token_option_still_works_with_a_warning_about_the_command_line()
    {
        Read(null, "tok-from-cli").ShouldBe("tok-from-cli");
        _logs.Lines.ShouldContain(l => l.Level == LogLevel.Warning && l.Text.Contains("/proc/PID/cmdline"));
        _logs.All.ShouldNotContain("tok-from-cli");
    }

    [Fact]
    public void The_environment_is_read_the_new_name_first_then_the_old_one_without_warnings()
    {
        try
        {
            Read(null, null).ShouldBe("");
            Environment.SetEnvironmentVariable(SecretVariables.LegacyToken, "old-name");
            Read(null, null).ShouldBe("old-name");
            Environment.SetEnvironmentVariable(SecretVariables.EnrollToken, "new-name");
            Read(null, null).ShouldBe("new-name");
            _logs.Lines.ShouldNotContain(l => l.Level >= LogLevel.Warning);
            _logs.All.ShouldNotContain("-name");
        }
        finally
        {
            SecretVariables.ScrubFromProcess();
        }
    }
}
