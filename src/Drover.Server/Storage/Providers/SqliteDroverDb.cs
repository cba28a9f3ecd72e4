using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drover.Server.Storage.Providers;

/// <summary>The embedded default: one SQLite file under the data directory. Migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteDroverDb : DroverDb
{
    public SqliteDroverDb(DbContextOptions<SqliteDroverDb> options) : base(options)
    {
        // Every save in a transaction, even of one statement, so that it queues at the SqliteWriteGate with the others.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }
}

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteDroverDb</c> build the model without starting the server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDroverDb>
{
    public SqliteDroverDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDroverDb>().UseSqlite("Data Source=design-time.db").Options);
}
