using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts.Risk;

/// <summary>The regexes behind <see cref="BatRules"/>: cmd.exe is case-insensitive, so they are too.</summary>
internal static partial class BatPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const int TimeoutMs = 100;

    // Where a command starts: the line's start or after & | ( ), with an optional @, behind call, start or cmd /c,
    // and with an optional directory in front of its name (C:\Windows\System32\shutdown.exe).
    private const string Cmd = @"(?<=^|[&|()])[ \t]*@?(?:(?:call|start(?:[ \t]+""[^""]*"")?(?:[ \t]+/\w+)*|cmd(?:\.exe)?(?:[ \t]+/\w+)*)[ \t]+)*(?:[^\s&|()""]*\\)?";

    private const string End = @"(?=$|[\s&|)""])";

    private const string Args = @"[^&|]*?[ \t]";

    [GeneratedRegex(Cmd + @"format(?:\.com)?[ \t]+[a-z]:", Options, TimeoutMs)]
    internal static partial Regex Format();

    // rd /s or del /s of a drive's root or of the Windows directory.
    [GeneratedRegex(Cmd + @"(?:rd|rmdir|del|erase)(?=[ \t])(?=" + Args + @"/s" + End + ")" + Args +
        @"""?(?:[a-z]:\\?(?:\*(?:\.\*)?)?|[a-z]:\\windows\\?|%systemroot%\\?|%windir%\\?|%systemdrive%\\?)""?" + End, Options, TimeoutMs)]
    internal static partial Regex DeleteDrive();

    // shutdown /s (off), /r (restart), /p, /g, /h; not /a, which aborts a shutdown.
    [GeneratedRegex(Cmd + @"shutdown(?:\.exe)?" + Args + @"[/-][srpgh]" + End, Options, TimeoutMs)]
    internal static partial Regex Shutdown();

    [GeneratedRegex(Cmd + @"net[ \t]+user[ \t]" + Args + @"/del(?:ete)?" + End, Options, TimeoutMs)]
    internal static partial Regex UserDelete();

    [GeneratedRegex(Cmd + @"reg(?:\.exe)?[ \t]+delete[ \t]+""?HK(?:LM|EY_LOCAL_MACHINE)\\", Options, TimeoutMs)]
    internal static partial Regex RegistryDelete();
}
