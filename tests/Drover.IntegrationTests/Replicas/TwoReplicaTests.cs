using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Drover.Agent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Drover.IntegrationTests.Replicas;

/// <summary>
/// Two replicas on one PostgreSQL behind a TCP load balancer for the agents. A ticket created on one replica runs hosts
/// whose agents are held by either; an operation sent to the other replica is applied by the lease holder; then the
/// lease holder is killed with SIGKILL mid-ticket: its agents reconnect to the survivor, which takes the ticket over
/// when the lease runs out. Every host runs exactly once and the ticket finishes.
/// </summary>
public sealed class TwoReplicaTests
{
    [Fact]
    public async Task Killing_the_replica_that_advances_a_ticket_moves_it_and_its_agents_to_the_other_without_loss()
    {
        var dir = Directory.CreateTempSubdirectory("drover-replicas-").FullName;
        var runs = Path.Combine(dir, "runs");
        Directory.CreateDirectory(runs);
        var database = await Postgres.CreateDatabaseAsync();
        using var a = Replica(dir, "a", database);
        using var b = Replica(dir, "b", database);
        await a.StartAsync();
        await b.StartAsync();
        using var balancer = new TcpBalancer(a.AgentUrl, b.AgentUrl);
        using var apiA = Api(a);
        using var apiB = Api(b);

        using var logs = LoggerFactory.Create(l => l.SetMinimumLevel(LogLevel.Error).AddConsole());
        using var stopAgents = new CancellationTokenSource();
        // Two agent processes' worth of hosts: one connection each, which the balancer spreads over the replicas.
        var agents = new[] { "left", "right" }.Select(name => new AgentHost(new AgentOptions
        {
            Server = balancer.Url, Token = TestDrover.Token, ResourceId = name, Simulate = 10,
            JournalDirectory = Path.Combine(dir, "journal-" + name), ReconnectBaseDelay = TimeSpan.FromMilliseconds(100),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1), OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        }, logs)).ToList();
        var agentRuns = agents.Select(h => Task.Run(() => h.RunAsync(stopAgents.Token))).ToList();
        try
        {
            await TestDrover.WaitUntilAsync(async () => await OnlineAsync(apiA) == 20, TimeSpan.FromSeconds(30), "20 hosts online");
            (await HoldersAsync(database)).Distinct().Count().ShouldBe(2, "the balancer put one agent on each replica");

            var script = await DataAsync(apiA, "/v1/job/scripts", new
            {
                name = "replica_marker", type = "SHELL", description = "one line per run",
                content = $"echo \"$DROVER_DISPATCH_ID\" >> {runs}/$DROVER_RESOURCE_ID; sleep 0.$((RANDOM % 6 + 3)); echo done",
                properties = new { risk_level = "LOW", version = "1" },
            });
            var hosts = agents[0].ResourceIds.Zip(agents[1].ResourceIds, (l, r) => new[] { l, r }).SelectMany(p => p).ToList();
            var uuid = await DataAsync(apiA, $"/v1/job/scripts/{script}", new
            {
                execute_param = new { timeout = 60, success_rate = 100, execute_user = "root" },
                execute_batches = Enumerable.Range(0, 5).Select(i => new
                {
                    batch_index = i + 1, rotation_strategy = "CONTINUE",
                    target_instances = hosts.Skip(i * 4).Take(4).Select(h => new { resource_id = h, region_id = "local" }),
                }),
            });

            // The replica that did not create the ticket steers it: its operations reach the lease holder.
            // The ticket's runner starts on the replica that created it, a moment after the answer.
            await TestDrover.WaitUntilAsync(async () => await LeaseOwnerAsync(database, uuid) is not null, TimeSpan.FromSeconds(10), "a lease");
            (await LeaseOwnerAsync(database, uuid)).ShouldBe("a");
            await OperateAsync(apiB, uuid, "PAUSE_ORDER");
            await TestDrover.WaitUntilAsync(async () => await StatusAsync(apiB, uuid) == "PAUSED", TimeSpan.FromSeconds(30), "PAUSED via replica b");
            await OperateAsync(apiB, uuid, "CONTINUE_ORDER");
            (await StatusAsync(apiA, uuid)).ShouldBe("PROCESSING");

            // Mid-ticket, the lease holder dies.
            await TestDrover.WaitUntilAsync(async () => (await FinishedHostsAsync(apiB, uuid)) >= 6, TimeSpan.FromSeconds(60), "some hosts done");
            a.KillHard();

            JsonNode? info = null;
            await TestDrover.WaitUntilAsync(async () =>
            {
                info = (await apiB.GetFromJsonAsync<JsonObject>($"/v1/job/script/orders/{uuid}"))!["data"];
                return info!["status"]!.GetValue<string>() is "FINISHED" or "ABNORMAL" or "CANCELED";
            }, TimeSpan.FromSeconds(120), () => $"the ticket to end on replica b (last: {info?.ToJsonString()}); b: {b.Output}");
            info!["status"]!.GetValue<string>().ShouldBe("FINISHED", info.ToJsonString());
            (await LeaseOwnerAsync(database, uuid)).ShouldBeOneOf("b", null);

            foreach (var h in hosts)
            {
                var lines = File.Exists(Path.Combine(runs, h)) ? File.ReadAllLines(Path.Combine(runs, h)) : [];
                lines.Length.ShouldBe(1, $"host {h} ran {lines.Length} times: {string.Join(", ", lines)}");
            }
            for (var batch = 1; batch <= 5; batch++)
            {
                var data = (await apiB.GetFromJsonAsync<JsonObject>($"/v1/job/script/orders/{uuid}/batches/{batch}?limit=50"))!["data"]!;
                foreach (var inst in data["execute_instances"]!.AsArray())
                {
                    inst!["status"]!.GetValue<string>().ShouldBe("FINISHED", inst.ToJsonString());
                    inst["attempt"]!.GetValue<int>().ShouldBe(1);
                    inst["message"]!.GetValue<string>().ShouldEndWith("done\n");
                }
            }
            // Every agent is now held by the survivor.
            await TestDrover.WaitUntilAsync(async () => (await HoldersAsync(database)).All(r => r == "b"), TimeSpan.FromSeconds(30), "agents on b");
        }
        finally
        {
            await stopAgents.CancelAsync();
            foreach (var r in agentRuns) try { await r.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* logged by the agent */ }
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static ServerProcess Replica(string dir, string name, string database) => new(Path.Combine(dir, "data-" + name))
    {
        Database = database,
        ExtraArgs = ["--replica-name", name, "--Drover:LeaseSeconds=5"],
    };

    private static HttpClient Api(ServerProcess server)
    {
        var api = new HttpClient { BaseAddress = new Uri(server.ApiUrl), Timeout = TimeSpan.FromSeconds(60) };
        api.DefaultRequestHeaders.Add("X-Auth-Token", TestDrover.Token);
        return api;
    }

    private static async Task<long> OnlineAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonObject>("/v1/agents?status=ONLINE&limit=100"))!["data"]!["total"]!.GetValue<long>();

