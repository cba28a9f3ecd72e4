namespace Drover.Server.Security.Secrets;

/// <summary>
/// Where the sealing key comes from: <c>Drover:Security:SecretKey</c> (replicas share it), else the key file (default
/// <c>&lt;data-dir&gt;/secret.key</c>, created 0600 on first start; a key file readable by other users is reported).
/// </summary>
public static class SecretKeys
{
    /// <param name="warnings">Where a key file readable by other users is reported (default: standard output).</param>
    public static SecretBox Load(SecurityOptions options, string dataDir, TextWriter? warnings = null)
    {
        byte[] key;
        if (!string.IsNullOrWhiteSpace(options.SecretKey))
        {
            key = Decode(options.SecretKey, "Drover:Security:SecretKey");
        }
        else
        {
            var path = options.SecretKeyFile ?? Path.Combine(dataDir, "secret.key");
            var kept = SecretFiles.Read(path);
            if (kept is null)
            {
                kept = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                SecretFiles.Write(path, kept);
            }
            else if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMayRead) != 0)
            {
                // Used anyway (a mounted secret may be group-readable by design), but never silently: whoever reads it
                // opens every sealed value. In the data directory it is tightened at start (DataDirectory).
                (warnings ?? Console.Out).WriteLine(
                    $"warning: the secret key file {path} is readable by other users: chmod 600 it (docs/security.md, \"Secrets at rest\")");
            }
            key = Decode(kept, path);
        }
        var previous = (options.PreviousSecretKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Decode(k, "Drover:Security:PreviousSecretKeys"));
        return new SecretBox(key, previous);
    }

    private const UnixFileMode OthersMayRead = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    private static byte[] Decode(string base64, string where)
    {
        try
        {
            var key = Convert.FromBase64String(base64.Trim());
            if (key.Length == 32) return key;
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException($"{where}: must be the base64 of 32 random bytes (e.g. `head -c 32 /dev/urandom | base64`)");
    }
}
