namespace Drover.Agent.Running;

/// <summary>
/// Turns a script's merged output into chunks: masked, at most <c>chunkBytes</c> each, small writes
/// coalesced for up to <c>flushInterval</c> so an <c>echo; sleep</c> loop still shows up live, and nothing
/// beyond <c>maxBytes</c> sent (only counted).
/// </summary>
internal sealed class OutputPump(
    Stream source,
    SecretMasker masker,
    long maxBytes,
    Action<byte[]> emitChunk,
    TimeProvider time,
    TimeSpan flushInterval,
    int chunkBytes)
{
    private readonly MemoryStream _pending = new();
    private DateTimeOffset _flushAt;
    private long _accepted;

    public long ChunksSent { get; private set; }
    public long BytesDropped { get; private set; }

    /// <summary>
    /// After <c>stopReading</c>, the pipe is still read (and what comes is thrown away) until it ends or
    /// <c>stopDiscarding</c>: a daemon the script left behind would otherwise die of SIGPIPE at its next write.
    /// </summary>
    public Task Discarding { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Pumps until end of stream, or until <paramref name="stopReading"/>: a background child of the
    /// script can keep the pipe open long after the script exits, so the caller decides when to stop.
    /// </summary>
    public async Task RunAsync(CancellationToken stopReading, CancellationToken stopDiscarding = default)
    {
        var ended = false;
        var buffer = new byte[Math.Max(chunkBytes, 4096)];
        Task<int>? read = null;
        try
        {
            while (true)
            {
                read ??= source.ReadAsync(buffer, stopReading).AsTask();
                if (_pending.Length > 0 && !read.IsCompleted)
                {
                    var wait = _flushAt - time.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.WhenAny(read, Task.Delay(wait, time, stopReading));
                    }
                    stopReading.ThrowIfCancellationRequested();
                    if (!read.IsCompleted)
                    {
                        SendPending();
                        continue;
                    }
                }
                var n = await read.WaitAsync(stopReading);
                read = null;
                if (n == 0)
                {
                    ended = true;
                    break;
                }
                Accept(masker.Push(buffer.AsSpan(0, n)));
            }
        }
        catch (OperationCanceledException) when (stopReading.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // The pipe broke; whatever arrived is still sent below.
            ended = true;
        }
        finally
        {
            Accept(masker.Flush());
            SendPending();
            if (!ended)
            {
                Discarding = DiscardAsync(read, stopDiscarding);
            }
        }
    }

    private async Task DiscardAsync(Task<int>? pending, CancellationToken stop)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            if (pending is not null && await pending.WaitAsync(stop) == 0)
            {
                return;
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // Only the pump's read was cancelled; keep reading below.
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            Observe(pending);
            return;
        }
        try
        {
            while (await source.ReadAsync(buffer, stop) > 0)
            {
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    private static void Observe(Task? task) => task?.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);

    private void Accept(byte[] data)
    {
        var take = data.Length;
        if (maxBytes > 0)
        {
            take = (int)Math.Min(take, Math.Max(0, maxBytes - _accepted));
            BytesDropped += data.Length - take;
        }
        if (take == 0)
        {
            return;
        }
        if (_pending.Length == 0)
        {
            _flushAt = time.GetUtcNow() + flushInterval;
        }
        _pending.Write(data, 0, take);
        _accepted += take;
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
