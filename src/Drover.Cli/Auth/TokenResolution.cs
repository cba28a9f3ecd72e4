using Drover.Cli.Commands;

namespace Drover.Cli.Auth;

/// <summary>The token a command sends, where it came from, and the project a stored login was scoped to.</summary>
internal sealed record ResolvedToken(string? Token, TokenSource Source, string? Project)
{
    public static readonly ResolvedToken None = new(null, TokenSource.None, null);
}

internal enum TokenSource { None, Option, Environment, Login }

/// <summary>
/// Which credential a command uses: <c>--token</c>, else <c>DROVER_TOKEN</c>, else the stored login for the server.
/// The first is still accepted, with a warning, so existing scripts keep working.
/// </summary>
internal static class TokenResolution
{
    public const string OptionWarning =
        "warning: --token is visible to other local users (ps, /proc/PID/cmdline); prefer DROVER_TOKEN or 'drover login'";

    /// <param name="stored">Read only when needed: a command with a token at hand never touches the credentials file.</param>
    public static ResolvedToken Resolve(string? option, string? environment, Func<StoredLogin?> stored, Uri server, DateTimeOffset now, TextWriter warnings)
    {
        if (!string.IsNullOrEmpty(option))
        {
            warnings.WriteLine(OptionWarning);
            return new ResolvedToken(option, TokenSource.Option, null);
        }
        if (!string.IsNullOrEmpty(environment)) return new ResolvedToken(environment, TokenSource.Environment, null);
        if (stored() is not { } login) return ResolvedToken.None;
        // Sending a token known to be dead would only earn a 401 that does not say what to do.
        if (login.IsExpired(now))
            throw new UsageException($"the login to {CredentialStore.Key(server)} expired at {login.Expiry?.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z: run 'drover login'");
        return new ResolvedToken(login.Token, TokenSource.Login, login.Project);
    }
}
