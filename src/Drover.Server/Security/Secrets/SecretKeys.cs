namespace Drover.Server.Security.Secrets;

/// <summary>
/// Where the sealing key comes from: <c>Drover:Security:SecretKey</c> (replicas share it), else the key file (default
/// <c>&lt;data-dir&gt;/secret.key</c>, created 0600 on first start).
/// </summary>
public static class SecretKeys
{
    public static SecretBox Load(SecurityOptions options, string dataDir)
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
            key = Decode(kept, path);
        }
        var previous = (options.PreviousSecretKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Decode(k, "Drover:Security:PreviousSecretKeys"));
        return new SecretBox(key, previous);
    }

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
