using System.Net;
using System.Net.Sockets;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// A plain TCP load balancer in front of several servers, as operators put one in front of replicas: each new
/// connection goes to the next backend in turn, skipping backends that refuse. Connections to a backend that dies
/// break, and their clients reconnect through it to the others.
/// </summary>
public sealed class TcpBalancer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<Uri> backends;
    private readonly CancellationTokenSource stop = new();
    private int next;

    public TcpBalancer(params string[] backendUrls)
    {
        backends = [.. backendUrls.Select(u => new Uri(u))];
        listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception) { return; }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            TcpClient? backend = null;
            for (var tries = 0; tries < backends.Count && backend is null; tries++)
            {
                var target = backends[(int)((uint)Interlocked.Increment(ref next) % backends.Count)];
                var candidate = new TcpClient();
                try
                {
                    await candidate.ConnectAsync(target.Host, target.Port, stop.Token);
                    backend = candidate;
                }
                catch (Exception)
                {
                    candidate.Dispose();
                }
            }
            if (backend is null) return;
            using (backend)
            {
                var a = client.GetStream();
                var b = backend.GetStream();
                // Either side closing (or failing) ends both: the client sees its connection drop.
                await Task.WhenAny(Pump(a, b), Pump(b, a));
            }
        }
    }

    private async Task Pump(NetworkStream from, NetworkStream to)
    {
        try { await from.CopyToAsync(to, stop.Token); }
        catch (Exception) { /* the other side went away */ }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
