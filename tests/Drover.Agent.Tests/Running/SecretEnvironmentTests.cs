using Drover.Agent.Running;

namespace Drover.Agent.Tests.Running;

/// <summary>A task sees none of the agent's secrets, even when the agent process had them in its environment.</summary>
[Collection(ProcessEnvironment.Collection)]
public class SecretEnvironmentTests
{
    [Fact]
    public async Task A_real_task_sees_no_drover_secret_even_when_the_agent_had_them()
    {
        Environment.SetEnvironmentVariable(SecretVariables.EnrollToken, "enroll-s3cret");
        Environment.SetEnvironmentVariable(SecretVariables.LegacyToken, "legacy-s3cret");
        try
        {
            var run = await Scripts.RunAsync(Scripts.Shell("env; echo; cat /proc/$$/cmdline | tr '\\0' ' '; echo; echo done"));

            run.Output.ShouldEndWith("done\n");
            run.Output.ShouldNotContain("DROVER_ENROLL_TOKEN");
            run.Output.ShouldNotContain("DROVER_TOKEN");
            run.Output.ShouldNotContain("s3cret");
        }
        finally
        {
            Environment.SetEnvironmentVariable(SecretVariables.EnrollToken, null);
            Environment.SetEnvironmentVariable(SecretVariables.LegacyToken, null);
        }
    }

    [Fact]
    public async Task Scrubbing_the_agent_process_removes_them_for_every_child_it_starts_later()
    {
        Environment.SetEnvironmentVariable(SecretVariables.EnrollToken, "enroll-s3cret");
        Environment.SetEnvironmentVariable(SecretVariables.LegacyToken, "legacy-s3cret");

        SecretVariables.ScrubFromProcess();

        Environment.GetEnvironmentVariable(SecretVariables.EnrollToken).ShouldBeNull();
        Environment.GetEnvironmentVariable(SecretVariables.LegacyToken).ShouldBeNull();
        // A child started without the task launcher's own filtering (as .NET hands the environment on).
        using var env = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/env") { RedirectStandardOutput = true })!;
        var output = await env.StandardOutput.ReadToEndAsync();
        await env.WaitForExitAsync();
        output.ShouldNotContain("s3cret");
    }
}
