
namespace Drover.Server.Agents;

/// <summary>
/// A host, wherever its agent's stream is: the server holding the stream attaches it here (on Hello, and again with
/// every heartbeat, so a host grain moved by a server's death learns it again within one heartbeat), and any ticket on
/// any server sends the host's dispatches and kills through it.
/// </summary>
public interface IHostGrain : IGrainWithStringKey
{
    /// <summary>True when this session was not attached here before (new, or the grain was loaded again since).</summary>
    Task<bool> Attach(IAgentLink link, string sessionId);

    /// <summary>The stream ended; ignored when a newer session has attached since.</summary>
    Task Detach(string sessionId);

    /// <summary>A <c>ServerMessage</c>, serialized; false when no stream of the host is known.</summary>
    Task<bool> Send(byte[] message);
}

/// <summary>A host's live stream, on the server that holds it: what the host grain calls.</summary>
public interface IAgentLink : IGrainObserver
{
    Task<bool> Send(byte[] message);
}

public sealed class HostGrain(ILogger<HostGrain> log) : Grain, IHostGrain
{
    private IAgentLink? link;
    private string? session;

    public static string KeyOf(HostKey host) => $"{host.ProjectId}\n{host.RegionId}\n{host.ResourceId}";

    public Task<bool> Attach(IAgentLink link, string sessionId)
    {
        var known = session == sessionId;
        (this.link, session) = (link, sessionId);
        return Task.FromResult(!known);
    }

    public Task Detach(string sessionId)
    {
        if (session == sessionId) (link, session) = (null, null);
        return Task.CompletedTask;
    }

    public async Task<bool> Send(byte[] message)
    {
        if (link is not { } current) return false;
        try
        {
            return await current.Send(message);
        }
        catch (Exception e)
        {
            // The server holding the stream is gone: the agent reconnects somewhere and attaches again.
            log.LogInformation("Host {Host}: its stream's server did not take a message ({Error})", this.GetPrimaryKeyString().Replace('\n', '/'), e.Message);
            if (ReferenceEquals(link, current)) (link, session) = (null, null);
            return false;
        }
    }
}
