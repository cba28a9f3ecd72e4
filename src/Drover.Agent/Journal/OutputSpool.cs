using System.Buffers.Binary;

namespace Drover.Agent.Journal;

/// <summary>
/// Every output chunk sent for a dispatch, kept on disk until the server acknowledges the result, so
/// output produced while disconnected (or lost with a broken stream) is sent again on reconnect. One
/// file per dispatch; each chunk is a 4-byte little-endian length and the bytes; its seq is its position.
/// </summary>
internal sealed class OutputSpool(string directory)
{
    private const string Extension = ".chunks";

    public string Folder { get; } = directory;

    /// <summary>Opens the dispatch's spool to append to, after whatever an earlier agent process spooled.</summary>
    public SpoolWriter OpenWriter(string dispatchId)
    {
        // Owner-only: a task running as another user on this host must not read a root task's output.
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Folder);
        else Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new SpoolWriter(PathOf(dispatchId));
    }

    /// <summary>The first <paramref name="count"/> chunks (fewer if the file is short).</summary>
    public IEnumerable<byte[]> Read(string dispatchId, long count)
    {
        var path = PathOf(dispatchId);
        if (count <= 0 || !File.Exists(path))
        {
            yield break;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[4];
        for (long i = 0; i < count; i++)
        {
            if (file.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4)
            {
                yield break;
            }
            var data = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
            if (file.ReadAtLeast(data, data.Length, throwOnEndOfStream: false) < data.Length)
            {
                yield break; // cut short by a crash mid-write
            }
            yield return data;
        }
    }

    /// <summary>How many whole chunks the file holds (after a crash the last one may be partial).</summary>
    public long Count(string dispatchId) => Read(dispatchId, long.MaxValue).LongCount();

    public void Delete(string dispatchId)
    {
        try
        {
            File.Delete(PathOf(dispatchId));
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Removes the files of dispatches nobody will ask about again.</summary>
    public void DeleteAllExcept(IEnumerable<string> dispatchIds)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        var keep = dispatchIds.Select(id => Path.GetFileName(PathOf(id))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder, "*" + Extension))
        {
            if (!keep.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string dispatchId) => Path.Combine(Folder, SafeFileName.For(dispatchId) + Extension);
}

/// <summary>
/// Appends the chunks of one running dispatch. Opened again (an agent picking up a task after a restart), it
/// continues after the last whole chunk, so every chunk keeps the seq it was sent with.
/// </summary>
internal sealed class SpoolWriter : IDisposable
{
    private readonly FileStream _file;

    public SpoolWriter(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.Read | FileShare.Delete };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        _file = new FileStream(path, options);
        var header = new byte[4];
        long end = 0;
        while (_file.ReadAtLeast(header, 4, throwOnEndOfStream: false) == 4)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (length < 0 || end + 4 + length > _file.Length)
            {
                break;
            }
            _file.Seek(length, SeekOrigin.Current);
            end += 4 + length;
            Count++;
            Bytes += length;
        }
        // A chunk cut short by a crash mid-write was never sent (it is spooled before it is queued): drop it.
        _file.SetLength(end);
        _file.Seek(end, SeekOrigin.Begin);
    }

    public long Count { get; private set; }

    /// <summary>The bytes of output in the spool, i.e. sent (or queued to be) so far.</summary>
    public long Bytes { get; private set; }

    public void Append(byte[] data)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, data.Length);
        _file.Write(header);
        _file.Write(data);
        // To the OS only: survives the agent crashing; the fsync comes once, before the result is journaled.
        _file.Flush();
        Count++;
        Bytes += data.Length;
    }

    public void Complete() => _file.Flush(flushToDisk: true);

    public void Dispose() => _file.Dispose();
}
