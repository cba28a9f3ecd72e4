using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Storage.Providers;

/// <summary>Registers the database the server was configured with, and brings its schema up to date at start.</summary>
public static class Storage
{
    public static IServiceCollection AddDroverDatabase(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        // Pooled: a request's context is reset and reused instead of built (its services, its state manager) each time;
        // the 50-client list spent a sixth of the server's CPU making contexts and opening their connections.
        switch (target.Kind)
        {
            case DatabaseKind.Sqlite:
                // One gate per database: the server's writes queue in the process, not in SQLite's lock (SqliteWriteGate).
                var gate = new SqliteWriteGate(TimeSpan.FromSeconds(new SqliteConnectionStringBuilder(target.ConnectionString).DefaultTimeout));
                services.AddPooledDbContextFactory<SqliteDroverDb>(o => o.UseSqlite(target.ConnectionString).AddInterceptors(gate));
                services.AddSingleton<IDbContextFactory<DroverDb>>(sp => new Upcast<SqliteDroverDb>(sp.GetRequiredService<IDbContextFactory<SqliteDroverDb>>()));
                break;
            case DatabaseKind.Postgres:
                services.AddPooledDbContextFactory<PostgresDroverDb>(o => o.UseNpgsql(target.ConnectionString));
                services.AddSingleton<IDbContextFactory<DroverDb>>(sp => new Upcast<PostgresDroverDb>(sp.GetRequiredService<IDbContextFactory<PostgresDroverDb>>()));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "unknown database kind");
        }
        // Endpoints take a context per request.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Applies the provider's migrations. Replicas starting together on a fresh PostgreSQL take turns under an advisory
    /// lock held on the migrating connection: without it two of them both applied a migration and one died on
    /// "relation already exists".
    /// </summary>
    public static void Migrate(IServiceProvider services)
    {
        var target = services.GetRequiredService<DatabaseTarget>();
        var sqliteFile = target.Kind == DatabaseKind.Sqlite ? new SqliteConnectionStringBuilder(target.ConnectionString).DataSource : null;
        if (sqliteFile is not null) SecureFiles(services, sqliteFile);
        using var db = services.GetRequiredService<IDbContextFactory<DroverDb>>().CreateDbContext();
        if (db.Database.IsNpgsql())
        {
            db.Database.OpenConnection();
            try
            {
                db.Database.ExecuteSqlRaw($"SELECT pg_advisory_lock({MigrationLock})");
                db.Database.Migrate();
            }
            finally
            {
                db.Database.ExecuteSqlRaw($"SELECT pg_advisory_unlock({MigrationLock})");
                db.Database.CloseConnection();
            }
            return;
        }
        db.Database.Migrate();
        // WAL: readers (the API) never block the writer (the engine), and a crash loses no committed transaction.
        if (db.Database.IsSqlite()) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        if (sqliteFile is not null) SecureFiles(services, sqliteFile);
    }

    /// <summary>The SQLite file and its -wal/-shm 0600 (docs/security.md, "Secrets at rest").</summary>
    private static void SecureFiles(IServiceProvider services, string file)
    {
        var warnings = new StringWriter();
        DataDirectory.PrepareSqliteFile(file, warnings);
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Drover.Storage");
        foreach (var line in warnings.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) log.LogWarning("{Warning}", line.Trim());
    }

    /// <summary>Any fixed number: the advisory lock replicas take around migrating.</summary>
    private const long MigrationLock = 0x44524f564552; // "DROVER"

    /// <summary>Everything else asks for the schema (<see cref="DroverDb"/>), not for a provider.</summary>
    private sealed class Upcast<T>(IDbContextFactory<T> inner) : IDbContextFactory<DroverDb> where T : DroverDb
    {
        public DroverDb CreateDbContext() => inner.CreateDbContext();
        public async Task<DroverDb> CreateDbContextAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
    }
}
