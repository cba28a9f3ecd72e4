using System.Net;

namespace Drover.IntegrationTests.Security;

/// <summary>
/// Where the server's configuration may come from: its data dir and an explicit --config, never the working directory
/// (an appsettings.json an attacker drops wherever the server is started must not set its admin secret); and secrets on
/// the command line still work but are warned about.
/// </summary>
public sealed class ServerConfigurationTests
{
    [Fact]
    public async Task An_appsettings_file_in_the_working_directory_cannot_set_the_admin_secret_but_the_data_dirs_drover_json_can()
    {
        var dir = Directory.CreateTempSubdirectory("drover-config-").FullName;
        try
        {
            var work = Path.Combine(dir, "work");
            var data = Path.Combine(dir, "data");
            Directory.CreateDirectory(work);
            Directory.CreateDirectory(data);
            const string planted = "planted-by-an-attacker-0001";
            await File.WriteAllTextAsync(Path.Combine(work, "appsettings.json"), AdminTokenJson(planted));
            await File.WriteAllTextAsync(Path.Combine(work, "appsettings.Production.json"), AdminTokenJson(planted));

            using (var server = new ServerProcess(data) { WorkingDirectory = work, AdminToken = null })
            {
                await server.StartAsync();
                (await StatusWith(server.ApiUrl, planted)).ShouldBe(HttpStatusCode.Unauthorized);
                // The secret it really uses is the one it generated into its data dir.
                var kept = (await File.ReadAllTextAsync(Path.Combine(data, "admin-token"))).Trim();
                kept.ShouldNotBe(planted);
                (await StatusWith(server.ApiUrl, kept)).ShouldBe(HttpStatusCode.OK);
                if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(Path.Combine(data, "admin-token")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            // The data dir's drover.json is the operator's own file: it is read.
            const string configured = "set-in-the-data-dir-0002";
            await File.WriteAllTextAsync(Path.Combine(data, "drover.json"), AdminTokenJson(configured));
            using (var server = new ServerProcess(data) { WorkingDirectory = work, AdminToken = null })
            {
                await server.StartAsync();
                (await StatusWith(server.ApiUrl, configured)).ShouldBe(HttpStatusCode.OK);
                (await StatusWith(server.ApiUrl, planted)).ShouldBe(HttpStatusCode.Unauthorized);
            }

            // So is a file named by --config, over the data dir's.
            const string explicitly = "set-by-config-flag-0003";
            var config = Path.Combine(dir, "drover-config.json");
            await File.WriteAllTextAsync(config, AdminTokenJson(explicitly));
            using (var server = new ServerProcess(data, "--config", config) { WorkingDirectory = work, AdminToken = null })
            {
                await server.StartAsync();
                (await StatusWith(server.ApiUrl, explicitly)).ShouldBe(HttpStatusCode.OK);
                (await StatusWith(server.ApiUrl, configured)).ShouldBe(HttpStatusCode.Unauthorized);
            }
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task An_admin_secret_on_the_command_line_works_with_a_warning_and_is_never_logged()
    {
        var dir = Directory.CreateTempSubdirectory("drover-config-").FullName;
        try
        {
            const string secret = "on-the-command-line-0004";
            using var server = new ServerProcess(Path.Combine(dir, "data"), "--admin-token", secret, "--Logging:LogLevel:Default=Information")
                { AdminToken = null };
            await server.StartAsync();
            (await StatusWith(server.ApiUrl, secret)).ShouldBe(HttpStatusCode.OK);
            (await StatusWith(server.ApiUrl, "wrong")).ShouldBe(HttpStatusCode.Unauthorized);
            await TestDrover.WaitUntilAsync(() => Task.FromResult(server.AllOutput.Contains("/proc/PID/cmdline", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(10), () => $"the warning about a secret on the command line; output: {server.Output}");
            server.AllOutput.ShouldNotContain(secret);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_missing_config_file_stops_the_start_with_its_name()
    {
        var dir = Directory.CreateTempSubdirectory("drover-config-").FullName;
        try
        {
            using var server = new ServerProcess(Path.Combine(dir, "data"), "--config", Path.Combine(dir, "nope.json"));
            var failed = await Should.ThrowAsync<InvalidOperationException>(server.StartAsync());
            failed.Message.ShouldContain("nope.json");
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static string AdminTokenJson(string token) =>
        System.Text.Json.JsonSerializer.Serialize(new { Drover = new { Security = new { AdminToken = token } } });

    private static async Task<HttpStatusCode> StatusWith(string apiUrl, string token)
    {
        using var http = new HttpClient { BaseAddress = new Uri(apiUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/job/scripts?limit=1");
        request.Headers.Add("X-Auth-Token", token);
        return (await http.SendAsync(request)).StatusCode;
    }
}
