using System.Text.Json.Nodes;
using Drover.Agent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Drover.IntegrationTests.Replicas;

/// <summary>
/// Two (and three) replicas on one PostgreSQL behind a TCP load balancer for the agents. A ticket created on one replica (its grain,
/// placed where it is first called, is loaded there) runs hosts whose agents are held by either; an operation sent to
/// the other replica reaches the ticket's grain; then the replica holding it is killed with SIGKILL mid-ticket: its
/// agents reconnect to the survivor, and once the cluster declares it dead the survivor loads the ticket. Every host
/// runs exactly once and the ticket finishes.
/// </summary>
public sealed class ReplicaKillTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Killing_the_replica_that_advances_a_ticket_moves_it_and_its_agents_to_the_others_without_loss(int replicas)
    {
        var dir = Directory.CreateTempSubdirectory("drover-replicas-").FullName;
        var runs = Path.Combine(dir, "runs");
        Directory.CreateDirectory(runs);
        var database = await Postgres.CreateDatabaseAsync();
        var servers = "abc"[..replicas].Select(n => Replica(dir, n.ToString(), database)).ToList();
        using var _ = new Disposables(servers);
        foreach (var server in servers) await server.StartAsync();
        var (a, b) = (servers[0], servers[1]);
        using var balancer = new TcpBalancer([.. servers.Select(r => r.AgentUrl)]);
        var apiA = new ReplicaClient(a);
        var apiB = new ReplicaClient(b);

        using var logs = LoggerFactory.Create(l => l.SetMinimumLevel(LogLevel.Error).AddConsole());
        using var stopAgents = new CancellationTokenSource();
        // One agent process's worth of hosts per replica: one connection each, which the balancer spreads over the replicas.
        var enrollment = await apiA.EnrollmentTokenAsync(10 * replicas);
        var agents = new[] { "left", "right", "middle" }[..replicas].Select(name => new AgentHost(new AgentOptions
        {
            Server = balancer.Url, EnrollToken = enrollment, ResourceId = name, Simulate = 10,
            JournalDirectory = Path.Combine(dir, "journal-" + name), ReconnectBaseDelay = TimeSpan.FromMilliseconds(100),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1), OutputFlushInterval = TimeSpan.FromMilliseconds(50),
        }, logs)).ToList();
        var agentRuns = agents.Select(h => Task.Run(() => h.RunAsync(stopAgents.Token))).ToList();
        try
        {
            await TestDrover.WaitUntilAsync(async () => await OnlineAsync(apiA) == 10 * replicas, TimeSpan.FromSeconds(30), "every host online");
            (await HoldersAsync(database)).Distinct().Count().ShouldBe(replicas, "the balancer put one agent on each replica");

            var script = await apiA.CreateScriptAsync(
                $"echo \"$DROVER_DISPATCH_ID\" >> {runs}/$DROVER_RESOURCE_ID; sleep 0.$((RANDOM % 6 + 3)); echo done");
            // Each batch mixes hosts of every agent, so the ticket dispatches to agents held by every replica.
            var hosts = Enumerable.Range(0, 10).SelectMany(i => agents.Select(h => h.ResourceIds[i])).ToList();
            var batches = hosts.Chunk(4).ToList();
            var uuid = await apiA.ExecuteAsync(script, [.. batches]);
            // Watched from the replica that does not run it, through the kill: the stream reads the database, not a replica.
            var watcher = await EventStreamReader.OpenAsync(apiB.Api, $"/v1/job/script/orders/{uuid}/events");
            var watched = watcher.ToEndAsync(TimeSpan.FromSeconds(240));

            // The replica that did not create the ticket steers it: its operations reach the ticket's grain on a.
            await apiB.OperateOkAsync(uuid, new { operation_type = "PAUSE_ORDER" });
            await apiB.WaitForStatusAsync(uuid, "PAUSED", TimeSpan.FromSeconds(30));
            await apiB.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
            (await apiA.TicketStatusAsync(uuid)).ShouldBe("PROCESSING");

            // Mid-ticket, the replica holding the ticket dies.
            await TestDrover.WaitUntilAsync(async () => (await FinishedHostsAsync(apiB, uuid, batches.Count)) >= 6, TimeSpan.FromSeconds(60), "some hosts done");
            a.KillHard();

            JsonNode? info = null;
            await TestDrover.WaitUntilAsync(async () =>
            {
                info = await apiB.TicketAsync(uuid);
                return info["status"]!.GetValue<string>() is "FINISHED" or "ABNORMAL" or "CANCELED";
            }, TimeSpan.FromSeconds(120), () => $"the ticket to end on replica b (last: {info?.ToJsonString()}); b: {b.Output}");
            info!["status"]!.GetValue<string>().ShouldBe("FINISHED", await apiB.SnapshotAsync(uuid) + "\nb: " + b.AllOutput + "\na: " + a.AllOutput);

            // The watcher saw every commit of both replicas' activations once, in order, and the end.
            var events = await watched;
            await watcher.DisposeAsync();
            events[0].Type.ShouldBe("snapshot");
            events[^1].Type.ShouldBe("end");
            events[^1].Data["status"]!.GetValue<string>().ShouldBe("FINISHED");
            var changes = events.Skip(1).SkipLast(1).ToList();
            changes.Select(e => e.Version).ShouldBe(Enumerable.Range(1, changes.Count).Select(i => events[0].Version + i));
            changes.SelectMany(e => e.Data["hosts"]!.AsArray()).Where(x => x!["status"]!.GetValue<string>() == "FINISHED")
                .Select(x => x!["resource_id"]!.GetValue<string>()).Distinct().Count().ShouldBe(hosts.Count);

            foreach (var h in hosts)
            {
                var lines = File.Exists(Path.Combine(runs, h)) ? File.ReadAllLines(Path.Combine(runs, h)) : [];
                lines.Length.ShouldBe(1, $"host {h} ran {lines.Length} times: {string.Join(", ", lines)}");
            }
            for (var batch = 1; batch <= batches.Count; batch++)
            {
                foreach (var inst in await apiB.InstancesAsync(uuid, batch))
                {
                    inst!["status"]!.GetValue<string>().ShouldBe("FINISHED", inst.ToJsonString());
                    inst["attempt"]!.GetValue<int>().ShouldBe(1);
                    inst["message"]!.GetValue<string>().ShouldEndWith("done\n");
                }
            }
            // Every agent is now held by a survivor.
            await TestDrover.WaitUntilAsync(async () => (await HoldersAsync(database)).All(r => r != "a"), TimeSpan.FromSeconds(30), "agents on the survivors");
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
        ExtraArgs = ["--replica-name", name, "--Drover:Cluster:DeathSeconds=6"],
    };

    private sealed class ReplicaClient(ServerProcess server) : DroverClient(server.ApiUrl);

    private sealed class Disposables(IEnumerable<IDisposable> all) : IDisposable
    {
        public void Dispose()
        {
            foreach (var d in all) d.Dispose();
        }
    }

    private static async Task<long> OnlineAsync(DroverClient api) =>
        (await api.GetDataAsync("/v1/agents?status=ONLINE&limit=100"))["total"]!.GetValue<long>();

    private static async Task<int> FinishedHostsAsync(DroverClient api, string uuid, int batches)
    {
        var n = 0;
        for (var batch = 1; batch <= batches; batch++) n += (await api.InstancesAsync(uuid, batch, "FINISHED")).Count;
        return n;
    }

    private static async Task<List<string?>> HoldersAsync(string database) =>
        await QueryAsync(database, """SELECT "Replica" FROM agents WHERE "Status" = 'ONLINE'""", null);

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
