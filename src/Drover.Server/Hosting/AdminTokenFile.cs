using System.Security.Cryptography;
using Drover.Server.Security;
using Drover.Server.Security.Secrets;

namespace Drover.Server.Hosting;

/// <summary>
/// The bootstrap admin secret: from configuration (<c>Drover:Security:AdminToken</c>, e.g. <c>DROVER_ADMIN_TOKEN</c>),
/// else the file <c>Drover:Security:AdminTokenFile</c> names, else the one kept in the data directory, else a new one
/// written there (mode 0600) and printed once on the console, where the operator who started the server sees it.
/// </summary>
public static class AdminTokenFile
{
    public static string Resolve(SecurityOptions options, string dataDir, TextWriter console)
    {
        if (!string.IsNullOrWhiteSpace(options.AdminToken)) return options.AdminToken.Trim();
        if (options.AdminTokenFile is { Length: > 0 } file)
            return SecretFiles.Read(file) ?? throw new InvalidOperationException($"admin token file {file} is missing or empty");
        var path = Path.Combine(dataDir, "admin-token");
        if (SecretFiles.Read(path) is { } kept) return kept;
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        SecretFiles.Write(path, token);
        console.WriteLine($"Drover: generated the bootstrap admin token (kept in {path}):");
        console.WriteLine($"  {token}");
        return token;
    }
}
