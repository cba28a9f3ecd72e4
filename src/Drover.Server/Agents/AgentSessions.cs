using System.Collections.Concurrent;
using Drover.Protocol;
using Drover.Server.Engine;

namespace Drover.Server.Agents;

/// <summary>The hosts connected to this server right now. A host has at most one session: a new one replaces the old.</summary>
public sealed class AgentSessions
{
    private readonly ConcurrentDictionary<HostKey, AgentSession> sessions = new();

    public bool IsConnected(HostKey host) => sessions.ContainsKey(host);

    public int Count => sessions.Count;

    /// <summary>Queues a message for the host; false when the host has no session here.</summary>
    public bool TrySend(HostKey host, ServerMessage message) => sessions.TryGetValue(host, out var s) && s.Send(message);

    public void Open(AgentSession session)
    {
        AgentSession? replaced = null;
        sessions.AddOrUpdate(session.Host, session, (_, old) => { replaced = old; return session; });
        replaced?.Close();
    }

    /// <summary>Removes the session if it is still the host's current one; true if it was.</summary>
    public bool Close(AgentSession session)
    {
        session.Close();
        return sessions.TryRemove(new KeyValuePair<HostKey, AgentSession>(session.Host, session));
    }
}
