using Drover.Server.Jobs.Api;
using Drover.Server.Limits;

namespace Drover.Server.Http.Edge;

/// <summary>
/// Request body limits per endpoint on the API port (configuration section <c>Drover:BodyLimits</c>). Bodies carrying a
/// script or a job are allowed their content cap written at worst (every byte a six-byte <c>\u00XX</c> escape) plus
/// <see cref="ContentOverheadBytes"/>; the executes (host lists) <see cref="MaxBytes"/>; everything else
/// <see cref="SmallBytes"/>.
/// </summary>
public sealed class BodyLimitOptions
{
    /// <summary>The largest body any endpoint takes: executing a script or a job with its hosts.</summary>
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Operations, reviews, logins, identities, and any body sent to a read.</summary>
    public long SmallBytes { get; set; } = 64 * 1024;

    /// <summary>What a script or job body may carry beside its content (parameters with their values, properties).</summary>
    public long ContentOverheadBytes { get; set; } = 1024 * 1024;

    /// <summary>A JSON string escape is at most six bytes per byte of content.</summary>
    private const int WorstEscape = 6;

    public long ScriptBytes(LimitsOptions limits) => Math.Min(MaxBytes, (long)limits.MaxScriptBytes * WorstEscape + ContentOverheadBytes);

    public long DocumentBytes() => Math.Min(MaxBytes, (long)DocumentValidation.MaxContentLength * WorstEscape + ContentOverheadBytes);

    public bool IsValid => SmallBytes >= 1024 && MaxBytes >= SmallBytes && ContentOverheadBytes >= 0 && MaxBytes <= 1024L * 1024 * 1024;
}
