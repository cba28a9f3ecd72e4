namespace Drover.Agent.Running;

/// <summary>
/// Reads a task's output file as the supervisor appends to it. The end of the file is not the end of the output
/// until <see cref="Finish"/>: until then a read at the end waits for more.
/// </summary>
internal sealed class OutputTail(string path, TimeSpan pollInterval, TimeProvider time) : IDisposable
{
    private FileStream? _file;
    private volatile bool _finishing;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Nothing more will be written: reads go to the current end, then report the end (0). A read waiting for more is
    /// woken at once, so the last output is not held back by a poll interval.
    /// </summary>
    public void Finish()
    {
        _finishing = true;
        _finished.TrySetResult();
    }

    /// <summary>Bytes read into <paramref name="buffer"/>; 0 only at the end of a finished output.</summary>
    public async Task<int> ReadAsync(Memory<byte> buffer, CancellationToken ct)
    {
        while (true)
        {
            // Looked at before reading: a read that began after Finish sees everything written before it.
            var last = _finishing;
            _file ??= Open();
            var n = _file is null ? 0 : await _file.ReadAsync(buffer, ct);
            if (n > 0 || last)
            {
                return n;
            }
            await Task.WhenAny(Task.Delay(pollInterval, time, ct), _finished.Task);
            ct.ThrowIfCancellationRequested();
        }
    }

    private FileStream? Open()
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 0, useAsync: false);
        }
        catch (FileNotFoundException)
        {
            return null; // the supervisor creates it first thing
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Dispose() => _file?.Dispose();
}
