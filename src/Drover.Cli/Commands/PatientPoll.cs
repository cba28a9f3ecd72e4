using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary>
/// One poll of a watch, carried through a server outage: once the watch has seen the server answer, a refused
/// connection or a 5xx (a proxy in front of a restarting server) is retried for up to <see cref="Patience"/>.
/// </summary>
internal static class PatientPoll
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(Screen screen, Func<CancellationToken, Task> poll, bool answeredBefore, CancellationToken ct)
    {
        var outage = DateTimeOffset.UtcNow;
        var warned = false;
        while (true)
        {
            try
            {
                await poll(ct);
                return;
            }
            catch (Exception e) when (e is ServerUnreachableException or DroverApiException { IsRefusal: false }
                                      && answeredBefore && DateTimeOffset.UtcNow - outage < Patience)
            {
                if (!warned) screen.Error.WriteLine($"warning: {e.Message}; retrying for up to {Patience.TotalSeconds:0} s");
                warned = true;
                await Task.Delay(Interval, ct);
            }
        }
    }
}
