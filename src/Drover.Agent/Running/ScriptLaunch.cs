using System.Diagnostics;
using Drover.Protocol;

namespace Drover.Agent.Running;

/// <summary>
/// How a script is started: under its supervisor (supervise.sh) in a session of its own, so neither the agent's
/// death nor the kill of the script's session touches the supervisor; the script in a session of its own too
/// (so its whole tree can be found and killed later), as its user, with stderr merged into stdout in write
/// order and nothing on stdin.
/// </summary>
internal static class ScriptLaunch
{
    // exec 2>&1 makes one stream carry both, so the order the script wrote them in is kept.
    private const string Wrapper = "exec 2>&1 </dev/null; exec \"$@\"";

    /// <summary>
    /// .NET ignores SIGPIPE and children inherit that; a shell cannot undo it (POSIX), so without this
    /// `yes | head` would print "Broken pipe" errors instead of ending quietly as in a terminal. The supervisor
    /// starts the script as a background job, which POSIX sh starts with SIGINT and SIGQUIT ignored: reset too.
    /// GNU env (coreutils 8.31+) can do it; elsewhere scripts run with those signals ignored.
    /// </summary>
    private static readonly Lazy<bool> RestoresSignals = new(() =>
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/env"))
        {
            return false;
        }
        try
        {
            var probe = new ProcessStartInfo("/usr/bin/env") { UseShellExecute = false, RedirectStandardError = true };
            probe.ArgumentList.Add(DefaultSignals);
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

    private const string DefaultSignals = "--default-signal=PIPE,INT,QUIT";

    /// <summary>
    /// Starts <c>setsid /bin/sh supervise.sh TASK_DIR SCRIPT_DIR [setpriv ...] [env ...] /bin/sh -c WRAPPER
    /// INTERPRETER SCRIPT</c>. Nothing is redirected: the supervisor points its own stdin and stdout away from the
    /// agent as its first act, so no pipe ties it to the agent.
    /// </summary>
    /// <param name="context">Where the script runs (DROVER_RESOURCE_ID, DROVER_DISPATCH_ID): scripts may log or branch on it.</param>
    public static ProcessStartInfo Supervised(string supervisorScript, TaskFolder folder, string scriptDirectory,
        Interpreter interpreter, string scriptPath, RunAs runAs, IEnumerable<ScriptParameter> parameters,
        IReadOnlyList<KeyValuePair<string, string>>? context = null)
    {
        // setsid execs in place here (a child .NET starts is no process group leader): the pid is the supervisor's.
        var start = new ProcessStartInfo(FirstExisting("/usr/bin/setsid", "/bin/setsid"))
        {
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory(runAs),
        };
        start.ArgumentList.Add("/bin/sh");
        start.ArgumentList.Add(supervisorScript);
        start.ArgumentList.Add(folder.Path);
        start.ArgumentList.Add(scriptDirectory);
        if (runAs.SwitchUser)
        {
            start.ArgumentList.Add(FirstExisting("/usr/bin/setpriv", "/bin/setpriv"));
            start.ArgumentList.Add($"--reuid={runAs.Account.Uid}");
            start.ArgumentList.Add($"--regid={runAs.Account.Gid}");
            start.ArgumentList.Add("--init-groups");
        }
        if (RestoresSignals.Value)
        {
            start.ArgumentList.Add("/usr/bin/env");
            start.ArgumentList.Add(DefaultSignals);
        }
        start.ArgumentList.Add("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Wrapper);
        start.ArgumentList.Add("drover-task");
        start.ArgumentList.Add(interpreter.Program);
        foreach (var a in interpreter.Arguments) start.ArgumentList.Add(a);
        start.ArgumentList.Add(scriptPath);

        // The supervisor passes its environment on to the script unchanged.
        if (runAs.SwitchUser)
        {
            start.Environment.Clear();
        }
        else
        {
            // The agent's secrets must not leak into scripts.
            SecretVariables.RemoveFrom(start.Environment);
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
