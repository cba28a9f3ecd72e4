using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Orleans.Runtime;

namespace Drover.Server.Monitoring;

/// <summary>
/// <c>/readyz</c>: whether this replica can do its work: the database answers, and this server's silo is an active
/// member of the cluster (so ticket and host grains can be called). <c>/healthz</c> only says the process answers.
/// </summary>
public sealed class Readiness(IDbContextFactory<DroverDb> dbs, IClusterMembershipService membership, ILocalSiloDetails silo)
{
    public sealed record Check(string Name, bool Ok, string Detail);

    public async Task<IReadOnlyList<Check>> CheckAsync(CancellationToken ct)
    {
        Check database;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await using var db = await dbs.CreateDbContextAsync(timeout.Token);
            database = await db.Database.CanConnectAsync(timeout.Token)
                ? new Check("database", true, "answers")
                : new Check("database", false, "cannot connect");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            database = new Check("database", false, e.GetType().Name);
        }
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        var cluster = new Check("cluster", status == SiloStatus.Active, $"this silo is {status}");
        return [database, cluster];
    }
}
