using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Storage.Providers;

/// <summary>Registers the database the server was configured with, and brings its schema up to date at start.</summary>
public static class Storage
{
    public static IServiceCollection AddDroverDatabase(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        switch (target.Kind)
        {
            case DatabaseKind.Sqlite:
                services.AddDbContextFactory<SqliteDroverDb>(o => o.UseSqlite(target.ConnectionString));
                services.AddSingleton<IDbContextFactory<DroverDb>>(sp => new Upcast<SqliteDroverDb>(sp.GetRequiredService<IDbContextFactory<SqliteDroverDb>>()));
                break;
            case DatabaseKind.Postgres:
                services.AddDbContextFactory<PostgresDroverDb>(o => o.UseNpgsql(target.ConnectionString));
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
