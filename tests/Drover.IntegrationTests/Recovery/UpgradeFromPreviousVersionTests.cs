using System.Diagnostics;
using System.Text.Json.Nodes;
using Drover.Server.Storage.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Drover.IntegrationTests.Recovery;

/// <summary>
/// An existing data dir upgrades in place (issue 10): the SQLite data dir, agent journal and host run markers that
/// Drover at 7458d77 (runners with leases, before the Orleans engine) left when it was killed with SIGKILL mid-run
/// (Fixtures/upgrade, made by its make-fixture.sh) are opened by this version's server. The migrations run, every ticket
/// and execution reads as it was, and each open item runs to its end on a real agent: the running ticket's host whose
/// script ended while everything was down is FINISHED from the agent's journal, the one whose supervisor died with its
/// machine is ABNORMAL (LOST), later batches run, a retry runs it again; the paused ticket continues; the execution at a
/// suspend step resumes, the one in a sleep step goes on; the host that waited for its agent runs when one enrolls.
/// Each host ran exactly once per attempt, counting the runs of the old version too.
/// </summary>
public sealed class UpgradeFromPreviousVersionTests(ITestOutputHelper output)
{
    private const string SupervisorDied = "the task's supervisor died before the script ended; its result is unknown";

    [Fact]
    public async Task A_data_dir_of_the_version_before_the_grains_upgrades_in_place_and_its_open_tickets_and_executions_resume()
    {
        var root = Directory.CreateTempSubdirectory("drover-upgrade-").FullName;
        try
        {
            await UnpackAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "upgrade", "upgrade-fixture.tar.gz"), root);
            var fixture = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "fixture.json")))!;
            string Id(string group, string name) => fixture[group]![name]!["id"]!.GetValue<string>();
            var (running, paused, waiting) = (Id("tickets", "running"), Id("tickets", "paused"), Id("tickets", "waiting_agent"));
            var (pending, sleeping) = (Id("executions", "pending"), Id("executions", "sleeping"));
            var dataDir = Path.Combine(root, "data");

            // The old schema: this version's migrations beyond it are pending (read on a copy: opening the file itself
            // would checkpoint the WAL the kill left behind).
            var before = CopyDatabase(dataDir, Path.Combine(root, "before"));
            await using (var db = Sqlite(before))
                (await db.Database.GetPendingMigrationsAsync()).ShouldNotBeEmpty("the fixture must predate this version's schema");

            // The fixture is a SQLite data dir: this server uses it whatever DROVER_TEST_DATABASE says, so the test runs
            // (and must pass) in the PostgreSQL run of the suite too. A long result grace: on a loaded machine the agent
            // may take a while to hand in the results of the hosts that started before the upgrade. The lost-agent
            // grace is the default: gone-1 waits its wait_agent_seconds (86400) from the upgrade, not agent_lost_seconds
            // (docs/semantics.md, "Upgrades"), though its agent comes only once everything else has ended.
            using var server = new ServerProcess(dataDir, "--Drover:ResultGraceSeconds=600") { Database = "sqlite" };
            await server.StartAsync();
            var api = new Api(server.ApiUrl);

            // Migrated: nothing pending, the lease tables gone, the cluster's tables and the write versions there.
            await using (var db = Sqlite(Path.Combine(dataDir, "drover.db")))
            {
                (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
                var tables = await ScalarsAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
                tables.ShouldContain("cluster_members");
                tables.ShouldNotContain("runner_leases");
                tables.ShouldNotContain("forwarded_work");
                (await ScalarsAsync(db, "SELECT name FROM pragma_table_info('tickets')")).ShouldContain("WriteVersion");
                (await ScalarsAsync(db, "SELECT name FROM pragma_table_info('executions')")).ShouldContain("WriteVersion");
                // The host waiting for its agent counts its wait from the upgrade: the previous version kept no dispatch time.
                (await ScalarsAsync(db, "SELECT \"ResourceId\" FROM instances WHERE \"DispatchedAt\" IS NOT NULL")).ShouldContain("gone-1");
                // The tickets stored before are counted once by the migration: the ticket list's unfiltered total.
                var counted = await ScalarsAsync(db, "SELECT \"ProjectId\" || '=' || \"Count\" FROM ticket_counts ORDER BY 1");
                counted.ShouldNotBeEmpty();
                counted.ShouldBe(await ScalarsAsync(db, "SELECT \"ProjectId\" || '=' || COUNT(*) FROM tickets GROUP BY \"ProjectId\" ORDER BY 1"));
            }

            // Readable, each as the old version last showed it.
            (await api.TicketStatusAsync(running)).ShouldBe(fixture["tickets"]!["running"]!["status"]!.GetValue<string>());
            (await api.TicketStatusAsync(running)).ShouldBe("PROCESSING");
            (await api.TicketStatusAsync(paused)).ShouldBe("PAUSED");
            (await api.TicketStatusAsync(waiting)).ShouldBe("PROCESSING");
            (await api.HostAsync(paused, "up-3")).Status().ShouldBe("FINISHED");
            (await api.HostAsync(paused, "up-4")).Status().ShouldBe("READY");
            var e = await api.ExecutionAsync(pending);
            $"{e.Status()} {e.Str("current_step")}".ShouldBe("Pending gate");

            // The old agent's journal: its hosts' credentials and the dispatches it had taken. This version's agent
            // picks it up (no enrollment), and hands in what its supervisors recorded.
            var runs = new RunMarkers(Path.Combine(root, "runs"));
            using var agent = new AgentProcess(server.AgentUrl, "up", 4, Path.Combine(root, "agent"), await api.EnrollmentTokenAsync(1));
            agent.Start();

            // The running ticket: up-1's script ended while everything was down (its result is taken from the journal),
            // up-2's supervisor died with its machine (LOST: ABNORMAL). 1 of 2 meets the 50 % success rate, so batches 2
            // and 3 run on the agent.
            var ended = await api.WaitForTicketAsync(running, t => t.Status() is "FINISHED" or "ABNORMAL" or "CANCELED", "to end",
                TimeSpan.FromSeconds(180));
            var hosts = await api.HostsAsync(running);
            output.WriteLine($"running ticket after the upgrade: {ended.ToJsonString()}");
            foreach (var (h, inst) in hosts) output.WriteLine($"  {h}: {inst.ToJsonString()}");
            hosts.Keys.Order().ShouldBe(["up-1", "up-2", "up-3", "up-4"]);
            hosts["up-1"].Status().ShouldBe("FINISHED", hosts["up-1"].ToJsonString());
            hosts["up-1"].Message().ShouldBe("done on up-1\n");
            hosts["up-2"].Status().ShouldBe("ABNORMAL", hosts["up-2"].ToJsonString());
            hosts["up-2"].Message().ShouldContain(SupervisorDied);
            foreach (var h in new[] { "up-3", "up-4" })
            {
                hosts[h].Status().ShouldBe("FINISHED", hosts[h].ToJsonString());
                hosts[h].Message().ShouldBe($"done on {h}\n");
            }
            foreach (var inst in hosts.Values) inst.Attempt().ShouldBe(1);
            ended.Status().ShouldBe("FINISHED", ended.ToJsonString());

            // The lost host, retried: attempt 2 runs (and does not hold: only first attempts do).
            await api.OperateOkAsync(running, new { operation_type = "RETRY_INSTANCE", instance_id = hosts["up-2"].Id() });
            var retried = await api.WaitForHostAsync(running, "up-2", i => i.Attempt() == 2 && i.Status() is "FINISHED" or "ABNORMAL",
                "attempt 2 to end", TimeSpan.FromSeconds(120));
            retried.Status().ShouldBe("FINISHED", retried.ToJsonString());
            retried.Message().ShouldBe("done on up-2\n");
            (await api.WaitForStatusAsync(running, "FINISHED", TimeSpan.FromSeconds(60))).Status().ShouldBe("FINISHED");

            // The paused ticket continues and finishes.
            await api.OperateOkAsync(paused, new { operation_type = "CONTINUE_ORDER" });
            await api.WaitForStatusAsync(paused, "FINISHED", TimeSpan.FromSeconds(120));
            (await api.HostAsync(paused, "up-4")).Message().ShouldBe("done on up-4\n");

            // The execution at its suspend step resumes; the one in its sleep step goes on by itself. Each then runs its
            // scripts step (one host) and succeeds.
            await api.OperateExecutionAsync(pending, "RESUME");
            var stepTickets = new Dictionary<string, string>();
            foreach (var (execution, host) in new[] { (pending, "up-3"), (sleeping, "up-4") })
            {
                await api.WaitForExecutionAsync(execution, "Succeed", TimeSpan.FromSeconds(120));
                var finish = (await api.ExecutionStepsAsync(execution)).Run(1, "finish");
                finish.Status().ShouldBe("Succeed", finish.ToJsonString());
                var stepHosts = await api.StepHostsAsync(finish);
                stepHosts.Keys.ShouldBe([host]);
                stepHosts[host].Status().ShouldBe("Succeed", stepHosts[host].ToJsonString());
                stepHosts[host].Message().ShouldBe($"done on {host}\n");
                stepTickets[execution] = finish.Prop("execute_uuid");
            }
            foreach (var s in await api.ExecutionStepsAsync(pending)) s.Status().ShouldBe("Succeed", s.ToJsonString());
            foreach (var s in await api.ExecutionStepsAsync(sleeping)) s.Status().ShouldBe("Succeed", s.ToJsonString());

            // The host that waited for its agent across the upgrade still waits; an agent enrolled for it now runs it.
            (await api.HostAsync(waiting, "gone-1")).Status().ShouldBe("PROCESSING");
            using var late = new AgentProcess(server.AgentUrl, "gone", 1, Path.Combine(root, "agent-gone"), await api.EnrollmentTokenAsync(1));
            late.Start();
            await api.WaitForStatusAsync(waiting, "FINISHED", TimeSpan.FromSeconds(120));
            (await api.HostAsync(waiting, "gone-1")).Message().ShouldBe("done on gone-1\n");

            // The hosts' own record, the old version's runs included: each ran exactly once per attempt, nothing else.
            runs.ShouldHaveRun("up-1", running, attempts: 1);
            runs.ShouldHaveRun("up-2", running, attempts: 2);
            runs.ShouldHaveRun("up-3", running, attempts: 1);
            runs.ShouldHaveRun("up-4", running, attempts: 1);
            runs.ShouldHaveRun("up-3", paused, attempts: 1);
            runs.ShouldHaveRun("up-4", paused, attempts: 1);
            runs.ShouldHaveRun("up-3", stepTickets[pending], attempts: 1);
            runs.ShouldHaveRun("up-4", stepTickets[sleeping], attempts: 1);
            runs.ShouldHaveRun("gone-1", waiting, attempts: 1);
            runs.All().Count.ShouldBe(10, string.Join(", ", runs.All().Select(r => $"{r.Host}:{r.DispatchId}")));
            runs.Duplicates().ShouldBeEmpty();

            // The old agent's credentials were reused: it enrolled nothing.
            agent.AllOutput.ShouldNotContain("Enrolling", customMessage: agent.Output);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private sealed class Api(string url) : DroverClient(url);

    /// <summary>tar keeps what the agent checks on its journal: owner-only modes, and the supervisors' FIFOs.</summary>
    private static async Task UnpackAsync(string archive, string into)
    {
        var tar = new ProcessStartInfo("tar") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-xzf", archive, "-C", into }) tar.ArgumentList.Add(a);
        using var p = Process.Start(tar)!;
        var errors = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        p.ExitCode.ShouldBe(0, errors);
    }

    private static string CopyDatabase(string dataDir, string into)
    {
        Directory.CreateDirectory(into);
        foreach (var f in Directory.EnumerateFiles(dataDir, "drover.db*")) File.Copy(f, Path.Combine(into, Path.GetFileName(f)));
        return Path.Combine(into, "drover.db");
    }

    private static SqliteDroverDb Sqlite(string file) =>
        new(new DbContextOptionsBuilder<SqliteDroverDb>().UseSqlite($"Data Source={file};Pooling=False").Options);

    private static async Task<List<string>> ScalarsAsync(SqliteDroverDb db, string sql)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var values = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
