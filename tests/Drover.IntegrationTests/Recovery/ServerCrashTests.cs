using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Drover.Agent;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// Nothing is lost: the server is killed with SIGKILL in the middle of a ticket, several times, and restarted on the
/// same data directory. Every host's script writes a line per run; afterwards each host ran exactly once.
/// </summary>
public sealed class ServerCrashTests
{
    [Fact]
    public async Task Killing_the_server_mid_ticket_loses_nothing_and_runs_no_host_twice()
    {
        var dir = Directory.CreateTempSubdirectory("drover-crash-").FullName;
        var runs = Path.Combine(dir, "runs");
        Directory.CreateDirectory(runs);
        using var server = new ServerProcess(Path.Combine(dir, "data"));
        await server.StartAsync();
        using var api = new HttpClient { BaseAddress = new Uri(server.ApiUrl), Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Add("X-Auth-Token", TestDrover.Token);

        using var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Error).AddConsole());
        var agent = new AgentHost(new AgentOptions
        {
            Server = server.AgentUrl, Token = TestDrover.Token, ResourceId = "crash", Simulate = 20,
            JournalDirectory = Path.Combine(dir, "journal"), ReconnectBaseDelay = TimeSpan.FromMilliseconds(100),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1), OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        }, logs);
        using var stopAgent = new CancellationTokenSource();
        var agentRun = Task.Run(() => agent.RunAsync(stopAgent.Token));
        try
        {
            await TestDrover.WaitUntilAsync(async () =>
            {
                var online = await api.GetFromJsonAsync<JsonObject>("/v1/agents?status=ONLINE&limit=100");
                return online!["data"]!["total"]!.GetValue<long>() == 20;
            }, TimeSpan.FromSeconds(30), "20 hosts online");

            var script = await DataAsync(api, "/v1/job/scripts", new
            {
                name = "crash_marker", type = "SHELL", description = "one line per run",
                content = $"echo \"$DROVER_DISPATCH_ID\" >> {runs}/$DROVER_RESOURCE_ID; sleep 0.$((RANDOM % 8 + 2)); echo done",
                properties = new { risk_level = "LOW", version = "1" },
            });
            var hosts = agent.ResourceIds;
            var uuid = await DataAsync(api, $"/v1/job/scripts/{script}", new
            {
                execute_param = new { timeout = 60, success_rate = 100, execute_user = "root" },
                execute_batches = Enumerable.Range(0, 5).Select(b => new
                {
                    batch_index = b + 1, rotation_strategy = "CONTINUE",
                    target_instances = hosts.Skip(b * 4).Take(4).Select(h => new { resource_id = h, region_id = "local" }),
                }),
            });

            // Three hard kills at moments spread over the ticket's run, each followed by a restart on the same data.
            for (var crash = 0; crash < 3; crash++)
            {
                await Task.Delay(Random.Shared.Next(300, 1200));
                server.KillHard();
                await server.StartAsync();
            }

            JsonNode? info = null;
            await TestDrover.WaitUntilAsync(async () =>
            {
                info = (await api.GetFromJsonAsync<JsonObject>($"/v1/job/script/orders/{uuid}"))!["data"];
                return info!["status"]!.GetValue<string>() is "FINISHED" or "ABNORMAL" or "CANCELED";
            }, TimeSpan.FromSeconds(120), () => $"the ticket to end (last: {info?.ToJsonString()}); server: {server.Output}");
            info!["status"]!.GetValue<string>().ShouldBe("FINISHED", info.ToJsonString());

            foreach (var h in hosts)
            {
                var lines = File.Exists(Path.Combine(runs, h)) ? File.ReadAllLines(Path.Combine(runs, h)) : [];
                lines.Length.ShouldBe(1, $"host {h} ran {lines.Length} times: {string.Join(", ", lines)}");
            }
            for (var b = 1; b <= 5; b++)
            {
                var batch = (await api.GetFromJsonAsync<JsonObject>($"/v1/job/script/orders/{uuid}/batches/{b}?limit=50"))!["data"]!;
                foreach (var inst in batch["execute_instances"]!.AsArray())
                {
                    inst!["status"]!.GetValue<string>().ShouldBe("FINISHED");
                    inst["attempt"]!.GetValue<int>().ShouldBe(1);
                    inst["message"]!.GetValue<string>().ShouldEndWith("done\n");
                }
            }
        }
        finally
        {
            await stopAgent.CancelAsync();
            try { await agentRun.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* the agent's own log says why */ }
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string> DataAsync(HttpClient api, string path, object body)
    {
        var r = await api.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!["data"]!.GetValue<string>();
    }
}
