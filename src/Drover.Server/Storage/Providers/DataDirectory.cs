namespace Drover.Server.Storage.Providers;

/// <summary>
/// The data directory holds the database, the sealing key and the admin secret: it is 0700 and what Drover keeps in it
/// 0600, whoever's umask started the server. A directory or file found looser (made by an older version, or by hand) is
/// tightened, with a warning naming it. Nothing is changed on Windows, which has no such modes.
/// </summary>
public static class DataDirectory
{
    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                              | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the directory 0700, or tightens it and the files directly in it.</summary>
    public static void Prepare(string dir, TextWriter warnings)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dir);
            return;
        }
        if (!Directory.Exists(dir)) Directory.CreateDirectory(dir, DirectoryMode);
        Tighten(dir, DirectoryMode, "data directory", warnings);
        foreach (var file in Directory.EnumerateFiles(dir))
            Tighten(file, FileMode, "file in the data directory", warnings);
    }

    /// <summary>
    /// An SQLite database file: created empty with 0600 before SQLite opens it, since SQLite gives its <c>-wal</c>,
    /// <c>-shm</c> and <c>-journal</c> files the database file's mode; those are tightened too if they are looser.
    /// </summary>
    public static void PrepareSqliteFile(string file, TextWriter warnings)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            using (new FileStream(file, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode }))
            {
            }
        }
        foreach (var f in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
            if (File.Exists(f)) Tighten(f, FileMode, "database file", warnings);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Tighten(string path, UnixFileMode wanted, string what, TextWriter warnings)
    {
        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOther) == 0) return;
            File.SetUnixFileMode(path, (mode & ~GroupOrOther) | wanted);
            warnings.WriteLine($"warning: {what} {path} was readable by other users (mode {Octal(mode)}); now {Octal(File.GetUnixFileMode(path))}");
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            warnings.WriteLine($"warning: {what} {path} is readable by other users and could not be tightened ({e.Message}): chmod it to {Octal(wanted)}");
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0b111_111_111, 8).PadLeft(4, '0');
}