    private static async Task<string> StatusAsync(HttpClient api, string uuid) =>
        (await api.GetFromJsonAsync<JsonObject>($"/v1/job/script/orders/{uuid}"))!["data"]!["status"]!.GetValue<string>();

    private static async Task<int> FinishedHostsAsync(HttpClient api, string uuid)
    {
        var n = 0;
        for (var batch = 1; batch <= 5; batch++)
        {
            var data = (await api.GetFromJsonAsync<JsonObject>($"/v1/job/script/orders/{uuid}/batches/{batch}?limit=50"))!["data"]!;
            n += data["execute_instances"]!.AsArray().Count(i => i!["status"]!.GetValue<string>() == "FINISHED");
        }
        return n;
    }

    private static async Task OperateAsync(HttpClient api, string uuid, string operation)
    {
        var r = await api.PutAsJsonAsync($"/v1/job/script/orders/{uuid}/operation", new { operation_type = operation });
        ((int)r.StatusCode).ShouldBe(200, await r.Content.ReadAsStringAsync());
    }

    private static async Task<string> DataAsync(HttpClient api, string path, object body)
    {
        var r = await api.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        ((int)r.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!["data"]!.GetValue<string>();
    }

    private static async Task<List<string?>> HoldersAsync(string database) =>
        await QueryAsync(database, """SELECT "Replica" FROM agents WHERE "Status" = 'ONLINE'""", null);

    private static async Task<string?> LeaseOwnerAsync(string database, string uuid) =>
        (await QueryAsync(database, """
            SELECT l."Owner" FROM runner_leases l JOIN tickets t ON t."Id" = l."TargetId"
            WHERE l."Kind" = 'ticket' AND t."ExecuteUuid" = @uuid
            """, uuid)).SingleOrDefault();

    private static async Task<List<string?>> QueryAsync(string database, string sql, string? uuid)
    {
        await using var conn = new NpgsqlConnection(database);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        if (uuid is not null) cmd.Parameters.AddWithValue("uuid", uuid);
        var values = new List<string?>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        return values;
    }
}
