namespace Drover.Server.Limits;

/// <summary>
/// Request limits (configuration section <c>Drover:Limits</c>). Defaults are far above COC's; <see cref="StrictCocLimits"/>
/// restores COC's exact numbers for shops that want identical behaviour.
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

    /// <summary>The limits in force: the configured ones, or COC's when strict.</summary>
    public LimitsOptions Effective() => StrictCocLimits
        ? new LimitsOptions
        {
            StrictCocLimits = true, MaxHostsPerTicket = 200, MaxBatches = 20, MaxHostsPerBatch = 10,
            MaxScriptBytes = 4096, MaxTimeoutSeconds = 1799, MaxMessageBytes = 1024 * 1024,
            MaxOutputBytes = 1024 * 1024, MaxBatchPageSize = 50,
        }
        : this;
}
