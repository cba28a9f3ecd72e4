using System.Security.Cryptography;

namespace Drover.Server.Hosting;

/// <summary>
/// The bootstrap admin token: from configuration, else the one kept in the data directory, else a new one written
/// there (mode 0600) and printed once on the console, where the operator who started the server sees it.
/// </summary>
public static class AdminTokenFile
{
    public static string Resolve(string? configured, string dataDir, TextWriter console)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var path = Path.Combine(dataDir, "admin-token");
        if (File.Exists(path))
        {
            var kept = File.ReadAllText(path).Trim();
            if (kept.Length > 0) return kept;
        }
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var w = new StreamWriter(new FileStream(path, file)))
            w.Write(token);
        console.WriteLine($"Drover: generated the admin token (kept in {path}):");
        console.WriteLine($"  {token}");
        return token;
    }
}
