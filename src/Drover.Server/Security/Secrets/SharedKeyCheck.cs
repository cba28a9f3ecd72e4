using Drover.Server.Storage.Providers;
using Microsoft.Extensions.Options;

namespace Drover.Server.Security.Secrets;

/// <summary>
/// On PostgreSQL, replicas share the rows and so must share the sealing key: a key file of one replica's own data
/// directory leaves what it sealed unreadable to the others. Said once at start when the key is not configured.
/// </summary>
public sealed class SharedKeyCheck(DatabaseTarget database, IOptions<SecurityOptions> options, ILogger<SharedKeyCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        if (database.Kind == DatabaseKind.Postgres && string.IsNullOrWhiteSpace(options.Value.SecretKey))
            log.LogWarning("Secrets at rest are sealed with this server's key file ({File}): if other replicas share this PostgreSQL " +
                           "database, give them all the same key in Drover:Security:SecretKey (docs/security.md, \"Secrets at rest\")",
                options.Value.SecretKeyFile ?? "<data-dir>/secret.key");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
