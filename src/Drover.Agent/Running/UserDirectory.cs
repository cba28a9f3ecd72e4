using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Drover.Agent.Running;

/// <summary>Looks users up the way login does: NSS through <c>getent</c> (LDAP, sssd...), else /etc/passwd.</summary>
internal static partial class UserDirectory
{
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.-]{0,63}\$?\z")]
    private static partial Regex PlausibleName();

    public static UserAccount? Find(string name)
    {
        // A name that no system accepts is not worth asking about, and keeps odd input away from getent.
        if (!PlausibleName().IsMatch(name))
        {
            return null;
        }
        return FromGetent(name) ?? FromPasswdFile(name, "/etc/passwd");
    }

    internal static UserAccount? FromPasswdFile(string name, string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        return File.ReadLines(path).Select(UserAccount.ParsePasswdLine)
            .FirstOrDefault(a => a is not null && a.Name == name);
    }

    private static UserAccount? FromGetent(string name)
    {
        var getent = new[] { "/usr/bin/getent", "/bin/getent" }.FirstOrDefault(File.Exists);
        if (getent is null)
        {
            return null;
        }
        var start = new ProcessStartInfo(getent) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("passwd");
        start.ArgumentList.Add(name);
        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)) || !output.Wait(TimeSpan.FromSeconds(1)))
        {
            try { process.Kill(); } catch (InvalidOperationException) { }
            return null;
        }
        return process.ExitCode == 0
            ? output.Result.Split('\n').Select(UserAccount.ParsePasswdLine).FirstOrDefault(a => a is not null && a.Name == name)
            : null;
    }
}
