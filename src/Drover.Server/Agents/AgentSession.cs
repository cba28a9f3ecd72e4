using System.Threading.Channels;
using Drover.Protocol;

namespace Drover.Server.Agents;

/// <summary>One live stream to one host: what the server sends it goes through <see cref="Outbox"/>, in order.</summary>
public sealed class AgentSession(HostKey host, long credentialId, DateTimeOffset openedAt)
{
    public HostKey Host { get; } = host;
    /// <summary>The agent credential the stream was opened with: only the same credential may replace it.</summary>
    public long CredentialId { get; } = credentialId;
    public string Id { get; } = Guid.NewGuid().ToString("N");
    public Channel<ServerMessage> Outbox { get; } = Channel.CreateUnbounded<ServerMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource closed = new();
    public CancellationToken Closed => closed.Token;

    /// <summary>True once the stream was closed because its credential is no longer active: the agent is told so.</summary>
    public bool Revoked { get; private set; }

    private long lastHeardMs = openedAt.ToUnixTimeMilliseconds();

    /// <summary>
    /// When the agent last sent anything on this stream. A stopped agent (SIGSTOP, a frozen VM) keeps its TCP connection
    /// open but says nothing: silence, not the stream, decides whether it is still there (<see cref="AgentLeaseWatch"/>).
    /// </summary>
    public DateTimeOffset LastHeard => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref lastHeardMs));

    public void Heard(DateTimeOffset at) => Interlocked.Exchange(ref lastHeardMs, at.ToUnixTimeMilliseconds());

    private long lastWrittenMs;

    /// <summary>The latest heartbeat time this stream wrote for its host (registration, heartbeats): see <see cref="AgentRegistry.MarkOfflineAsync"/>.</summary>
    public long LastWrittenMs => Interlocked.Read(ref lastWrittenMs);

    public void Wrote(long atMs)
    {
        long seen;
        while ((seen = Interlocked.Read(ref lastWrittenMs)) < atMs && Interlocked.CompareExchange(ref lastWrittenMs, atMs, seen) != seen) { }
    }

    public bool Send(ServerMessage message) => Outbox.Writer.TryWrite(message);

    /// <summary>What reaches this stream from other servers (<see cref="AgentLinks"/>), kept alive with the session.</summary>
    internal object? Link { get; set; }
    internal object? LinkReference { get; set; }

    /// <summary>Closes the stream because its credential was revoked (or replaced by a new enrollment).</summary>
    public void Revoke()
    {
        Revoked = true;
        Close();
    }

    public void Close()
    {
        Outbox.Writer.TryComplete();
        try { closed.Cancel(); } catch (ObjectDisposedException) { }
    }
}
