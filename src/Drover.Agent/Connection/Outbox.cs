using System.Threading.Channels;
using Drover.Protocol;

namespace Drover.Agent.Connection;

/// <summary>Something to send to the server: a message, or a dispatch's first chunks read back from its spool.</summary>
internal abstract record OutboxItem;

internal sealed record OutboxMessage(AgentMessage Message) : OutboxItem;

internal sealed record SpooledChunks(string DispatchId, long Count) : OutboxItem;

/// <summary>
/// What a host has to send, in order. It only holds items while a stream is up: whatever is produced
/// while disconnected is on disk already (journal, output spool) and goes out with the replay that opens
/// the next stream, so memory does not grow with the length of an outage.
/// </summary>
internal sealed class Outbox
{
    private readonly object _gate = new();
    private Channel<OutboxItem>? _open;

    /// <summary>Starts a stream's queue with <paramref name="replay"/> first.</summary>
    public ChannelReader<OutboxItem> Open(IEnumerable<OutboxItem> replay)
    {
        lock (_gate)
        {
            _open?.Writer.TryComplete();
            _open = Channel.CreateUnbounded<OutboxItem>(new UnboundedChannelOptions { SingleReader = true });
            foreach (var item in replay)
            {
                _open.Writer.TryWrite(item);
            }
            return _open.Reader;
        }
    }

    public void Close(ChannelReader<OutboxItem> reader)
    {
        lock (_gate)
        {
            if (_open is not null && _open.Reader == reader)
            {
                _open.Writer.TryComplete();
                _open = null;
            }
        }
    }

    /// <summary>Queues for the live stream; dropped if there is none (the replay will carry it).</summary>
    public void Post(AgentMessage message)
    {
        lock (_gate)
        {
            _open?.Writer.TryWrite(new OutboxMessage(message));
        }
    }
}
