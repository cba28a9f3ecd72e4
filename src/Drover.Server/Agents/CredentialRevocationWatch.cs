using Drover.Server.Agents.Identity;

namespace Drover.Server.Agents;

/// <summary>
/// Closes the streams of hosts whose credentials were revoked, whichever replica revoked them: the revoking replica
/// closes its own at once, every replica finds the rest here within a couple of seconds. It checks the streams it holds
/// against the credentials that are active now, not a log of revocations: a host revoked and enrolled again between
/// two sweeps has a new credential row, so the stream opened with the old one is closed too.
/// </summary>
public sealed class CredentialRevocationWatch(AgentCredentials credentials, AgentSessions sessions, ILogger<CredentialRevocationWatch> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);
    private const int Chunk = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var chunk in sessions.Snapshot().Chunk(Chunk))
                {
                    var active = await credentials.ActiveAsync(chunk.Select(s => s.CredentialId).Distinct().ToList(), stoppingToken);
                    foreach (var session in chunk.Where(s => !active.Contains(s.CredentialId)))
                    {
                        session.Revoke();
                        log.LogWarning("Agent {Host}: credential revoked, stream closed", session.Host);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not check for revoked agent credentials; trying again");
            }
        }
    }
}
