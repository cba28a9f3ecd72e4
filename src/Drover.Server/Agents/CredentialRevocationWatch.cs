using Drover.Server.Security.Agents;

namespace Drover.Server.Agents;

/// <summary>
/// Closes the streams of hosts whose credentials were revoked, whichever replica revoked them: the revoking replica
/// closes its own at once, every replica finds the rest here within a couple of seconds.
/// </summary>
public sealed class CredentialRevocationWatch(AgentCredentials credentials, AgentSessions sessions, ILogger<CredentialRevocationWatch> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Looks back a little past the last sweep: a revocation committed by another replica with a slightly late clock is still seen.
        var since = credentials.Now() - (long)Every.TotalMilliseconds;
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = credentials.Now();
                foreach (var host in await credentials.RevokedSinceAsync(since - 5_000, stoppingToken))
                    if (sessions.CloseHost(host)) log.LogWarning("Agent {Host}: credential revoked, stream closed", host);
                since = now;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not check for revoked agent credentials; trying again");
            }
        }
    }
}
