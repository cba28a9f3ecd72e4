using System.Text;
using Drover.Domain.Scripts;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Output;

/// <summary>
/// Hosts' output, stored as append-only chunks per attempt, and read back as COC's <c>message</c>: the combined
/// output cut to a cap with a visible marker (head and tail kept), with the attempt's note (timeout, refusal, ...) last.
/// Reading never holds more than it answers: a message loads only the chunks of its head and tail, the full output is
/// streamed a page of chunks at a time.
/// </summary>
public sealed class OutputStore(IDbContextFactory<DroverDb> dbs, ChunkWriter writer, Monitoring.DroverMetrics metrics)
{
    /// <summary>How many chunks the full-output stream reads at a time (agents send at most 16 KB a chunk).</summary>
    private const int StreamPage = 64;

    /// <summary>
    /// Sequence numbers the server keeps for itself, last in every order: an empty chunk saying the attempt's output is
    /// closed, and the marker chunk saying it was truncated. An agent's chunk numbered there is refused.
    /// </summary>
    public const long ClosedSeq = long.MaxValue - 1, TruncatedSeq = long.MaxValue;

    /// <summary>What an attempt cut at the cap shows at the end of its output (and so of its message).</summary>
    public static byte[] TruncatedMarker(long maxBytes) =>
        Encoding.UTF8.GetBytes($"\n[... output truncated: the server keeps at most {maxBytes} bytes per attempt ...]\n");

