using System.Text.Json;

namespace Drover.Cli.Auth;

/// <summary>
/// The credentials file: <c>{"server URL": {"token", "user", "expires_at", "project"}}</c>. Its tokens act as their
/// users, so the file is 0600 in a 0700 directory, and every write replaces it whole (a rename) so a crash or a
/// concurrent reader never sees half a file.
/// </summary>
internal sealed class CredentialStore(string directory)
{
    public const string FileName = "credentials";

    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public string Directory { get; } = directory;
    public string FilePath => Path.Combine(Directory, FileName);

    /// <summary><c>DROVER_CONFIG_DIR</c> (tests), else <c>$XDG_CONFIG_HOME/drover</c>, else <c>~/.config/drover</c>.</summary>
    public static string DirectoryFor(CliEnvironment env)
    {
        if (env.Get("DROVER_CONFIG_DIR") is { } dir) return dir;
        if (env.Get("XDG_CONFIG_HOME") is { } xdg) return Path.Combine(xdg, "drover");
        var home = env.Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".config", "drover");
    }

    /// <summary>One spelling per server: <c>--server http://h:8080</c> and <c>http://h:8080/</c> share a login.</summary>
    public static string Key(Uri server) => server.ToString().TrimEnd('/');

    public StoredLogin? Find(Uri server) => ReadAll().GetValueOrDefault(Key(server));

    public void Save(Uri server, StoredLogin login)
    {
        var all = ReadAll();
        all[Key(server)] = login;
        Write(all);
    }

    /// <summary>Removes the server's entry; false when there was none.</summary>
    public bool Remove(Uri server)
    {
        var all = ReadAll();
        if (!all.Remove(Key(server))) return false;
        Write(all);
        return true;
    }

    public Dictionary<string, StoredLogin> ReadAll()
    {
        string text;
        try { text = File.ReadAllText(FilePath); }
        catch (FileNotFoundException) { return new(StringComparer.Ordinal); }
        catch (DirectoryNotFoundException) { return new(StringComparer.Ordinal); }
        try
        {
            var all = JsonSerializer.Deserialize<Dictionary<string, StoredLogin>>(text, Json);
            return all is null ? new(StringComparer.Ordinal) : new(all, StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new IOException($"{FilePath} is not a credentials file ({e.Message}); remove it and run 'drover login' again", e);
        }
    }

    private void Write(Dictionary<string, StoredLogin> all)
    {
        PrepareDirectory();
        // The temporary file is born 0600 in the same directory, so the rename below is atomic and the secret is
        // never readable by others, not even for a moment.
        var temp = Path.Combine(Directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
            using (var stream = new FileStream(temp, options))
            {
                JsonSerializer.Serialize(stream, all, Json);
                stream.Flush(flushToDisk: true);
            }
            // The umask may only take bits away; set the mode exactly anyway.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, FileMode);
            File.Move(temp, FilePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private void PrepareDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
            return;
        }
        System.IO.Directory.CreateDirectory(Directory, DirectoryMode);
        // An existing directory (made by hand, or by an older drover) is tightened too: it holds secrets.
        File.SetUnixFileMode(Directory, DirectoryMode);
    }
}
