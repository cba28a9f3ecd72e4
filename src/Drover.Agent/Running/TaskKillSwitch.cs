namespace Drover.Agent.Running;

/// <summary>Pulled when the server sends KillTask; the first reason given is the one reported.</summary>
internal sealed class TaskKillSwitch : IDisposable
{
    private readonly CancellationTokenSource _pulled = new();
    private string? _reason;

    public CancellationToken Token => _pulled.Token;
    public string Reason => _reason ?? "";

    public void Pull(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason ?? "", null);
        try
        {
            _pulled.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The task already ended.
        }
    }

    public void Dispose() => _pulled.Dispose();
}
