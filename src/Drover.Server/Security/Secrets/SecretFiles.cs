using System.Security.Cryptography;

namespace Drover.Server.Security.Secrets;

/// <summary>Files that hold secrets: created with mode 0600 from the start (never widened, never world-readable for a moment).</summary>
public static class SecretFiles
{
    public static void Write(string path, string content)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
        using (var w = new StreamWriter(stream))
        {
            w.Write(content);
            w.Flush();
            stream.Flush(flushToDisk: true);
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The trimmed content of a secret file, or null if it is missing or empty.</summary>
    public static string? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path).Trim();
        return text.Length > 0 ? text : null;
    }

    /// <summary>A new random secret: <paramref name="bytes"/> random bytes as URL-safe base64 without padding.</summary>
    public static string NewSecret(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
