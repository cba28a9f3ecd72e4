using System.Text;

namespace Drover.Server.Jobs.ApiStep;

/// <summary>A response body read up to a limit, so a huge or endless answer cannot fill the server's memory.</summary>
public sealed record ResponseBody(string Text, bool Truncated)
{
    public static async Task<ResponseBody> ReadAsync(HttpContent content, int maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new byte[(int)Math.Min((long)maxBytes + 1, 81_920)];
        using var kept = new MemoryStream();
        // One byte past the limit tells "exactly the limit" from "more".
        while (kept.Length <= maxBytes)
        {
            var want = (int)Math.Min(buffer.Length, (long)maxBytes + 1 - kept.Length);
            var read = await stream.ReadAsync(buffer.AsMemory(0, want), ct);
            if (read == 0)
                break;
            kept.Write(buffer, 0, read);
        }
        var truncated = kept.Length > maxBytes;
        var bytes = kept.GetBuffer().AsSpan(0, (int)Math.Min(kept.Length, maxBytes));
        var text = EncodingOf(content).GetString(bytes);
        // A byte-order mark is not content, and JSON parsing rejects it.
        return new ResponseBody(text.TrimStart('\uFEFF'), truncated);
    }

    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (string.IsNullOrEmpty(charset))
            return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
