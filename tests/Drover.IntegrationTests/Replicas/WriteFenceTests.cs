using Drover.Domain.Tickets;
using Drover.Server.Cluster.Writers;
using Drover.Server.Storage;
using Drover.Server.Tickets.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Replicas;

/// <summary>
/// A ticket's writer commits only over the version it loaded. During a membership change two activations of one ticket
/// may briefly exist: whichever commits second finds the version moved, commits nothing, reloads and decides again.
/// Run on the suite's database (SQLite, or PostgreSQL in the PostgreSQL pass).
/// </summary>
public sealed class WriteFenceTests
{
    [Fact]
    public async Task A_commit_over_a_version_that_moved_writes_nothing()
    {
        await using var d = await TestDrover.StartAsync();
        var hosts = await d.StartAgentAsync(d.Prefix + "-fence");
        var marker = TicketChecks.UniqueNumber();
        var uuid = await d.ExecuteAsync(await d.CreateScriptAsync($"sleep {marker}"), [[hosts[0]]], timeout: 3600);
        try
        {
            await TicketChecks.WaitForProcessesAsync(marker, 1);
            var store = d.Services.GetRequiredService<TicketStore>();
            var id = await TicketIdAsync(d, uuid);
            var dbs = d.Services.GetRequiredService<IDbContextFactory<DroverDb>>();
            // The agent's start report, committed by the ticket's own writer, can land after the process is seen; after it the
            // writer has nothing to commit until the script ends.
            await TestDrover.WaitUntilAsync(async () =>
            {
                await using var db = await dbs.CreateDbContextAsync();
                return await db.Instances.AnyAsync(i => i.TicketId == id && i.StartedAt != null);
            }, TimeSpan.FromSeconds(60), "the host's start to be committed");

            // Another activation commits first... (should the ticket's own writer still commit meanwhile, load again).
            Ticket ticket;
            TicketContext context;
            long version, moved;
            for (var attempt = 1; ; attempt++)
            {
                (context, ticket, version) = (await store.LoadAsync(id, CancellationToken.None)).ShouldNotBeNull();
                try
                {
                    moved = await store.SaveAsync(context, version, ticket, ticket with { Status = TicketStatus.Processing, CurrentBatchIndex = 1 }, [],
                        CancellationToken.None);
                    break;
                }
                catch (StaleWriteException) when (attempt < 20)
                {
                    await Task.Delay(200);
                }
            }
            moved.ShouldBe(version + 1);
            var paused = ticket with { Status = TicketStatus.Paused };
            // ...so this one's commit, over the version it loaded, is refused whole: no status, no audit entry.
            var audit = new AuditRow
            {
                ProjectId = "default", At = 1, Actor = "fence-test", Action = "ticket.operation", Target = uuid, Detail = "stale", Outcome = "ok",
                Source = "test", RequestId = "fence-" + marker,
            };
            await Should.ThrowAsync<StaleWriteException>(() => store.SaveAsync(context, version, ticket, paused, [audit], CancellationToken.None));
            (await d.TicketStatusAsync(uuid)).ShouldBe("PROCESSING");
            await using (var db = await dbs.CreateDbContextAsync())
            {
                (await db.Audit.CountAsync(a => a.RequestId == "fence-" + marker)).ShouldBe(0);
                (await db.Tickets.Where(t => t.Id == id).Select(t => t.WriteVersion).SingleAsync()).ShouldBe(version + 1);
                // Nor its event: the ticket's events stop at the version that did commit.
                (await db.ChangeEvents.Where(e => e.Subject == ChangeSubject.Ticket && e.SubjectId == id).MaxAsync(e => e.Version)).ShouldBe(version + 1);
            }
        }
        finally
        {
            await d.OperateAsync(uuid, new { operation_type = "CANCEL_ORDER" });
        }
    }

    [Fact]
    public async Task A_writer_whose_ticket_moved_behind_its_back_reloads_and_applies_the_operation_once()
    {
        await using var d = await TestDrover.StartAsync();
        var hosts = await d.StartAgentAsync(d.Prefix + "-refence", simulate: 2);
        var marker = TicketChecks.UniqueNumber();
        var runs = Directory.CreateTempSubdirectory("drover-fence-").FullName;
        var script = await d.CreateScriptAsync($"echo \"$DROVER_DISPATCH_ID\" >> {runs}/$DROVER_RESOURCE_ID; sleep 0.{marker[..3]}; echo done");
        var uuid = await d.ExecuteAsync(script, [[hosts[0]], [hosts[1]]], rotation: "PAUSE", timeout: 600);
        await d.WaitForStatusAsync(uuid, "PAUSED", TimeSpan.FromSeconds(60));
        var id = await TicketIdAsync(d, uuid);

        // What another activation's commit leaves: the version moved, and this activation still holds the old one.
        await using (var db = await d.Services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContextAsync())
            (await db.Tickets.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.WriteVersion, t => t.WriteVersion + 1))).ShouldBe(1);

        await d.OperateOkAsync(uuid, new { operation_type = "CONTINUE_ORDER" });
        var done = await d.WaitForStatusAsync(uuid, "FINISHED", TimeSpan.FromSeconds(60));
        done.Status().ShouldBe("FINISHED");
        foreach (var h in hosts)
            File.ReadAllLines(Path.Combine(runs, h)).Length.ShouldBe(1, $"host {h} ran once");
        var continues = (await d.AuditAsync()).Count(e => e.Action == "ticket.operation" && e.Target == uuid && e.Detail == "CONTINUE_ORDER");
        continues.ShouldBe(1, "the operation was applied, and recorded, once");
        Directory.Delete(runs, recursive: true);
    }

    private static async Task<long> TicketIdAsync(TestDrover d, string uuid)
    {
        await using var db = await d.Services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContextAsync();
        return await db.Tickets.Where(t => t.ExecuteUuid == uuid).Select(t => t.Id).SingleAsync();
    }
}
