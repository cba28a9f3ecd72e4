using System.Data.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Security;
using Drover.Server.Storage;
using Drover.Server.Storage.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drover.IntegrationTests.Storage;

/// <summary>
/// The rows hold the domain's enums and EF converts them at the edge (Storage/WireSpellings): the columns keep COC's
/// spellings, exactly the text they held when the rows were strings, so existing data reads and nothing is migrated.
/// Read back with plain SQL from the server's own database, migrated by the server's own code (SQLite, or PostgreSQL
/// under <c>DROVER_TEST_DATABASE=postgres</c>).
/// </summary>
public sealed class WireSpellingTests
{
    [Fact]
    public async Task Enums_are_stored_in_COC_spelling_and_queries_compare_them_in_it()
    {
        await using var store = await Database.CreateAsync();
        long scriptId, ticketId, instanceId, executionId, stepId, documentId;
        await using (var db = await store.Dbs.CreateDbContextAsync())
        {
            var script = Script(ScriptKind.Python, RiskLevel.High, ScriptStatus.PendingApprove);
            db.Scripts.Add(script);
            db.Roles.Add(new RoleRow { UserId = "u1", ProjectId = "default", Role = ProjectRole.Operator });
            var document = new DocumentRow
            {
                DocumentId = "doc-1", ProjectId = "default", Name = "job", EnterpriseProjectId = "0", RiskLevel = RiskLevel.Medium,
                TagsJson = "[]", Creator = "t", Modifier = "t",
            };
            db.Documents.Add(document);
            var execution = new ExecutionRow
            {
                ExecutionId = "exec-1", ProjectId = "default", DocumentId = "doc-1", DocumentName = "job", DocumentVersion = "v1",
                DocumentVersionId = "ver-1", Content = "", Type = ExecutionType.RateControl, Status = ExecutionStatus.Canceling,
                ParametersJson = "[]", GlobalsJson = "{}", SysTagsJson = "[]", TargetsJson = "[]", StateJson = "{}", Creator = "t",
            };
            db.Executions.Add(execution);
            await db.SaveChangesAsync();
            var step = new ExecutionStepRow
            {
                ExecutionStepId = "step-1", ExecutionRowId = execution.Id, Name = "s", Action = "aws:executeScript",
                Status = StepStatus.Timeout, InputsJson = "{}", OutputsJson = "{}", PropertiesJson = "{}",
            };
            db.ExecutionSteps.Add(step);
            var ticket = Ticket(ScriptKind.Bat, TicketStatus.Processing);
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync();
            db.Batches.Add(new BatchRow { TicketId = ticket.Id, BatchIndex = 1, Rotation = RotationStrategy.Continue });
            db.Batches.Add(new BatchRow { TicketId = ticket.Id, BatchIndex = 2, Rotation = RotationStrategy.Pause });
            var instance = Instance(ticket.Id, InstanceStatus.Processing);
            db.Instances.Add(instance);
            await db.SaveChangesAsync();
            (scriptId, ticketId, instanceId, executionId, stepId, documentId) = (script.Id, ticket.Id, instance.Id, execution.Id, step.Id, document.Id);
        }

        (await store.TextAsync($"SELECT \"Kind\" || ' ' || \"RiskLevel\" || ' ' || \"Status\" FROM scripts WHERE \"Id\" = {scriptId}"))
            .ShouldBe("PYTHON HIGH PENDING_APPROVE");
        (await store.TextAsync($"SELECT \"ScriptKind\" || ' ' || \"Status\" FROM tickets WHERE \"Id\" = {ticketId}")).ShouldBe("BAT PROCESSING");
        (await store.TextAsync($"SELECT \"Rotation\" FROM batches WHERE \"TicketId\" = {ticketId} AND \"BatchIndex\" = 1")).ShouldBe("CONTINUE");
        (await store.TextAsync($"SELECT \"Rotation\" FROM batches WHERE \"TicketId\" = {ticketId} AND \"BatchIndex\" = 2")).ShouldBe("PAUSE");
        (await store.TextAsync($"SELECT \"Status\" FROM instances WHERE \"Id\" = {instanceId}")).ShouldBe("PROCESSING");
        (await store.TextAsync($"SELECT \"Type\" || ' ' || \"Status\" FROM executions WHERE \"Id\" = {executionId}")).ShouldBe("RATE_CONTROL Canceling");
        (await store.TextAsync($"SELECT \"Status\" FROM execution_steps WHERE \"Id\" = {stepId}")).ShouldBe("Timeout");
        (await store.TextAsync($"SELECT \"RiskLevel\" FROM documents WHERE \"Id\" = {documentId}")).ShouldBe("MEDIUM");
        (await store.TextAsync("SELECT \"Role\" FROM user_roles WHERE \"UserId\" = 'u1'")).ShouldBe("operator");

        // A row written in COC's spelling by hand (as every row before this change was) reads as the enum...
        await store.ExecuteAsync($"UPDATE instances SET \"Status\" = 'ABNORMAL' WHERE \"Id\" = {instanceId}");
        await using (var db = await store.Dbs.CreateDbContextAsync())
        {
            (await db.Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId)).Status.ShouldBe(InstanceStatus.Abnormal);
            // ...and queries send the spelling: equality, a list, an update.
            (await db.Instances.CountAsync(i => i.Id == instanceId && i.Status == InstanceStatus.Abnormal)).ShouldBe(1);
            (await db.Instances.CountAsync(i => i.Id == instanceId && i.Status == InstanceStatus.Processing)).ShouldBe(0);
            TicketStatus[] open = [TicketStatus.Ready, TicketStatus.Processing];
            (await db.Tickets.Where(t => open.Contains(t.Status)).Select(t => t.Id).ToListAsync()).ShouldBe([ticketId]);
            ExecutionStatus[] running = [ExecutionStatus.Running, ExecutionStatus.Canceling];
            (await db.Executions.Where(e => running.Contains(e.Status)).Select(e => e.Id).ToListAsync()).ShouldBe([executionId]);
            (await db.Roles.CountAsync(r => r.UserId == "u1" && r.Role == ProjectRole.Operator)).ShouldBe(1);
            var finished = TicketStatus.Finished;
            await db.Tickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, finished));
        }
        (await store.TextAsync($"SELECT \"Status\" FROM tickets WHERE \"Id\" = {ticketId}")).ShouldBe("FINISHED");
    }

    [Theory]
    [InlineData("instances", "Status", "Processing", "stored InstanceStatus 'Processing' is not one of READY, PROCESSING, FINISHED, ABNORMAL, CANCELED")]
    [InlineData("tickets", "ScriptKind", "shell", "stored ScriptKind 'shell' is not one of SHELL, PYTHON, BAT")]
    [InlineData("user_roles", "Role", "root", "stored ProjectRole 'root' is not one of viewer, operator, admin")]
    public async Task A_stored_spelling_that_is_no_value_fails_the_read_naming_it(string table, string column, string stored, string error)
    {
        await using var store = await Database.CreateAsync();
        await using (var db = await store.Dbs.CreateDbContextAsync())
        {
            var ticket = Ticket(ScriptKind.Shell, TicketStatus.Processing);
            db.Tickets.Add(ticket);
            db.Roles.Add(new RoleRow { UserId = "u1", ProjectId = "default", Role = ProjectRole.Admin });
            await db.SaveChangesAsync();
            db.Instances.Add(Instance(ticket.Id, InstanceStatus.Processing));
            await db.SaveChangesAsync();
        }
        (await store.ExecuteAsync($"UPDATE {table} SET \"{column}\" = '{stored}'")).ShouldBe(1);

        await using (var db = await store.Dbs.CreateDbContextAsync())
        {
            var e = table switch
            {
                "instances" => await Should.ThrowAsync<InvalidDataException>(() => db.Instances.AsNoTracking().ToListAsync()),
                "tickets" => await Should.ThrowAsync<InvalidDataException>(() => db.Tickets.AsNoTracking().ToListAsync()),
                _ => await Should.ThrowAsync<InvalidDataException>(() => db.Roles.AsNoTracking().Select(r => r.Role).ToListAsync()),
            };
            e.Message.ShouldBe(error);
        }
    }

    private static ScriptRow Script(ScriptKind kind, RiskLevel risk, ScriptStatus status) => new()
    {
        ScriptUuid = "script-1", ProjectId = "default", Name = "s", Kind = kind, Content = "echo", Description = "", RiskLevel = risk,
        Version = "1.0.0", Status = status, ReviewersJson = "[]", ParamsJson = "[]", EnterpriseProjectId = "0", Creator = "t", CreatorId = "t",
    };

    private static TicketRow Ticket(ScriptKind kind, TicketStatus status) => new()
    {
        ExecuteUuid = "ticket-1", ProjectId = "default", ScriptUuid = "script-1", ScriptName = "s", ScriptVersion = "1.0.0", ScriptKind = kind,
        Content = "echo", ParamsJson = "[]", ExecuteUser = "root", Status = status, RegionIds = "local", Creator = "t",
    };

    private static InstanceRow Instance(long ticketId, InstanceStatus status) => new()
    {
        TicketId = ticketId, BatchIndex = 1, ResourceId = "host-1", RegionId = "local", Provider = "ECS", Type = "CLOUDSERVER",
        CustomAttributesJson = "[]", Status = status,
    };

    /// <summary>A database migrated by the server's own storage registration, on the provider the suite runs on.</summary>
    private sealed class Database(ServiceProvider services, string dir) : IAsyncDisposable
    {
        public IDbContextFactory<DroverDb> Dbs { get; } = services.GetRequiredService<IDbContextFactory<DroverDb>>();

        public static async Task<Database> CreateAsync()
        {
            var dir = Directory.CreateTempSubdirectory("drover-spelling-").FullName;
            var target = DatabaseTarget.Parse(Postgres.IsDefault ? await Postgres.CreateDatabaseAsync() : null, dir);
            var services = new ServiceCollection().AddLogging().AddDroverDatabase(target).BuildServiceProvider();
            global::Drover.Server.Storage.Providers.Storage.Migrate(services);
            var database = new Database(services, dir);
            await using (var db = await database.Dbs.CreateDbContextAsync()) db.Database.IsNpgsql().ShouldBe(Postgres.IsDefault);
            return database;
        }

        public async Task<string> TextAsync(string sql)
        {
            await using var db = await Dbs.CreateDbContextAsync();
            await using var cmd = await CommandAsync(db, sql);
            return (string)(await cmd.ExecuteScalarAsync())!;
        }

        public async Task<int> ExecuteAsync(string sql)
        {
            await using var db = await Dbs.CreateDbContextAsync();
            await using var cmd = await CommandAsync(db, sql);
            return await cmd.ExecuteNonQueryAsync();
        }

        private static async Task<DbCommand> CommandAsync(DroverDb db, string sql)
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            return cmd;
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
