using System.Threading.Channels;
using Drover.Protocol;
using Drover.Server.Engine;

namespace Drover.Server.Agents;

/// <summary>One live stream to one host: what the server sends it goes through <see cref="Outbox"/>, in order.</summary>
public sealed class AgentSession(HostKey host, long credentialId)
{
    public HostKey Host { get; } = host;
    /// <summary>The agent credential the stream was opened with: only the same credential may replace it.</summary>
    public long CredentialId { get; } = credentialId;
    public string Id { get; } = Guid.NewGuid().ToString("N");
    public Channel<ServerMessage> Outbox { get; } = Channel.CreateUnbounded<ServerMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource closed = new();
    public CancellationToken Closed => closed.Token;

    public bool Send(ServerMessage message) => Outbox.Writer.TryWrite(message);

    public void Close()
    {
        Outbox.Writer.TryComplete();
        try { closed.Cancel(); } catch (ObjectDisposedException) { }
    }
}
