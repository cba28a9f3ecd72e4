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
public sealed class OutputStore(IDbContextFactory<DroverDb> dbs)
{
    /// <summary>How many chunks the full-output stream reads at a time (agents send at most 16 KB a chunk).</summary>
    private const int StreamPage = 64;

    public async Task AppendAsync(long instanceId, int attempt, long seq, byte[] data, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Redelivered chunks (after a reconnect) are dropped by their sequence number.
        if (await db.OutputChunks.AnyAsync(c => c.InstanceId == instanceId && c.Attempt == attempt && c.Seq == seq, ct)) return;
        db.OutputChunks.Add(new OutputChunkRow { InstanceId = instanceId, Attempt = attempt, Seq = seq, Data = data });
        await db.SaveChangesAsync(ct);
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
