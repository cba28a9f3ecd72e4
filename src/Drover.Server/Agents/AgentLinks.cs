using Drover.Protocol;

namespace Drover.Server.Agents;

/// <summary>Makes the streams held by this server reachable from every server, through their hosts' grains.</summary>
public sealed class AgentLinks(IGrainFactory grains, ILogger<AgentLinks> log)
{
    private sealed class Link(AgentSession session) : IAgentLink
    {
        public Task<bool> Send(byte[] message) => Task.FromResult(session.Send(ServerMessage.Parser.ParseFrom(message)));
    }

    /// <summary>
    /// Attaches (or attaches again) the session to its host's grain; true when the grain did not know it (it was loaded
    /// again, its server having died): what it could not deliver meanwhile must be sent again. Never throws: while a dead
    /// server's grains are not yet moved, the host stays reachable here, and the next heartbeat attaches it again.
    /// </summary>
    public async Task<bool> AttachAsync(AgentSession session)
    {
        // The session keeps the target alive: an observer reference alone is weak.
        session.Link ??= new Link(session);
        session.LinkReference ??= grains.CreateObjectReference<IAgentLink>((IAgentLink)session.Link);
        try
        {
            return await Host(session).Attach((IAgentLink)session.LinkReference, session.Id);
        }
        catch (Exception e)
        {
            log.LogInformation("Host {Host}: its grain is not reachable yet ({Error}); attached again with the next heartbeat", session.Host, e.Message);
            return false;
        }
    }

    public async Task DetachAsync(AgentSession session)
    {
        try
        {
            await Host(session).Detach(session.Id);
        }
        catch (Exception e)
        {
            log.LogDebug("Host {Host}: detach not recorded ({Error}); its grain finds the stream gone", session.Host, e.Message);
        }
        if (session.LinkReference is IAgentLink reference) grains.DeleteObjectReference<IAgentLink>(reference);
    }

    private IHostGrain Host(AgentSession session) => grains.GetGrain<IHostGrain>(HostGrain.KeyOf(session.Host));
}
