using System.Runtime.Versioning;
using System.Text;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Security.Agents;

/// <summary>
/// No secret where another local user, or a task, can read it: real server and agent processes (the agent enrolled
/// through DROVER_ENROLL_TOKEN), their command lines, a task's environment, the agent's files on disk, and the logs.
/// </summary>
public sealed class SecretExposureTests
{
    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task No_token_or_credential_is_on_a_command_line_in_a_tasks_environment_in_a_readable_file_or_in_the_logs()
    {
        var dir = Directory.CreateTempSubdirectory("drover-secrets-").FullName;
        try
        {
            using var server = new ServerProcess(Path.Combine(dir, "server")) { ExtraArgs = ["--Logging:LogLevel:Default=Information"] };
            await server.StartAsync();
            var api = new ProcessClient(server.ApiUrl);
            var enrollToken = await api.EnrollmentTokenAsync(1);
            var journal = Path.Combine(dir, "journal");
            using var agent = new AgentProcess(server.AgentUrl, "sec", 1, journal, enrollToken);
            agent.Start();
            var host = agent.ResourceIds.Single();
            await TestDrover.WaitUntilAsync(async () =>
                (await api.GetDataAsync($"/v1/agents?status=ONLINE&resource_id={host}"))["data"]!.AsArray().Count == 1,
                TimeSpan.FromSeconds(60), () => $"the agent to come ONLINE: {agent.Output}");

            // The credential as the agent stored it: 0600 in a 0700 host folder under a 0700 journal root.
            var file = Path.Combine(journal, host, "credential");
            File.GetUnixFileMode(journal).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.GetUnixFileMode(Path.GetDirectoryName(file)!).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var credential = JsonNode.Parse(File.ReadAllText(file))!["credential"]!.GetValue<string>();
            credential.ShouldStartWith("drva_");
            var secrets = new Dictionary<string, string>
            {
                ["the bootstrap admin secret"] = TestDrover.Token, ["the enrollment token"] = enrollToken, ["the host's credential"] = credential,
            };

            // The command lines any local user can read.
            foreach (var (what, pid) in new[] { ("server", server.Pid), ("agent", agent.Pid) })
            {
                var cmdline = Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{pid}/cmdline")).Replace('\0', ' ');
                cmdline.ShouldContain(what == "agent" ? "drover-agent.dll" : "Drover.Server.dll");
                NoSecret(secrets, cmdline, $"the {what}'s /proc/{pid}/cmdline");
                cmdline.ShouldNotContain("drve_");
                cmdline.ShouldNotContain("drva_");
            }

            // A task's environment, as root (it inherits whatever the agent would pass on)...
            var env = await api.CreateScriptAsync("env; echo env-done");
            var asRoot = await api.ExecuteAsync(env, [[host]]);
            (await api.WaitForStatusAsync(asRoot, "FINISHED")).Status().ShouldBe("FINISHED");
            var environment = (await api.HostAsync(asRoot, host)).Message();
            environment.ShouldContain("env-done");
            environment.ShouldContain("DROVER_RESOURCE_ID=" + host);
            NoSecret(secrets, environment, "a task's environment");
            environment.ShouldNotContain("DROVER_ENROLL_TOKEN");
            environment.ShouldNotContain("DROVER_TOKEN=");
            environment.ShouldNotContain("DROVER_ADMIN_TOKEN");

            // ...and as another user: it can read neither the agent's files nor its environment.
            var peek = await api.CreateScriptAsync(
                $"cat {file} 2>&1; ls {journal} 2>&1; tr '\\0' '\\n' < /proc/{agent.Pid}/environ 2>&1; echo peek-done");
            var asNobody = await api.ExecuteAsync(peek, [[host]], user: "nobody");
            (await api.WaitForStatusAsync(asNobody, "FINISHED")).Status().ShouldBe("FINISHED");
            var peeked = (await api.HostAsync(asNobody, host)).Message();
            peeked.ShouldContain("peek-done");
            peeked.ShouldContain("Permission denied");
            NoSecret(secrets, peeked, "what a task running as nobody can read");

            // The logs, after enrollment, two tickets and the agent's whole start.
            NoSecret(secrets, server.AllOutput, "the server's log");
            NoSecret(secrets, agent.AllOutput, "the agent's log");
            server.AllOutput.ShouldContain("Enrolled 1 host(s)"); // the log is the informational one, not an empty one
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void NoSecret(Dictionary<string, string> secrets, string text, string where)
    {
        foreach (var (what, secret) in secrets)
            text.Contains(secret, StringComparison.Ordinal).ShouldBeFalse($"{what} is in {where}:\n{text}");
    }

    private sealed class ProcessClient(string url) : DroverClient(url);
}
