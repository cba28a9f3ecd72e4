namespace Drover.Server.Limits;

/// <summary>
/// Request limits (configuration section <c>Drover:Limits</c>). Defaults are far above COC's; <see cref="StrictCocLimits"/>
/// puts COC's exact numbers in force for shops that want identical behaviour. That happens once, when the options are
/// bound (<see cref="LimitsRegistration"/>): every reader sees the limits in force.
/// </summary>
public sealed class LimitsOptions
{
    public bool StrictCocLimits { get; set; }
    public int MaxHostsPerTicket { get; set; } = 10_000;
    public int MaxBatches { get; set; } = 100;
    public int MaxHostsPerBatch { get; set; } = 10_000;
    public int MaxScriptBytes { get; set; } = 100 * 1024;
    public int MaxTimeoutSeconds { get; set; } = 86_400;
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
    public long MaxOutputBytes { get; set; } = 64L * 1024 * 1024;
    public int MaxBatchPageSize { get; set; } = 1000;

    /// <summary>COC's own limits.</summary>
    public static LimitsOptions Coc() => new()
    {
        StrictCocLimits = true, MaxHostsPerTicket = 200, MaxBatches = 20, MaxHostsPerBatch = 10,
        MaxScriptBytes = 4096, MaxTimeoutSeconds = 1799, MaxMessageBytes = 1024 * 1024,
        MaxOutputBytes = 1024 * 1024, MaxBatchPageSize = 50,
    };

    /// <summary>Puts COC's numbers in force when <see cref="StrictCocLimits"/> is set; the configured ones stay otherwise.</summary>
    internal void ApplyStrict()
    {
        if (!StrictCocLimits) return;
        var coc = Coc();
        (MaxHostsPerTicket, MaxBatches, MaxHostsPerBatch, MaxScriptBytes) = (coc.MaxHostsPerTicket, coc.MaxBatches, coc.MaxHostsPerBatch, coc.MaxScriptBytes);
        (MaxTimeoutSeconds, MaxMessageBytes, MaxOutputBytes, MaxBatchPageSize) = (coc.MaxTimeoutSeconds, coc.MaxMessageBytes, coc.MaxOutputBytes, coc.MaxBatchPageSize);
    }
}
