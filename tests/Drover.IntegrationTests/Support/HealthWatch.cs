using System.Diagnostics;

namespace Drover.IntegrationTests.Support;

/// <summary>
/// Asks a server's <c>/healthz</c> over and over in the background, so a test can tell afterwards whether the server
/// kept answering all along (and how slowly at worst) while something hammered it.
/// </summary>
public sealed class HealthWatch : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly CancellationTokenSource stop = new();
    private readonly List<string> failures = [];
    private readonly Task watching;

    public HealthWatch(string apiUrl, TimeSpan answerWithin)
    {
        http = new HttpClient { BaseAddress = new Uri(apiUrl), Timeout = answerWithin };
        watching = Task.Run(WatchAsync);
    }

    public int Answers { get; private set; }
    public TimeSpan Slowest { get; private set; }

    /// <summary>Requests that failed or were not answered in time, with when and why.</summary>
    public IReadOnlyList<string> Failures { get { lock (failures) return [.. failures]; } }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await watching;
    }

    private async Task WatchAsync()
    {
        var since = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            var asked = Stopwatch.StartNew();
            try
            {
                using var r = await http.GetAsync("/healthz");
                if (!r.IsSuccessStatusCode) Fail(since, $"HTTP {(int)r.StatusCode}");
                else Answers++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (stop.IsCancellationRequested) break;
                Fail(since, e.GetType().Name + ": " + e.Message);
            }
            if (asked.Elapsed > Slowest) Slowest = asked.Elapsed;
            try { await Task.Delay(100, stop.Token); } catch (OperationCanceledException) { break; }
        }
    }

    private void Fail(Stopwatch since, string why)
    {
        lock (failures) failures.Add($"{since.Elapsed.TotalSeconds:0.0} s: {why}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested) await StopAsync();
        stop.Dispose();
        http.Dispose();
    }
}
