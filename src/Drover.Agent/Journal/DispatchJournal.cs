using System.Text;
using System.Text.Json;
using Drover.Protocol;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Journal;

/// <summary>
/// The local, durable record of every dispatch this host has accepted: written (and fsynced) before a
/// task starts, so a redelivered dispatch is never run twice and a result outlives a lost connection or
/// an agent restart. One journal.jsonl per host; one agent process at a time (it holds a lock file).
/// The file is opened for each line rather than held: an agent simulating 10,000 hosts would otherwise hold
/// 20,000 descriptors at rest (the lock and the journal of each), and the fsync each line costs anyway
/// dwarfs an open and a close.
/// </summary>
internal sealed class DispatchJournal : IDisposable
{
    public const string FileName = "journal.jsonl";

    private readonly object _gate = new();
    private readonly string _path;
    private readonly int _keepAcked;
    private readonly ILogger _logger;
    private readonly FileStream _lock;
    private readonly Dictionary<string, DispatchRecord> _records = new(StringComparer.Ordinal);
    // Acceptance order, for replay and for deciding which acked ids compaction keeps.
    private readonly LinkedList<DispatchRecord> _order = new();
    private readonly Dictionary<string, LinkedListNode<DispatchRecord>> _nodes = new(StringComparer.Ordinal);
    private int _ackedCount;
    private bool _disposed;

    private DispatchJournal(string directory, int keepAcked, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(directory);
        Folder = directory;
        _path = Path.Combine(directory, FileName);
        _keepAcked = Math.Max(0, keepAcked);
        _logger = logger;
        try
        {
            // Two agents sharing one journal would each run what the other accepted.
            _lock = new FileStream(Path.Combine(directory, "agent.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException($"journal {directory} is in use by another agent process", e);
        }
    }

    public string Folder { get; }

    /// <summary>
    /// Opens (creating if needed) the journal in <paramref name="directory"/>, then compacts the file. Dispatches
    /// started and never finished belong to an agent that stopped while they ran: they stay open (no result), for
    /// the host to pick up from their supervisors or report LOST.
    /// </summary>
    public static DispatchJournal Open(string directory, int keepAcked, ILogger logger)
    {
        var journal = new DispatchJournal(directory, keepAcked, logger);
        try
        {
            journal.Load();
            journal.Compact();
            return journal;
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    public DispatchRecord? Find(string dispatchId)
    {
        lock (_gate)
        {
            return _records.GetValueOrDefault(dispatchId);
        }
    }

    /// <summary>Dispatches without a result: they were running when an earlier agent process stopped.</summary>
    public List<DispatchRecord> Unfinished()
    {
        lock (_gate)
        {
            return _order.Where(r => r.Result is null).ToList();
        }
    }

    /// <summary>Dispatches whose result the server has not acknowledged, oldest first.</summary>
    public List<DispatchRecord> Unacked()
    {
        lock (_gate)
        {
            return _order.Where(r => !r.Acked).ToList();
        }
    }

    /// <summary>Records the dispatch as accepted; false if it was already in the journal.</summary>
    public bool TryAccept(string dispatchId, long atMs, out DispatchRecord record)
    {
        lock (_gate)
        {
            if (_records.TryGetValue(dispatchId, out var known))
            {
                record = known;
                return false;
            }
            Append(JournalLine.Accepted(dispatchId, atMs));
            record = Apply(JournalLine.Accepted(dispatchId, atMs))!;
            return true;
        }
    }

    public void Finished(TaskResult result)
    {
        lock (_gate)
        {
            var line = JournalLine.Finished(result);
            Append(line);
            Apply(line);
        }
    }

    /// <summary>Records the server's ResultAck; false if there was nothing (left) to acknowledge.</summary>
    public bool Acked(string dispatchId)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(dispatchId, out var record) || record.Acked || record.Result is null)
            {
                return false;
            }
            var line = JournalLine.Acked(dispatchId);
            Append(line);
            Apply(line);
            if (_ackedCount > _keepAcked + Math.Max(1000, _keepAcked / 2))
            {
                Compact();
            }
            return true;
        }
    }

    /// <summary>
    /// Rewrites the file with every unacknowledged dispatch and the newest acknowledged ones, so the file stays
    /// small while recent duplicates are still recognised. Written aside, fsynced, then renamed over.
    /// </summary>
    internal void Compact()
    {
        lock (_gate)
        {
            var dropAcked = Math.Max(0, _ackedCount - _keepAcked);
            foreach (var record in _order.Where(r => r.Acked).Take(dropAcked).ToList())
            {
                _order.Remove(_nodes[record.DispatchId]);
                _nodes.Remove(record.DispatchId);
                _records.Remove(record.DispatchId);
                _ackedCount--;
            }

            var temp = _path + ".tmp";
            using (var fresh = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                foreach (var record in _order)
                {
                    Write(fresh, JournalLine.Accepted(record.DispatchId, record.AcceptedAtMs));
                    if (record.Result is not null)
                    {
                        Write(fresh, JournalLine.Finished(record.Result));
                    }
                    if (record.Acked)
                    {
                        Write(fresh, JournalLine.Acked(record.DispatchId));
                    }
                }
                fresh.Flush(flushToDisk: true);
            }
            File.Move(temp, _path, overwrite: true);
        }
    }

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }
        var number = 0;
        foreach (var text in File.ReadLines(_path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            JournalLine? line = null;
            try
            {
                line = JsonSerializer.Deserialize(text, JournalJson.Default.JournalLine);
            }
            catch (JsonException)
            {
            }
            if (line is null || line.DispatchId.Length == 0 || Apply(line) is null)
            {
                // Most likely the last line, cut short by a crash mid-write.
                _logger.LogWarning("Journal {Path}: line {Line} is unreadable, skipped", _path, number);
            }
        }
    }

    private DispatchRecord? Apply(JournalLine line)
    {
        _records.TryGetValue(line.DispatchId, out var record);
        switch (line.Kind)
        {
            case JournalLine.AcceptedKind when record is null:
                record = new DispatchRecord(line.DispatchId, line.AcceptedAtMs ?? 0);
                _records[line.DispatchId] = record;
                _nodes[line.DispatchId] = _order.AddLast(record);
                return record;
            case JournalLine.ResultKind when record is not null:
                record.Result = line.ToResult();
                return record;
            case JournalLine.AckedKind when record is not null:
                if (!record.Acked)
                {
                    record.Acked = true;
                    _ackedCount++;
                }
                return record;
            default:
                return null;
        }
    }

    private void Append(JournalLine line)
    {
        // Its lock given up, the journal may already be another agent's.
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
        Write(file, line);
        file.Flush(flushToDisk: true);
    }

    private static void Write(FileStream stream, JournalLine line)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(line, JournalJson.Default.JournalLine) + "\n");
        stream.Write(bytes);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _lock.Dispose();
        }
    }
}
