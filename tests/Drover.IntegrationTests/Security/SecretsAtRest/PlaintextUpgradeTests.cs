using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Drover.Domain.Scripts;
using Drover.Server.Jobs.Api;
using Drover.Server.Security.Secrets;
using Drover.Server.Storage;
using Drover.Server.Storage.Providers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Drover.IntegrationTests.Security.SecretsAtRest;

/// <summary>
/// An install upgraded from a version that kept secrets in clear: at start they are sealed (or masked where they are
/// only shown), once, and everything that used them still works.
/// </summary>
public sealed class PlaintextUpgradeTests
{
    private const string Mask = "*****************";

    [Fact]
    public async Task Secrets_an_older_version_kept_in_clear_are_sealed_at_start_and_still_work()
    {
        const string scriptDefault = "Ol4defaultVb19";
        const string givenValue = "Ol7givenNc28";
        const string token = "Ol2tokenHd37";
        var authorizations = new ConcurrentQueue<string>();
        await using var api = await LocalHttpEndpoint.StartAsync(app => app.MapPost("/hook", (HttpRequest r) =>
        {
            authorizations.Enqueue(r.Headers.Authorization.ToString());
            return Results.Json(new { ok = true });
        }));
        var dir = Directory.CreateTempSubdirectory("drover-upgrade-").FullName;
        using var scratch = new Scratch("up" + Guid.NewGuid().ToString("N")[..8]);
        string[] args =
        [
            "--data-dir", dir, "--Drover:Jobs:Api:AllowedHosts:0=127.0.0.1",
            .. Postgres.IsDefault ? new[] { "--database", await Postgres.CreateDatabaseAsync() } : [],
        ];
        try
        {
            string script, ticket, execution;
            await using (var d = await TestDrover.StartAsync(args))
            {
                var h = await d.StartAgentAsync(d.Prefix + "-up", simulate: 1);
                script = await d.CreateScriptAsync(
                    $"echo \"pw=$DROVER_PARAM_PW\"\nprintf %s \"$DROVER_PARAM_PW\" > {scratch.Dir}/$DROVER_PARAM_TAG",
                    parameters:
                    [
                        new { param_name = "pw", param_value = "replacedbelow", param_description = "password", sensitive = true },
                        new { param_name = "tag", param_value = "none", param_description = "", sensitive = false },
                    ]);
                ticket = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "pw", param_value = "replacedbelow" }, new { param_name = "tag", param_value = "before" }]);
                await d.WaitForStatusAsync(ticket, "FINISHED");
                var job = await d.CreateJobAsync($$$"""
                    meta:
                      name: upgrade
                    inputs:
                      auth: {type: string}
                    steps:
                      - name: call1
                        task: hwc:runbook:executeAPI@1.0.0
                        inputs: {method: POST, url: "{{{api.Url}}}/hook", headers: '{"Authorization":"Bearer {{$globals.auth}}"}', body: '{}'}
                      - name: pause
                        task: hwc:runbook:suspend@1.0.0
                        inputs: {}
                      - name: call2
                        task: hwc:runbook:executeAPI@1.0.0
                        inputs: {method: POST, url: "{{{api.Url}}}/hook", headers: '{"Authorization":"Bearer {{$globals.auth}}"}', body: '{}'}
                    """);
                execution = await d.ExecuteJobAsync(job, new { parameters = new[] { new { key = "auth", value = token } } });
                await d.WaitForExecutionAsync(execution, "Pending", TimeSpan.FromSeconds(60));
            }
            authorizations.Count.ShouldBe(1);

            // What the older version wrote: the same rows with the values in clear.
            await using (var db = OpenDatabase(args, dir))
            {
                var s = await db.Scripts.SingleAsync(x => x.ScriptUuid == script);
                s.ParamsJson = StorageJson.Write(new[] { new ScriptParameter("pw", scriptDefault, "password", true), new ScriptParameter("tag", "none", "", false) });
                var t = await db.Tickets.SingleAsync(x => x.ExecuteUuid == ticket);
                t.ParamsJson = StorageJson.Write(new[] { new ScriptParameter("pw", givenValue, "password", true), new ScriptParameter("tag", "before", "", false) });
                var e = await db.Executions.SingleAsync(x => x.ExecutionId == execution);
                e.GlobalsJson = StorageJson.Write(new Dictionary<string, string> { ["auth"] = token });
                e.ParametersJson = StorageJson.Write(new[] { new KeyValue("auth", token) });
                var call1 = await db.ExecutionSteps.SingleAsync(x => x.ExecutionRowId == e.Id && x.Name == "call1");
                var inputs = StorageJson.Read<Dictionary<string, string>>(call1.InputsJson);
                inputs["headers"] = $"{{\"Authorization\":\"Bearer {token}\"}}";
                call1.InputsJson = StorageJson.Write(inputs);
                await db.SaveChangesAsync();
            }

            await using (var d = await TestDrover.StartAsync(args))
            {
                // Sealed at start: in no row, nor in the SQLite file or its WAL; and a second pass finds nothing to do.
                (await StoredSecrets.FindAsync(d.Services, [scriptDefault, givenValue, token])).ShouldBeEmpty();
                (await d.Services.GetServices<IHostedService>().OfType<PlaintextSealing>().Single().RunAsync(CancellationToken.None)).ShouldBe(0);

                // Shown masked.
                (await d.GetDataAsync($"/v1/job/scripts/{script}"))["script_params"]!.AsArray()
                    .Single(p => p!["param_name"]!.GetValue<string>() == "pw")!["param_value"]!.GetValue<string>().ShouldBe(Mask);
                (await d.TicketAsync(ticket))["properties"]!["execute_param"]!["script_params"]!.AsArray()
                    .Single(p => p!["param_name"]!.GetValue<string>() == "pw")!["param_value"]!.GetValue<string>().ShouldBe(Mask);
                (await d.ExecutionAsync(execution)).Pairs("parameters")["auth"].ShouldBe(Mask);
                var headers = JsonNode.Parse((await d.ExecutionStepsAsync(execution)).Run(1, "call1").Pairs("inputs")["headers"])!.AsObject();
                headers["Authorization"]!.GetValue<string>().ShouldBe(Mask);

                // Still working: the script's sealed default reaches a host...
                var h = await d.StartAgentAsync(d.Prefix + "-up2", simulate: 1);
                var after = await d.ExecuteAsync(script, [[h[0]]], parameters: [new { param_name = "tag", param_value = "after" }]);
                await d.WaitForStatusAsync(after, "FINISHED");
                File.ReadAllText(scratch.PathOf("after")).ShouldBe(scriptDefault);
                (await d.HostAsync(after, h[0])).Message().ShouldBe("pw=*****\n");

                // ...and the execution goes on, its next call carrying the header built from the sealed global.
                await d.OperateExecutionAsync(execution, "RESUME");
                await d.WaitForExecutionAsync(execution, "Succeed", TimeSpan.FromSeconds(120));
                authorizations.ShouldBe([$"Bearer {token}", $"Bearer {token}"]);
                (await StoredSecrets.FindAsync(d.Services, [scriptDefault, givenValue, token])).ShouldBeEmpty();
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The server's database, opened as the older version would have: straight, with no server running.</summary>
    private static DroverDb OpenDatabase(string[] args, string dir)
    {
        var i = Array.IndexOf(args, "--database");
        var target = DatabaseTarget.Parse(i >= 0 ? args[i + 1] : null, dir);
        return target.Kind == DatabaseKind.Sqlite
            ? new SqliteDroverDb(new DbContextOptionsBuilder<SqliteDroverDb>().UseSqlite(target.ConnectionString).Options)
            : new PostgresDroverDb(new DbContextOptionsBuilder<PostgresDroverDb>().UseNpgsql(target.ConnectionString).Options);
    }
}
