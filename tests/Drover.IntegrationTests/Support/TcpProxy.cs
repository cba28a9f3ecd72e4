using System.Net;
using System.Net.Sockets;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// A TCP forwarder on a loopback port, standing for the network between an agent and the server. <see cref="Cut"/>
/// resets every connection through it and refuses new ones (accepted and reset at once) until <see cref="Restore"/>.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri target;
    private readonly CancellationTokenSource stop = new();
    private readonly List<(TcpClient Client, TcpClient Server)> open = [];
    private readonly Task accepting;
    private bool cut;

    /// <param name="target">Where to forward, e.g. the server's agent address http://127.0.0.1:PORT.</param>
    public TcpProxy(string target)
    {
        this.target = new Uri(target);
        listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        accepting = AcceptAsync();
    }

    /// <summary>The address to give the agent instead of the server's.</summary>
    public string Url { get; }

    public int Connections { get { lock (open) return open.Count; } }

    public void Cut()
    {
        List<(TcpClient Client, TcpClient Server)> dropped;
        lock (open)
        {
            cut = true;
            dropped = [.. open];
            open.Clear();
        }
        foreach (var (client, server) in dropped)
        {
            Reset(client);
            Reset(server);
        }
    }

    public void Restore()
    {
        lock (open) cut = false;
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        bool refused;
        lock (open) refused = cut;
        if (refused)
        {
            Reset(client);
            return;
        }
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(target.Host, target.Port, stop.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            Reset(client);
            server.Dispose();
            return;
        }
        lock (open)
        {
            if (cut)
            {
                Reset(client);
                Reset(server);
                return;
            }
            open.Add((client, server));
        }
        // Either direction ending (or the cut) ends both.
        await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        lock (open) open.Remove((client, server));
        Reset(client);
        Reset(server);
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            var input = from.GetStream();
            var output = to.GetStream();
            int n;
            while ((n = await input.ReadAsync(buffer, stop.Token)) > 0)
                await output.WriteAsync(buffer.AsMemory(0, n), stop.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
        }
    }

    /// <summary>
    /// Closes with RST, as a broken network path looks to the ends that notice it. A cut and a pump's end may both
    /// reset one connection: the second finds the socket gone (<see cref="TcpClient.Client"/> is null once disposed).
    /// </summary>
    private static void Reset(TcpClient c)
    {
        var socket = c.Client;
        if (socket is not null)
            try { socket.LingerState = new LingerOption(true, 0); } catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        c.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        Cut();
        try { await accepting; } catch (Exception e) when (e is OperationCanceledException or SocketException) { }
        stop.Dispose();
    }
}
