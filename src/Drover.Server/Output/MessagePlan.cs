namespace Drover.Server.Output;

/// <summary>
/// Which chunks of one attempt its capped message shows, from their sizes alone: all of them when the output fits,
/// else the chunks holding the first and the last <c>cap / 2</c> bytes, and the marker for what lies between.
/// </summary>
public sealed class MessagePlan
{
    private readonly IReadOnlyList<(long Id, int Length)> chunks;
    private readonly long total;
    private readonly int half;
    private readonly bool fits;

    private MessagePlan(IReadOnlyList<(long Id, int Length)> chunks, int capBytes)
    {
        this.chunks = chunks;
        total = chunks.Sum(c => (long)c.Length);
        fits = total <= capBytes;
        half = capBytes / 2;
    }

    public static MessagePlan For(IReadOnlyList<(long Id, int Length)> chunksInOrder, int capBytes) => new(chunksInOrder, capBytes);

    /// <summary>The chunks to read.</summary>
    public IEnumerable<long> ChunkIds
    {
        get
        {
            long at = 0;
            foreach (var (id, length) in chunks)
            {
                var start = at;
                at += length;
                if (fits || start < half || at > total - half) yield return id;
            }
        }
    }

    /// <summary>The message's bytes from the chunks read (<paramref name="data"/> by chunk id).</summary>
    public byte[] Render(IReadOnlyDictionary<long, byte[]> data)
    {
        var all = new MemoryStream();
        if (fits)
        {
            foreach (var (id, _) in chunks) all.Write(data[id]);
            return all.ToArray();
        }
        long at = 0;
        var tail = new MemoryStream();
        foreach (var (id, length) in chunks)
        {
            var start = at;
            at += length;
            if (start < half)
            {
                var take = (int)Math.Min(length, half - start);
                all.Write(data[id], 0, take);
            }
            if (at > total - half)
            {
                var from = (int)Math.Max(0, total - half - start);
                tail.Write(data[id], from, length - from);
            }
        }
        all.Write(OutputStore.Marker(total - 2L * half));
        tail.Position = 0;
        tail.CopyTo(all);
        return all.ToArray();
    }
}
