namespace Drover.Server.Jobs.ApiStep;

/// <summary>
/// Limits of the <c>executeAPI</c> step (configuration section <c>Drover:Jobs:Api</c>). The step lets anyone who
/// can write a job make the server send HTTP requests, so it reaches only the hosts listed here.
/// </summary>
public sealed class ApiStepOptions
{
    public const string Section = "Drover:Jobs:Api";
    public const string AllowedHostsKey = Section + ":AllowedHosts";

    /// <summary>
    /// <c>host</c> (any port) or <c>host:port</c>; IPv6 as <c>[::1]</c> or <c>[::1]:8080</c>. Names match exactly,
    /// ignoring case: no wildcards. Empty (the default) allows no host at all.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>The most of a response body that is read; beyond it the body is cut and outputs cannot be selected.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest <c>timeout</c> a step may ask for.</summary>
    public int MaxTimeoutSeconds { get; set; } = 300;
}
