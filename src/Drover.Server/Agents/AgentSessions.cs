using System.Collections.Concurrent;
using Drover.Protocol;

namespace Drover.Server.Agents;

/// <summary>The hosts connected to this server right now. A host has at most one session: a new one replaces the old.</summary>
public sealed class AgentSessions
{
    private readonly ConcurrentDictionary<HostKey, AgentSession> sessions = new();

    public bool IsConnected(HostKey host) => sessions.ContainsKey(host);

    public int Count => sessions.Count;

    /// <summary>Queues a message for the host; false when the host has no session here.</summary>
    public bool TrySend(HostKey host, ServerMessage message) => sessions.TryGetValue(host, out var s) && s.Send(message);

    /// <summary>
    /// Opens the host's session, replacing one opened with the same credential (the agent reconnected before the old
    /// stream was seen to end). False, and nothing replaced, when the host's current session holds another credential.
    /// </summary>
    public bool Open(AgentSession session)
    {
        while (true)
        {
            if (sessions.TryAdd(session.Host, session)) return true;
            if (!sessions.TryGetValue(session.Host, out var old)) continue;
            if (old.CredentialId != session.CredentialId) return false;
            if (sessions.TryUpdate(session.Host, session, old))
            {
                old.Close();
                return true;
            }
        }
    }

    /// <summary>Whether the host's current session here was opened with another credential (a new stream must be refused).</summary>
    public bool HeldByAnother(HostKey host, long credentialId) =>
        sessions.TryGetValue(host, out var s) && s.CredentialId != credentialId;

    /// <summary>Closes the host's session here, if it has one, telling the agent its credential was revoked.</summary>
    public bool CloseHost(HostKey host)
    {
        if (!sessions.TryGetValue(host, out var s)) return false;
        s.Revoke();
        return true;
    }

    /// <summary>The sessions open here right now.</summary>
    public IReadOnlyList<AgentSession> Snapshot() => sessions.Values.ToList();

    /// <summary>Removes the session if it is still the host's current one; true if it was.</summary>
    public bool Close(AgentSession session)
    {
        session.Close();
        return sessions.TryRemove(new KeyValuePair<HostKey, AgentSession>(session.Host, session));
    }
}
