namespace Drover.Agent.Running;

/// <summary>
/// Turns a script's merged output into chunks: masked, at most <c>chunkBytes</c> each, small writes
/// coalesced for up to <c>flushInterval</c> so an <c>echo; sleep</c> loop still shows up live, and nothing
/// beyond <c>maxBytes</c> sent (only counted).
/// </summary>
/// <remarks>
/// What is sent is a function of the output file alone (masking and the cap do not depend on how the file was
/// read), so an agent that picks a task up after a restart reads the file from its start again and skips the
/// first <c>alreadySent</c> bytes: the server gets the same byte stream, continued, not a second copy.
/// </remarks>
internal sealed class OutputPump(
    OutputTail source,
    SecretMasker masker,
    long maxBytes,
    long alreadySent,
    Action<byte[]> emitChunk,
    TimeProvider time,
    TimeSpan flushInterval,
    int chunkBytes,
    Func<CancellationToken, Task>? room = null)
{
    private readonly MemoryStream _pending = new();
    private DateTimeOffset _flushAt;
    private long _accepted;
    private long _toSkip = alreadySent;

    public long ChunksSent { get; private set; }
    public long BytesDropped { get; private set; }

    /// <summary>
    /// Pumps until the tail ends (<see cref="OutputTail.Finish"/>). Cancelled (the agent stops), it sends nothing
    /// more: what the masker holds back is not released early, since the next agent will decide it with what follows.
    /// </summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var buffer = new byte[Math.Max(chunkBytes, 4096)];
        Task<int>? read = null;
        try
        {
            while (true)
            {
                if (read is null && room is not null)
                {
                    // What is not read yet waits in the output file: memory holds only what the send queue has room for.
                    await room(stopping);
                }
                read ??= source.ReadAsync(buffer, stopping);
                if (_pending.Length > 0 && !read.IsCompleted)
                {
                    var wait = _flushAt - time.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.WhenAny(read, Task.Delay(wait, time, stopping));
                    }
                    stopping.ThrowIfCancellationRequested();
                    if (!read.IsCompleted)
                    {
                        SendPending();
                        continue;
                    }
                }
                var n = await read;
                read = null;
                if (n == 0)
                {
                    break;
                }
                Accept(masker.Push(buffer.AsSpan(0, n)));
            }
        }
        finally
        {
            read?.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        }
        Accept(masker.Flush());
        SendPending();
    }

    private void Accept(byte[] data)
    {
        var take = data.Length;
        if (maxBytes > 0)
        {
            take = (int)Math.Min(take, Math.Max(0, maxBytes - _accepted));
            BytesDropped += data.Length - take;
        }
        _accepted += take;
        var skip = (int)Math.Min(take, _toSkip);
        _toSkip -= skip;
        if (take - skip == 0)
        {
            return;
        }
        if (_pending.Length == 0)
        {
            _flushAt = time.GetUtcNow() + flushInterval;
        }
        _pending.Write(data, skip, take - skip);
        while (_pending.Length >= chunkBytes)
        {
            SendPending(chunkBytes);
        }
    }

    private void SendPending(int? upTo = null)
    {
        var length = (int)Math.Min(_pending.Length, upTo ?? int.MaxValue);
        if (length == 0)
        {
            return;
        }
        var all = _pending.GetBuffer();
        var total = (int)_pending.Length;
        emitChunk(all.AsSpan(0, length).ToArray());
        ChunksSent++;
        var rest = all.AsSpan(length, total - length).ToArray();
        _pending.SetLength(0);
        _pending.Write(rest);
        if (rest.Length > 0)
        {
            _flushAt = time.GetUtcNow() + flushInterval;
        }
    }
}
