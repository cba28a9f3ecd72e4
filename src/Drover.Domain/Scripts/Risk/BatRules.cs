using static Drover.Domain.Scripts.RiskLevel;
using P = Drover.Domain.Scripts.Risk.BatPatterns;

namespace Drover.Domain.Scripts.Risk;

/// <summary>The blacklist for BAT scripts (cmd.exe): the Windows forms of the same dangers.</summary>
public static class BatRules
{
    public static IReadOnlyList<RiskRule> All { get; } =
    [
        new("bat-format", "format command", High, "format D: /q",
            "Formats a drive: everything stored on it is erased.",
            "格式化磁盘：磁盘上的全部数据将被清除。",
            P.Format(), ["format"]),
        new("bat-delete-drive", "rd/del command", High, @"rd /s /q C:\",
            "Recursively deletes a drive's root or the Windows directory.",
            "递归删除磁盘根目录或 Windows 系统目录。",
            P.DeleteDrive(), ["rd", "rmdir", "del", "erase"]),
        new("bat-shutdown", "shutdown command", High, "shutdown /s /t 0",
            "Shuts down or restarts the host: every service on it stops.",
            "关闭或重启主机：主机上的所有服务中断。",
            P.Shutdown(), ["shutdown"]),
        new("bat-user-delete", "net user command", Medium, "net user deploy /delete",
            "Deletes a user account.",
            "删除用户账号。",
            P.UserDelete(), ["net"]),
        new("bat-registry-delete", "reg command", Medium, @"reg delete HKLM\SOFTWARE\Vendor /f",
            "Deletes machine-wide registry keys: installed software or Windows itself may stop working.",
            "删除计算机级注册表项：已安装的软件或 Windows 本身可能无法正常工作。",
            P.RegistryDelete(), ["reg"]),
    ];
}