    /// <summary>The attempt as stored: its output's size, and whether it is truncated or closed.</summary>
    public async Task<AttemptOutput> OpenAsync(long instanceId, int attempt, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var chunks = db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId && c.Attempt == attempt);
        var stored = await chunks.Where(c => c.Seq < ClosedSeq).SumAsync(c => (long)c.Data.Length, ct);
        var marks = await chunks.Where(c => c.Seq >= ClosedSeq).Select(c => c.Seq).ToListAsync(ct);
        return new AttemptOutput(instanceId, attempt, stored, marks.Contains(TruncatedSeq), marks.Contains(ClosedSeq));
    }

    /// <summary>
    /// Stores a chunk of the attempt's output, keeping at most <paramref name="maxBytes"/> bytes per attempt: the chunk
    /// that reaches the cap is cut there and the truncation marker follows it; later chunks are dropped, as are chunks
    /// sent after the attempt's result. Null when the chunk is stored whole (or was already); else why it was not.
    /// </summary>
    public async Task<string?> AppendAsync(AttemptOutput attempt, long seq, ReadOnlyMemory<byte> data, long maxBytes, CancellationToken ct)
    {
        var refused = await StoreAsync(attempt, seq, data, maxBytes, ct);
        if (refused is not null) attempt.Refusals++;
        return refused;
    }

    private async Task<string?> StoreAsync(AttemptOutput attempt, long seq, ReadOnlyMemory<byte> data, long maxBytes, CancellationToken ct)
    {
        if (seq >= ClosedSeq) return "sequence number reserved for the server";
        if (attempt.Closed) return "output sent after the attempt's result";
        if (attempt.Truncated) return $"the attempt's output reached {maxBytes} bytes, the most kept";
        var (instanceId, number) = (attempt.InstanceId, attempt.Attempt);
        // Redelivered chunks (after a reconnect) are dropped by their sequence number (the writer ignores a second copy).
        var room = Math.Max(0, maxBytes - attempt.StoredBytes);
        if (data.Length <= room)
        {
            var stored = await writer.WriteAsync([new OutputChunkRow { InstanceId = instanceId, Attempt = number, Seq = seq, Data = data.ToArray() }], ct);
            if (stored[0])
            {
                attempt.StoredBytes += data.Length;
                metrics.OutputBytes.Inc(data.Length);
            }
            return null;
        }
        List<OutputChunkRow> rows = [];
        if (room > 0) rows.Add(new OutputChunkRow { InstanceId = instanceId, Attempt = number, Seq = seq, Data = data[..(int)room].ToArray() });
        rows.Add(new OutputChunkRow { InstanceId = instanceId, Attempt = number, Seq = TruncatedSeq, Data = TruncatedMarker(maxBytes) });
        if ((await writer.WriteAsync(rows, ct))[0] && room > 0)
        {
            attempt.StoredBytes += room;
            metrics.OutputBytes.Inc(room);
        }
        attempt.Truncated = true;
        return $"the attempt's output reached {maxBytes} bytes, the most kept: {data.Length - room} bytes of this chunk and all later ones dropped";
    }

    /// <summary>The agent reported the attempt's result: its output is complete, and nothing more is appended to it.</summary>
    public async Task CloseAsync(AttemptOutput attempt, CancellationToken ct)
    {
        if (attempt.Closed) return;
        await writer.WriteAsync([new OutputChunkRow { InstanceId = attempt.InstanceId, Attempt = attempt.Attempt, Seq = ClosedSeq, Data = [] }], ct);
        attempt.Closed = true;
    }

    /// <summary>Writes one attempt's full output (up to what the agent sent), secrets masked, a page of chunks at a time.</summary>
    public async Task StreamAllAsync(DroverDb db, long instanceId, int attempt, IReadOnlyList<string> secrets, TextWriter to, CancellationToken ct)
    {
        var masker = new StreamMasker(secrets, to);
        var decoder = Encoding.UTF8.GetDecoder();
        long after = -1;
        while (true)
        {
            var page = await db.OutputChunks.AsNoTracking()
                .Where(c => c.InstanceId == instanceId && c.Attempt == attempt && c.Seq > after)
                .OrderBy(c => c.Seq).Take(StreamPage).Select(c => new { c.Seq, c.Data }).ToListAsync(ct);
            foreach (var c in page)
            {
                var chars = new char[decoder.GetCharCount(c.Data, flush: false)];
                decoder.GetChars(c.Data, chars, flush: false);
                await masker.WriteAsync(chars);
            }
            if (page.Count < StreamPage) break;
            after = page[^1].Seq;
        }
        await masker.FlushAsync();
    }

    /// <summary>The sizes of an attempt's stored chunks (the server's marks excluded), in order: where each byte offset is.</summary>
    public async Task<List<(long Seq, int Length)>> ChunkSizesAsync(DroverDb db, long instanceId, int attempt, CancellationToken ct) =>
        (await db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId && c.Attempt == attempt && c.Seq < ClosedSeq)
            .OrderBy(c => c.Seq).Select(c => new { c.Seq, Length = c.Data.Length }).ToListAsync(ct))
        .Select(c => (c.Seq, c.Length)).ToList();

    /// <summary>An attempt's chunks after <paramref name="afterSeq"/>, in order, without the server's marks.</summary>
    public async Task<List<(long Seq, byte[] Data)>> ChunksAfterAsync(DroverDb db, long instanceId, int attempt, long afterSeq, int limit, CancellationToken ct) =>
        (await db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId && c.Attempt == attempt && c.Seq > afterSeq && c.Seq < ClosedSeq)
            .OrderBy(c => c.Seq).Take(limit).Select(c => new { c.Seq, c.Data }).ToListAsync(ct))
        .Select(c => (c.Seq, c.Data)).ToList();

    /// <summary>Whether an attempt's output is closed, and its truncation marker if it was cut.</summary>
    public async Task<(bool Closed, byte[]? TruncatedMarker)> MarksAsync(DroverDb db, long instanceId, int attempt, CancellationToken ct)
    {
        var marks = await db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId && c.Attempt == attempt && c.Seq >= ClosedSeq)
            .Select(c => new { c.Seq, c.Data }).ToListAsync(ct);
        return (marks.Any(m => m.Seq == ClosedSeq), marks.FirstOrDefault(m => m.Seq == TruncatedSeq)?.Data);
    }

    /// <summary>Messages for a page of hosts: per host, only the chunks its capped message shows are read.</summary>
    public async Task<Dictionary<long, string>> MessagesAsync(
        DroverDb db, IReadOnlyList<(long InstanceId, int Attempt, string? Note)> hosts, IReadOnlyList<string> secrets, int capBytes, CancellationToken ct)
    {
        var ids = hosts.Select(h => h.InstanceId).ToList();
        // Sizes first (no data): which chunks make each attempt's head and tail.
        var sizes = await db.OutputChunks.AsNoTracking().Where(c => ids.Contains(c.InstanceId))
            .Select(c => new { c.Id, c.InstanceId, c.Attempt, c.Seq, Length = c.Data.Length }).ToListAsync(ct);
        var plans = new Dictionary<long, MessagePlan>();
        foreach (var (id, attempt, _) in hosts)
            plans[id] = MessagePlan.For(sizes.Where(s => s.InstanceId == id && s.Attempt == attempt)
                .OrderBy(s => s.Seq).Select(s => (s.Id, s.Length)).ToList(), capBytes);
        var wanted = plans.Values.SelectMany(p => p.ChunkIds).ToList();
        var data = new Dictionary<long, byte[]>();
        foreach (var batch in wanted.Chunk(500))
            foreach (var c in await db.OutputChunks.AsNoTracking().Where(c => batch.Contains(c.Id)).Select(c => new { c.Id, c.Data }).ToListAsync(ct))
                data[c.Id] = c.Data;

        var result = new Dictionary<long, string>();
        foreach (var (id, _, note) in hosts)
        {
            var text = Mask(Encoding.UTF8.GetString(plans[id].Render(data)), secrets);
            if (!string.IsNullOrEmpty(note))
                text = text.Length == 0 ? note : text.EndsWith('\n') ? text + note : text + "\n" + note;
            result[id] = text;
        }
        return result;
    }

    /// <summary>Keeps the head and the tail, with a marker saying how much was dropped between them.</summary>
    public static byte[] Cap(byte[] bytes, int capBytes)
    {
        if (bytes.Length <= capBytes) return bytes;
        var half = capBytes / 2;
        return [.. bytes.AsSpan(0, half), .. Marker(bytes.Length - 2L * half), .. bytes.AsSpan(bytes.Length - half)];
    }

    public static byte[] Marker(long dropped) => Encoding.UTF8.GetBytes($"\n[... {dropped} bytes truncated ...]\n");

    // The agent masks secrets as it streams; this second pass covers output from agents that did not.
    public static string Mask(string text, IReadOnlyList<string> secrets)
    {
        foreach (var s in secrets) text = text.Replace(s, ParameterRules.OutputMask, StringComparison.Ordinal);
        return text;
    }
}
