using System.Text;

namespace Drover.Agent.Running;

/// <summary>
/// The script on disk for one run: in a fresh directory only its user can enter (mode 0700, handed to
/// that user when the agent switches users), removed when the run ends.
/// </summary>
internal sealed class ScriptFile : IDisposable
{
    private readonly string _directory;

    private ScriptFile(string directory, string path)
    {
        _directory = directory;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The directory the script is in, which the supervisor removes once the script has ended.</summary>
    public string Folder => _directory;

    public static ScriptFile Write(string content, string extension, RunAs runAs, string? scratchDirectory)
    {
        var parent = scratchDirectory ?? System.IO.Path.GetTempPath();
        Directory.CreateDirectory(parent);
        var directory = System.IO.Path.Combine(parent, "drover-task-" + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var path = System.IO.Path.Combine(directory, "script" + extension);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (runAs.SwitchUser)
            {
                Libc.Chown(directory, runAs.Account.Uid, runAs.Account.Gid);
                Libc.Chown(path, runAs.Account.Uid, runAs.Account.Gid);
            }
        }
        return new ScriptFile(directory, path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
