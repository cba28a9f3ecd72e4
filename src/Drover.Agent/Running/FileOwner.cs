namespace Drover.Agent.Running;

/// <summary>What <see cref="Libc.LStat"/> says about a path: its owner and its st_mode (type and permission bits).</summary>
internal readonly record struct FileOwner(uint Uid, uint Gid, int Mode)
{
    private const int TypeMask = 0xF000;

    public bool IsSymlink => (Mode & TypeMask) == 0xA000;

    public bool IsDirectory => (Mode & TypeMask) == 0x4000;

    public bool IsRegularFile => (Mode & TypeMask) == 0x8000;

    public UnixFileMode Permissions => (UnixFileMode)(Mode & 0xFFF);

    /// <summary>The permission bits in the usual octal spelling, e.g. 0755, for error messages.</summary>
    public string Octal => "0" + Convert.ToString(Mode & 0xFFF, 8);
}
