using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drover.Server.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the server.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<DroverDb>
{
    public DroverDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DroverDb>().UseSqlite("Data Source=design-time.db").Options);
}
