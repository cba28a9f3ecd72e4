namespace Drover.Agent.Running;

/// <summary>One line of the passwd database: what a login as this user would get.</summary>
internal sealed record UserAccount(string Name, uint Uid, uint Gid, string Home, string Shell)
{
    /// <summary>Parses <c>name:x:uid:gid:gecos:home:shell</c>; null when the line is not that.</summary>
    public static UserAccount? ParsePasswdLine(string line)
    {
        var f = line.Trim().Split(':');
        if (f.Length < 7 || !uint.TryParse(f[2], out var uid) || !uint.TryParse(f[3], out var gid))
        {
            return null;
        }
        return new UserAccount(f[0], uid, gid, f[5], f[6]);
    }
}
