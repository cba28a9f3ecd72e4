namespace Drover.Server.Security;

public sealed class SecurityOptions
{
    /// <summary>The bootstrap admin token. Generated and printed on first start when unset, then kept in the data directory.</summary>
    public string? AdminToken { get; set; }
}
