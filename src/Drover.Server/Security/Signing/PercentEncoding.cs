using System.Text;

namespace Drover.Server.Security.Signing;

/// <summary>
/// The SDK's URI encoding (Python's <c>quote(unquote(s), safe='~')</c>), done on bytes: decoding yields the UTF-8
/// bytes the client meant, and encoding keeps only RFC 3986 unreserved characters. Working on bytes rather than
/// strings means an invalid UTF-8 sequence keeps its own bytes instead of collapsing into U+FFFD, so two different
/// requests never share a canonical form; for every request the SDK can send (it encodes from text) the result is
/// the same as Python's.
/// </summary>
internal static class PercentEncoding
{
    /// <summary>
    /// <c>%XX</c> becomes its byte, anything else its UTF-8 bytes; a <c>%</c> not followed by two hex digits is a
    /// literal <c>%</c> (as Python's unquote leaves it), and <c>+</c> stays <c>+</c> (it is not a space here).
    /// </summary>
    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>(text.Length);
        var literalStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%' || i + 2 >= text.Length) continue;
            if (!IsHex(text[i + 1]) || !IsHex(text[i + 2])) continue;
            bytes.AddRange(Encoding.UTF8.GetBytes(text[literalStart..i]));
            bytes.Add((byte)(HexValue(text[i + 1]) << 4 | HexValue(text[i + 2])));
            i += 2;
            literalStart = i + 1;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(text[literalStart..]));
        return [.. bytes];
    }

    /// <summary>Unreserved ASCII (<c>A-Za-z0-9-_.~</c>) as itself, every other byte as <c>%XX</c> in uppercase hex.</summary>
    public static void Encode(ReadOnlySpan<byte> bytes, StringBuilder into)
    {
        foreach (var b in bytes)
        {
            if (IsUnreserved(b)) into.Append((char)b);
            else into.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
        }
    }

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
