using Drover.Agent.Running;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Journal;

/// <summary>
/// A directory only the agent's user may enter: created 0700; an existing one must be ours, a real directory
/// (not a symlink someone could point elsewhere) and not writable by anyone else (they could have planted or
/// swapped files in it). One that is ours but merely readable by others is tightened to 0700.
/// </summary>
internal static class PrivateDirectory
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OthersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Makes sure <paramref name="path"/> is such a directory, or throws an IOException saying why not.</summary>
    public static void Ensure(string path, ILogger logger)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            // No POSIX owners or modes: the directory inherits the ACL of where it is.
            Directory.CreateDirectory(full);
            return;
        }
        if (Libc.LStat(full) is null)
        {
            Directory.CreateDirectory(full, OwnerOnly);
        }
        var stat = Libc.LStat(full) ?? throw new IOException($"directory {full} vanished while the agent created it");
        var me = Libc.GetEffectiveUserId();
        if (stat.IsSymlink)
        {
            throw new IOException($"refusing {full}: it is a symlink; the agent keeps credentials only in a real directory");
        }
        if (!stat.IsDirectory)
        {
            throw new IOException($"refusing {full}: it is not a directory");
        }
        if (stat.Uid != me)
        {
            throw new IOException(
                $"refusing {full}: it is owned by uid {stat.Uid}, not by the agent's user (uid {me}), mode {stat.Octal}; " +
                "chown it to the agent's user or choose another --journal-dir");
        }
        if ((stat.Permissions & OthersWrite) != 0)
        {
            throw new IOException(
                $"refusing {full}: mode {stat.Octal} (owner uid {stat.Uid}) lets other users write into it; " +
                "check what is in it, then chmod 700 it");
        }
        if ((stat.Permissions & ~OwnerOnly) != 0)
        {
            File.SetUnixFileMode(full, OwnerOnly);
            logger.LogWarning("Tightened {Directory} from mode {Mode} to 0700: it holds host credentials and task output", full, stat.Octal);
        }
    }
}
