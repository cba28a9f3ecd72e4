using Drover.Agent.Journal;
using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

/// <summary>
/// The agent's disk (issue 9, item 7): the supervisor runs as the agent's user, so a supervisor file anyone else could
/// have changed is never run; spooled output is the agent's alone; the journal's default place is fixed, not the
/// working directory.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // POSIX owners and modes are the subject
public sealed class SupervisorCheckTests
{
    private static RunSettings With(string supervisor) => Scripts.FastSettings with { SupervisorScript = supervisor };

    [Fact]
    public void The_installed_supervisor_is_owner_only_and_passes_its_check()
    {
        using var dir = new TempDirectory();
        var path = SupervisorScript.Install(dir.Path);
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        SupervisorScript.Verify(path);
    }

    [Fact]
    public async Task Agents_sharing_a_process_and_a_journal_directory_install_the_supervisor_at_once()
    {
        // Two agents in one process (the tests' own harness, an embedding host) starting together once shared a temp
        // file named by the process id: one deleted or collided with the other's, and that agent died before it dialled.
        using var dir = new TempDirectory();
        using var start = new Barrier(8);
        var installs = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return Enumerable.Range(0, 20).Select(_ => SupervisorScript.Install(dir.Path)).Last();
        }, TaskCreationOptions.LongRunning)).ToList();
        var paths = await Task.WhenAll(installs);
        paths.Distinct().ShouldHaveSingleItem().ShouldBe(Path.Combine(dir.Path, SupervisorScript.FileName));
        SupervisorScript.Verify(paths[0]);
        Directory.GetFiles(dir.Path).ShouldBe([paths[0]], "no temp file is left behind");
    }

    [Fact]
    public async Task A_changed_supervisor_is_refused_and_nothing_runs()
    {
        using var dir = new TempDirectory();
        var path = SupervisorScript.Install(dir.Path);
        var marker = Path.Combine(dir.Path, "ran");
        await File.AppendAllTextAsync(path, $"\ntouch {marker}\n");
        var run = await Scripts.RunAsync(Scripts.Shell($"touch {marker}"), settings: With(path));
        run.Result.Outcome.ShouldBe(TaskOutcome.Refused);
        run.Result.Message.ShouldContain("differs from the one this agent ships");
        File.Exists(marker).ShouldBeFalse("neither the script nor the planted line may run");
    }

    [Fact]
    public async Task A_supervisor_others_can_write_or_owned_by_another_user_or_a_link_is_refused()
    {
        using var dir = new TempDirectory();
        var path = SupervisorScript.Install(dir.Path);
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.OtherWrite);
        (await Scripts.RunAsync(Scripts.Shell("echo hi"), settings: With(path))).Result.Message.ShouldContain("writable by others");

        var linked = Path.Combine(dir.Path, "linked.sh");
        File.CreateSymbolicLink(linked, SupervisorScript.Install(Path.Combine(dir.Path, "real")));
        (await Scripts.RunAsync(Scripts.Shell("echo hi"), settings: With(linked))).Result.Message.ShouldContain("not a regular file");

        if (!Scripts.IsRoot) return; // chown to another user needs root
        var theirs = SupervisorScript.Install(Path.Combine(dir.Path, "theirs"));
        Libc.Chown(theirs, 65534, 65534);
        var refused = await Scripts.RunAsync(Scripts.Shell("echo hi"), settings: With(theirs));
        refused.Result.Outcome.ShouldBe(TaskOutcome.Refused);
        refused.Result.Message.ShouldContain("owned by uid 65534");
    }

    [Fact]
    public void Spooled_output_is_readable_by_the_agents_user_only()
    {
        using var dir = new TempDirectory();
        var spool = new OutputSpool(Path.Combine(dir.Path, "output"));
        using (var writer = spool.OpenWriter("D-1"))
        {
            writer.Append([1, 2, 3]);
        }
        File.GetUnixFileMode(spool.Folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var file in Directory.GetFiles(spool.Folder))
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void The_default_journal_is_a_fixed_place_never_the_working_directory()
    {
        var dir = AgentOptions.DefaultJournalDirectory();
        Path.IsPathRooted(dir).ShouldBeTrue(dir);
        if (Scripts.IsRoot) dir.ShouldBe("/var/lib/drover-agent");
        new AgentOptions().JournalDirectory.ShouldBe(dir);
    }
}
