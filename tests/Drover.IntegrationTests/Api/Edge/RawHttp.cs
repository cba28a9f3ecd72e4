using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Api.Edge;

/// <summary>One answer read off a raw socket: the status, the headers (names lower-cased) and the body, de-chunked.</summary>
public sealed record RawReply(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public Reply AsReply()
    {
        JsonNode? parsed = null;
        try { parsed = Body.Length == 0 ? null : JsonNode.Parse(Body); } catch (System.Text.Json.JsonException) { }
        return new Reply(Status, Body, parsed);
    }

    public override string ToString() => $"{Status} {Body}";
}

/// <summary>
/// Bytes straight onto a TCP connection to the server, for requests no HTTP client would send (bad framing, bad
/// request lines, bad chunked encoding). Reads until the server closes the connection.
/// </summary>
public static class RawHttp
{
    public const string AdminHeader = "X-Auth-Token: " + TestDrover.Token + "\r\n";

    public static async Task<RawReply> SendAsync(string apiUrl, byte[] request, bool halfClose = false)
    {
        var uri = new Uri(apiUrl);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        var stream = client.GetStream();
        // Written while the answer is read: a server refusing a large body answers and closes before it has all of it.
        var write = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(request);
                if (halfClose) client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (IOException) { }
            catch (SocketException) { }
        });
        using var all = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0) all.Write(buffer, 0, read);
        }
        catch (IOException)
        {
            // A reset after the answer was sent (the server closes a connection whose request it refused).
        }
        await write;
        return Parse(all.ToArray());
    }

    public static Task<RawReply> SendAsync(string apiUrl, string request) => SendAsync(apiUrl, Encoding.Latin1.GetBytes(request));

    private static RawReply Parse(byte[] raw)
    {
        var text = Encoding.Latin1.GetString(raw);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return new RawReply(0, new Dictionary<string, string>(), text);
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        var body = text[(end + 4)..];
        if (headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
        return new RawReply(status, headers, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(body)));
    }

    private static string Dechunk(string body)
    {
        var sb = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var eol = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (eol < 0) break;
            var size = Convert.ToInt32(body[at..eol].Split(';')[0], 16);
            if (size == 0) break;
            sb.Append(body, eol + 2, size);
            at = eol + 2 + size + 2;
        }
        return sb.ToString();
    }
}
