using System.Runtime.InteropServices;

namespace Drover.Agent.Running;

// The few POSIX calls .NET does not expose: who we are, who owns a file, handing a file to the task's user,
// and signalling processes we did not start ourselves (children of the script).
internal static class Libc
{
    public const int SIGTERM = 15;
    public const int SIGKILL = 9;

    [DllImport("libc", EntryPoint = "geteuid")]
    public static extern uint GetEffectiveUserId();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkfifoNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    /// <summary>Makes a FIFO, owner-only (0600); false if it could not (the supervisor then makes it itself).</summary>
    public static bool MakeFifo(string path) => MkfifoNative(path, 0x180) == 0;

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int ChownNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;

    // statx, not stat: struct statx has one layout on every architecture (struct stat does not), and glibc has it since 2.28.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxNative(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>
    /// The owner and mode of <paramref name="path"/> itself (a symlink is not followed: its own type is reported),
    /// or null if it does not exist.
    /// </summary>
    public static FileOwner? LStat(string path)
    {
        var buffer = new byte[256];
        if (StatxNative(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == 2 ? null : throw new IOException($"statx {path} failed (errno {errno})");
        }
        // struct statx: stx_uid at 20, stx_gid at 24, stx_mode (type and permission bits) at 28.
        return new FileOwner(BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt16(buffer, 28));
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FsyncNative(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int CloseNative(int fd);

    /// <summary>
    /// fsyncs a directory, so a file just renamed into it survives a power cut (.NET cannot open a directory).
    /// </summary>
    public static void FsyncDirectory(string path)
    {
        var fd = OpenNative(path, 0); // O_RDONLY: the same value everywhere, unlike O_DIRECTORY
        if (fd < 0)
        {
            throw new IOException($"open {path} failed (errno {Marshal.GetLastPInvokeError()})");
        }
        try
        {
            if (FsyncNative(fd) != 0)
            {
                throw new IOException($"fsync {path} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            CloseNative(fd);
        }
    }

    public static bool IsRoot => !OperatingSystem.IsWindows() && GetEffectiveUserId() == 0;

    public static void Chown(string path, uint uid, uint gid)
    {
        if (ChownNative(path, uid, gid) != 0)
        {
            throw new IOException($"chown {path} to {uid}:{gid} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }
}
