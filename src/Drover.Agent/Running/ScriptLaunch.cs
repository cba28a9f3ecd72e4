using System.Diagnostics;
using Drover.Protocol;

namespace Drover.Agent.Running;

/// <summary>
/// How a script process is started: in a session of its own (so the whole tree can be found and killed
/// later), as its user, with stderr merged into stdout in write order and nothing on stdin.
/// </summary>
internal static class ScriptLaunch
{
    // exec 2>&1 makes one pipe carry both streams, so the order the script wrote them in is kept.
    private const string Wrapper = "exec 2>&1 </dev/null; exec \"$@\"";

    /// <summary>
    /// .NET ignores SIGPIPE and children inherit that; a shell cannot undo it (POSIX), so without this
    /// `yes | head` would print "Broken pipe" errors instead of ending quietly as in a terminal.
    /// GNU env (coreutils 8.31+) can reset it; elsewhere scripts run with SIGPIPE ignored.
    /// </summary>
    private static readonly Lazy<bool> RestoresSigpipe = new(() =>
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/env"))
        {
            return false;
        }
        try
        {
            var probe = new ProcessStartInfo("/usr/bin/env") { UseShellExecute = false, RedirectStandardError = true };
            probe.ArgumentList.Add("--default-signal=PIPE");
            probe.ArgumentList.Add("true");
            using var process = Process.Start(probe)!;
            process.StandardError.ReadToEnd();
            return process.WaitForExit(5000) && process.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    });

    /// <param name="context">Where the script runs (DROVER_RESOURCE_ID, DROVER_DISPATCH_ID): scripts may log or branch on it.</param>
    public static ProcessStartInfo Build(Interpreter interpreter, string scriptPath, RunAs runAs,
        IEnumerable<ScriptParameter> parameters, IReadOnlyList<KeyValuePair<string, string>>? context = null)
    {
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            // Only the launcher's own complaints (setsid, setpriv) arrive here; the script's go to stdout.
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory(runAs),
        };

        if (OperatingSystem.IsWindows())
        {
            start.FileName = interpreter.Program;
            foreach (var a in interpreter.Arguments) start.ArgumentList.Add(a);
            start.ArgumentList.Add(scriptPath);
        }
        else
        {
            start.FileName = FirstExisting("/usr/bin/setsid", "/bin/setsid");
            if (runAs.SwitchUser)
            {
                start.ArgumentList.Add(FirstExisting("/usr/bin/setpriv", "/bin/setpriv"));
                start.ArgumentList.Add($"--reuid={runAs.Account.Uid}");
                start.ArgumentList.Add($"--regid={runAs.Account.Gid}");
                start.ArgumentList.Add("--init-groups");
            }
            if (RestoresSigpipe.Value)
            {
                start.ArgumentList.Add("/usr/bin/env");
                start.ArgumentList.Add("--default-signal=PIPE");
            }
            start.ArgumentList.Add("/bin/sh");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Wrapper);
            start.ArgumentList.Add("drover-task");
            start.ArgumentList.Add(interpreter.Program);
            foreach (var a in interpreter.Arguments) start.ArgumentList.Add(a);
            start.ArgumentList.Add(scriptPath);
        }

        if (runAs.SwitchUser)
        {
            start.Environment.Clear();
        }
        else
        {
            // The agent's own credential must not leak into scripts.
            start.Environment.Remove("DROVER_TOKEN");
        }
        foreach (var (name, value) in Environment(runAs, parameters).Concat(context ?? []))
        {
            start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>
    /// The environment the script gets besides what it inherits: a login-like one when the agent switches
    /// users (nothing of the agent's leaks through), plus the parameters either way.
    /// </summary>
    public static List<KeyValuePair<string, string>> Environment(RunAs runAs, IEnumerable<ScriptParameter> parameters)
    {
        var env = new List<KeyValuePair<string, string>>();
        if (runAs.SwitchUser)
        {
            var a = runAs.Account;
            env.Add(new("HOME", a.Home));
            env.Add(new("USER", a.Name));
            env.Add(new("LOGNAME", a.Name));
            env.Add(new("SHELL", a.Shell));
            env.Add(new("PATH", Interpreter.UnixLoginPath));
            env.Add(new("LANG", "C.UTF-8"));
        }
        env.AddRange(ScriptTemplate.Environment(parameters));
        return env;
    }

    /// <summary>The PATH the script will see, to find its interpreter where it can run it.</summary>
    public static string? SearchPath(RunAs runAs) =>
        runAs.SwitchUser ? Interpreter.UnixLoginPath : System.Environment.GetEnvironmentVariable("PATH");

    private static string WorkingDirectory(RunAs runAs) =>
        Directory.Exists(runAs.Account.Home) ? runAs.Account.Home
        : OperatingSystem.IsWindows() ? Path.GetPathRoot(Path.GetTempPath()) ?? "C:\\" : "/";

    private static string FirstExisting(params string[] paths) => paths.FirstOrDefault(File.Exists) ?? paths[0];
}
