using System.Text;
using Drover.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drover.Server.Output;

/// <summary>
/// Reads one attempt's output as it is stored, from a byte offset, for a live stream. Each piece it returns ends at a
/// byte offset of the stored output where nothing is held back (no partial UTF-8 character, no text that could start a
/// secret), so a client that resumes from a piece's end misses nothing and sees nothing twice, and a secret split across
/// chunks is still masked.
/// </summary>
public sealed class OutputFollow(OutputStore output, DroverDb db, long instanceId, int attempt, IReadOnlyList<string> secrets)
{
    private const int Page = 64;
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private long lastSeq = -1;
    private string held = "";
    private readonly StringBuilder unsent = new();
    private long unsentFrom;

    /// <summary>Bytes of the stored output read so far: where the next piece starts.</summary>
    public long Offset { get; private set; }

    /// <summary>The agent's result closed the attempt's output, and all of it was read.</summary>
    public bool Complete { get; private set; }

    public bool Truncated { get; private set; }

    public readonly record struct Piece(long Offset, long End, string Text);

    /// <summary>
    /// Positions the reader at <paramref name="offset"/>, or at the start of the chunk that holds it (a piece always
    /// starts at a chunk's start, and says where), or at the end of what is stored when the offset is past it.
    /// </summary>
    public async Task StartAtAsync(long offset, CancellationToken ct)
    {
        var sizes = await output.ChunkSizesAsync(db, instanceId, attempt, ct);
        foreach (var (seq, length) in sizes)
        {
            if (Offset + length > offset) break;
            Offset += length;
            lastSeq = seq;
        }
        unsentFrom = Offset;
    }

    /// <summary>The pieces stored since the last read; with <paramref name="last"/>, whatever is held back too.</summary>
    public async Task<List<Piece>> ReadAsync(CancellationToken ct, bool last = false)
    {
        var pieces = new List<Piece>();
        // Whether the output is closed is read before its chunks: a chunk stored before the close is then surely read.
        var marks = await output.MarksAsync(db, instanceId, attempt, ct);
        while (true)
        {
            var page = await output.ChunksAfterAsync(db, instanceId, attempt, lastSeq, Page, ct);
            foreach (var (seq, data) in page)
            {
                lastSeq = seq;
                Add(data);
                if (held.Length == 0 && !InsideCharacter(data)) Cut(pieces);
            }
            if (page.Count < Page) break;
        }
        Complete = marks.Closed;
        if (Complete || last)
        {
            // The truncation marker is the last of a cut output, as in the full download.
            if (marks.TruncatedMarker is { } marker)
            {
                Truncated = true;
                Add(marker, stored: false);
            }
            var rest = new char[decoder.GetCharCount([], 0, 0, flush: true)];
            decoder.GetChars([], 0, 0, rest, 0, flush: true);
            unsent.Append(OutputStore.Mask(held + new string(rest), secrets));
            held = "";
            Cut(pieces);
        }
        return pieces;
    }

    private void Add(byte[] data, bool stored = true)
    {
        var chars = new char[decoder.GetCharCount(data, 0, data.Length, flush: false)];
        decoder.GetChars(data, 0, data.Length, chars, 0, flush: false);
        var masked = OutputStore.Mask(held + new string(chars), secrets);
        var keep = HeldBack(masked);
        unsent.Append(masked, 0, masked.Length - keep);
        held = masked[^keep..];
        if (stored) Offset += data.Length;
    }

    private void Cut(List<Piece> pieces)
    {
        if (unsent.Length > 0 || Offset > unsentFrom) pieces.Add(new Piece(unsentFrom, Offset, unsent.ToString()));
        unsent.Clear();
        unsentFrom = Offset;
    }

    /// <summary>How many characters at the end could be the start of a secret: those wait for the next chunk.</summary>
    private int HeldBack(string text)
    {
        var most = 0;
        foreach (var s in secrets)
            for (var n = Math.Min(s.Length - 1, text.Length); n > most; n--)
                if (text.AsSpan(text.Length - n).SequenceEqual(s.AsSpan(0, n)))
                {
                    most = n;
                    break;
                }
        return most;
    }

    /// <summary>Whether the chunk ends inside a UTF-8 character (its last lead byte announces more bytes than follow it).</summary>
    private static bool InsideCharacter(byte[] data)
    {
        for (var back = 1; back <= Math.Min(4, data.Length); back++)
        {
            var b = data[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: look further back
            var needs = (b & 0x80) == 0 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return needs > back;
        }
        return false;
    }
}
