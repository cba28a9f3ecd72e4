using System.Text.RegularExpressions;

namespace Drover.Domain.Scripts.Risk;

/// <summary>
/// The regexes behind <see cref="ShellRules"/>, one logical line at a time. They are written to stay linear: each one
/// starts only at a command position (or a fixed word), its repetitions are over disjoint character classes, and a
/// 100 ms timeout backs that up.
/// </summary>
internal static partial class ShellPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMs = 100;

    // Where a command starts: the line's start, after a separator (; & | ( ) { } ` !), inside $( ), or at the quote
    // that opens `sh -c '...'`. A word anywhere else is an argument (echo reboot, grep shutdown log), not a command.
    private const string At = @"(?<=^|[;&|(){}`!]|\$\(|-c[ \t]?[""'])[ \t]*";

    // Words that run the word after them as a command, each with its own options: sudo -u root, env A=1, xargs -0,
    // nohup, timeout 5, nice -n 10; and the shell keywords after which a command comes (then, do, else, if).
    private const string Wrappers =
        @"(?:(?:sudo|doas|env|nohup|xargs|exec|command|builtin|nice|ionice|time|timeout|then|do|else|if|while|until)" +
        @"(?:[ \t]+(?:-[ug][ \t]+[^\s;&|]+|--?[\w-]+(?:=[^\s;&|]*)?|[A-Za-z_]\w*=[^\s;&|]*|\d+[smhd]?))*[ \t]+)*";

    // Variable assignments before the command (LANG=C rm ...) and a directory in front of its name (/sbin/reboot).
    private const string Prefix = @"(?:[A-Za-z_]\w*=[^\s;&|]*[ \t]+)*(?:[^\s;&|()'""`]*/)?";

    private const string Cmd = At + Wrappers + Prefix;

    // The end of a word: what may follow `reboot` for it to be the command reboot (not reboot.sh, not reboot_flag).
    private const string End = @"(?=$|[\s;&|)}'""`#<>])";

    // The rest of one command (up to a separator or a comment), lazily, ending before a space.
    private const string Args = @"[^;&|#]*?[ \t]";

    private const string Recursive = @"(?=" + Args + @"(?:-[A-Za-z]*[rR][A-Za-z]*|--recursive)" + End + ")";

    private const string SystemDir = "(?:bin|boot|dev|etc|home|lib|lib32|lib64|opt|proc|root|sbin|srv|sys|usr|var)";

    // `/`, `/*`, a system directory (with or without a trailing slash or /*), `~` or $HOME, quoted or not.
    private const string SystemTarget =
        @"[""']?(?:/(?:" + SystemDir + @")?/?\*?|~/?\*?|\$\{?HOME\}?/?\*?)[""']?(?:/\*?)?" + End;

    // A block device that holds a disk or a partition.
    private const string Disk = @"/dev/(?:sd[a-z]|nvme\d|vd[a-z]|xvd[a-z]|hd[a-z]|mmcblk\d|disk/)";

    // Output redirection (>, >>, 2>, &>, >|) or tee: something written into the file that follows.
    private const string WriteInto = @"(?:(?:(?<![<>&\d])\d?>>?|&>>?|>\|)[ \t]*|(?<![\w.-])tee(?:[ \t]+-[\w-]+)*[ \t]+)[""']?";

    private const string Shell = @"(?:ba|da|k|z|a)?sh(?![\w.-])";

    [GeneratedRegex(Cmd + "rm(?=[ \t])" + Recursive + Args + SystemTarget, Options, TimeoutMs)]
    internal static partial Regex RmSystem();

    // A path that starts with a variable: when the variable is empty, `$DIR/` is `/`. ${X:?} and ${X?} abort instead.
    [GeneratedRegex(Cmd + "rm(?=[ \t])" + Recursive + Args + @"[""']?\$(?!\{?HOME\b)(?!\{\w+:?\?)\{?(?:[A-Za-z_]\w*|\d|@|\*)\}?", Options, TimeoutMs)]
    internal static partial Regex RmVariable();

    [GeneratedRegex(Cmd + @"mk(?:e2)?fs(?:\.\w+)?" + End, Options, TimeoutMs)]
    internal static partial Regex Mkfs();

    // of= a device, except the pseudo-devices that are no disk (null, zero, the terminal, stdout...).
    [GeneratedRegex(Cmd + "dd(?=[ \t])" + Args + @"of=[""']?/dev/(?!(?:null|zero|full|random|urandom|stdout|stderr|tty\w*|console|fd/|shm/|pts/)" + End + ")",
        Options, TimeoutMs)]
    internal static partial Regex DdToDevice();

    [GeneratedRegex(WriteInto + Disk, Options, TimeoutMs)]
    internal static partial Regex WriteToDisk();

    [GeneratedRegex(Cmd + "(?:shutdown|reboot|halt|poweroff)" + End, Options, TimeoutMs)]
    internal static partial Regex PowerOff();

    [GeneratedRegex(Cmd + @"(?:tel)?init[ \t]+[06]" + End, Options, TimeoutMs)]
    internal static partial Regex InitRunlevel();

    [GeneratedRegex(Cmd + @"systemctl(?:[ \t]+-[\w-]+(?:=[^\s;&|]*)?)*[ \t]+(?:isolate[ \t]+)?(?:poweroff|reboot|halt|kexec)(?:\.target)?" + End,
        Options, TimeoutMs)]
    internal static partial Regex SystemctlPower();

    // name(){ name|name& } in any spacing, the classic `:(){ :|:& };:` included (its name is `:`).
    [GeneratedRegex(@"(?<![\w:.-])(?:function[ \t]+)?(?<n>(?>[\w:.-]+))[ \t]*\([ \t]*\)[ \t]*\{[ \t]*\k<n>[ \t]*\|[ \t]*\k<n>[ \t]*&", Options, TimeoutMs)]
    internal static partial Regex ForkBomb();

    private const string Chmod777 = Cmd + "chmod(?=[ \t])" +
        @"(?=" + Args + @"(?:-[A-Za-z]*R[A-Za-z]*|--recursive)" + End + ")" +
        @"(?=" + Args + @"(?:0?777|[ugoa]*[+=]rwx)" + End + ")";

    [GeneratedRegex(Chmod777 + Args + SystemTarget, Options, TimeoutMs)]
    internal static partial Regex ChmodSystem();

    [GeneratedRegex(Chmod777, Options, TimeoutMs)]
    internal static partial Regex ChmodRecursive777();

    // A signal (-9, -KILL, -s KILL, --) and then the pid -1: every process the user may signal.
    [GeneratedRegex(Cmd + @"kill(?:[ \t]+(?:(?:-s|-n|--signal)[ \t]+\w+|-\w+|--)){1,3}[ \t]+-1" + End, Options, TimeoutMs)]
    internal static partial Regex KillAll();

    [GeneratedRegex(Cmd + @"(?:ip6?tables(?:-legacy|-nft)?(?=[ \t])" + Args + @"(?:-F|--flush)|nft[ \t]+flush[ \t]+ruleset)" + End, Options, TimeoutMs)]
    internal static partial Regex FirewallFlush();

    [GeneratedRegex(Cmd + "crontab(?=[ \t])" + Args + "-[A-Za-z]*r[A-Za-z]*" + End, Options, TimeoutMs)]
    internal static partial Regex CrontabRemove();

    // curl/wget piped into a shell (through sudo or env too), a shell reading <(curl ...), or sh -c "$(curl ...)".
    [GeneratedRegex(
        @"(?<![\w.-])(?:curl|wget)(?=[ \t])[^;|]*\|[ \t]*(?:(?:sudo|doas|env|exec|nohup)(?:[ \t]+-[\w-]+)*[ \t]+)*(?:[^\s;&|]*/)?(?:" + Shell + @"|python[23]?(?![\w.-])|perl(?![\w.-]))" +
        @"|(?<![\w.-])(?:" + Shell + @"|source|\.)[ \t]+<\([ \t]*(?:curl|wget)(?=[ \t])" +
        @"|(?<![\w.-])" + Shell + @"[ \t]+-c[ \t]*[""']?(?:\$\(|`)[ \t]*(?:curl|wget)(?=[ \t])",
        Options, TimeoutMs)]
    internal static partial Regex DownloadToShell();

    [GeneratedRegex(Cmd + "(?:userdel|deluser)" + End, Options, TimeoutMs)]
    internal static partial Regex UserDelete();

    // passwd in any form but the read-only `passwd -S` (status); chpasswd; usermod -p / -L.
    [GeneratedRegex(Cmd + @"(?:(?:passwd|chpasswd)" + End + @"(?![ \t]+(?:-S|--status)" + End + ")|usermod(?=[ \t])" + Args + @"(?:-p|--password|-L|--lock)" + End + ")",
        Options, TimeoutMs)]
    internal static partial Regex ChangePassword();

    private const string RemoteAccess = "(?:sshd?|network|networking|NetworkManager|systemd-networkd)";

    [GeneratedRegex(Cmd + @"(?:systemctl(?:[ \t]+-[\w-]+)*[ \t]+(?:stop|disable|mask|kill)(?:[ \t]+-[\w-]+)*(?:[ \t]+[\w@.-]+)*?[ \t]+" + RemoteAccess + @"(?:\.service|\.socket)?" +
        @"|service[ \t]+" + RemoteAccess + @"[ \t]+stop)" + End, Options, TimeoutMs)]
    internal static partial Regex StopRemoteAccess();

    [GeneratedRegex(WriteInto + @"/etc/(?:passwd|shadow|group|gshadow|sudoers)" + End, Options, TimeoutMs)]
    internal static partial Regex WriteAccountFile();

    [GeneratedRegex(Cmd + @"(?:history[ \t]+-[a-z]*c[a-z]*|unset[ \t]+HISTFILE)" + End, Options, TimeoutMs)]
    internal static partial Regex ClearHistory();
}
