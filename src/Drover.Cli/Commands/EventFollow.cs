using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary>
/// Reads a server event stream to its end or until the caller stops, reconnecting after a dropped connection with
/// <c>Last-Event-ID</c> so nothing is missed or seen twice (the server numbers its events). Once the stream has been
/// opened, an outage (refused connection, 5xx, a cut stream) is retried for up to <see cref="PatientPoll.Patience"/>.
/// </summary>
internal static class EventFollow
{
    /// <param name="handle">Answers false to stop reading.</param>
    public static async Task RunAsync(Screen screen, Func<string?, CancellationToken, Task<ServerEventStream>> open,
        Func<ServerEvent, Task<bool>> handle, CancellationToken ct)
    {
        string? lastId = null;
        var opened = false;
        DateTimeOffset? outage = null;
        while (true)
        {
            try
            {
                using var stream = await open(lastId, ct);
                opened = true;
                outage = null;
                while (await stream.NextAsync(ct) is { } e)
                {
                    if (e.Id is not null) lastId = e.Id;
                    if (!await handle(e)) return;
                }
                return; // the server ended the stream
            }
            catch (Exception e) when (opened && !ct.IsCancellationRequested
                                      && e is ServerUnreachableException or DroverApiException { IsRefusal: false } or IOException or HttpRequestException)
            {
                outage ??= DateTimeOffset.UtcNow;
                if (DateTimeOffset.UtcNow - outage > PatientPoll.Patience) throw;
                screen.Error.WriteLine($"warning: the event stream broke ({e.Message}); reconnecting from event {lastId ?? "-"}");
                await Task.Delay(PatientPoll.Interval, ct);
            }
        }
    }
}
