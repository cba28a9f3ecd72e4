using System.Text;
using Drover.Domain.Scripts;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Output;

/// <summary>
/// Hosts' output, stored as append-only chunks per attempt, and read back as COC's <c>message</c>: the combined
/// output cut to a cap with a visible marker (head and tail kept), with the attempt's note (timeout, refusal, ...) last.
/// </summary>
public sealed class OutputStore(IDbContextFactory<DroverDb> dbs)
{
    public async Task AppendAsync(long instanceId, int attempt, long seq, byte[] data, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Redelivered chunks (after a reconnect) are dropped by their sequence number.
        if (await db.OutputChunks.AnyAsync(c => c.InstanceId == instanceId && c.Attempt == attempt && c.Seq == seq, ct)) return;
        db.OutputChunks.Add(new OutputChunkRow { InstanceId = instanceId, Attempt = attempt, Seq = seq, Data = data });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The full output of one attempt (up to what the agent sent), secrets masked.</summary>
    public async Task<string> ReadAllAsync(DroverDb db, long instanceId, int attempt, IReadOnlyList<string> secrets, CancellationToken ct)
    {
        var chunks = await db.OutputChunks.AsNoTracking().Where(c => c.InstanceId == instanceId && c.Attempt == attempt)
            .OrderBy(c => c.Seq).Select(c => c.Data).ToListAsync(ct);
        return Mask(Encoding.UTF8.GetString(Concat(chunks)), secrets);
    }

    /// <summary>Messages for a page of hosts, in one query.</summary>
    public async Task<Dictionary<long, string>> MessagesAsync(
        DroverDb db, IReadOnlyList<(long InstanceId, int Attempt, string? Note)> hosts, IReadOnlyList<string> secrets, int capBytes, CancellationToken ct)
    {
        var ids = hosts.Select(h => h.InstanceId).ToList();
        var chunks = await db.OutputChunks.AsNoTracking().Where(c => ids.Contains(c.InstanceId))
            .OrderBy(c => c.InstanceId).ThenBy(c => c.Attempt).ThenBy(c => c.Seq)
            .Select(c => new { c.InstanceId, c.Attempt, c.Data }).ToListAsync(ct);
        var byHost = chunks.GroupBy(c => (c.InstanceId, c.Attempt)).ToDictionary(g => g.Key, g => g.Select(c => c.Data).ToList());
        var result = new Dictionary<long, string>();
        foreach (var (id, attempt, note) in hosts)
        {
            var bytes = byHost.TryGetValue((id, attempt), out var list) ? Concat(list) : [];
            var text = Mask(Encoding.UTF8.GetString(Cap(bytes, capBytes)), secrets);
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
        var dropped = bytes.Length - 2 * half;
        var marker = Encoding.UTF8.GetBytes($"\n[... {dropped} bytes truncated ...]\n");
        return [.. bytes.AsSpan(0, half), .. marker, .. bytes.AsSpan(bytes.Length - half)];
    }

    // The agent masks secrets as it streams; this second pass covers output from agents that did not.
    private static string Mask(string text, IReadOnlyList<string> secrets)
    {
        foreach (var s in secrets) text = text.Replace(s, ParameterRules.OutputMask, StringComparison.Ordinal);
        return text;
    }

    private static byte[] Concat(List<byte[]> chunks)
    {
        var total = chunks.Sum(c => c.Length);
        var all = new byte[total];
        var at = 0;
        foreach (var c in chunks) { c.CopyTo(all, at); at += c.Length; }
        return all;
    }
}
