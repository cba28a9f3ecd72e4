using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drover.Server.Storage.Providers;

/// <summary>PostgreSQL: what several replicas share. Migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresDroverDb(DbContextOptions<PostgresDroverDb> options) : DroverDb(options);

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresDroverDb</c> build the model without a database.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDroverDb>
{
    public PostgresDroverDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDroverDb>().UseNpgsql("Host=localhost;Database=drover_design_time").Options);
}
