using Drover.Agent.Running;
using Drover.Protocol;

namespace Drover.Agent.Tests.Running;

public class RunAsTests
{
    [Fact]
    public async Task Root_runs_as_nobody_with_a_login_environment_else_refuses()
    {
        var run = await Scripts.RunAsync(Scripts.Shell(
            "id -un; echo HOME=$HOME; echo USER=$USER; echo PWD=$(pwd); echo PATH=$PATH; echo P=$DROVER_PARAM_A; echo TOKEN=${DROVER_TOKEN:-none}",
            user: "nobody", parameters: [new ScriptParameter { Name = "a", Value = "1" }]));
        if (!Scripts.IsRoot)
        {
            run.Result.Outcome.ShouldBe(TaskOutcome.Refused);
            run.Result.Message.ShouldBe($"agent runs as {Environment.UserName} and cannot switch to user nobody");
            return;
        }
        var nobody = UserDirectory.Find("nobody")!;
        var expectedCwd = Directory.Exists(nobody.Home) ? nobody.Home : "/";
        run.Result.Outcome.ShouldBe(TaskOutcome.Exited);
        run.Output.ShouldBe(
            $"nobody\nHOME={nobody.Home}\nUSER=nobody\nPWD={expectedCwd}\nPATH={Interpreter.UnixLoginPath}\nP=1\nTOKEN=none\n");
    }

    [Fact]
    public async Task An_unknown_user_is_refused_and_nothing_runs()
    {
        var marker = Path.Combine(Path.GetTempPath(), "drover-test-" + Guid.NewGuid().ToString("N"));
        var run = await Scripts.RunAsync(Scripts.Shell($"touch {marker}", user: "no-such-user-x"));
        run.Result.Outcome.ShouldBe(TaskOutcome.Refused);
        run.Result.Message.ShouldBe(Scripts.IsRoot
            ? "user no-such-user-x does not exist on this host"
            : $"agent runs as {Environment.UserName} and cannot switch to user no-such-user-x");
        File.Exists(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task A_user_outside_the_allowed_list_is_refused()
    {
        var policy = RunAsPolicy.ForThisProcess(["deploy", "app"]);
        var run = await Scripts.RunAsync(Scripts.Shell("echo hi", user: Environment.UserName), policy);
        run.Result.Outcome.ShouldBe(TaskOutcome.Refused);
        run.Result.Message.ShouldBe($"user {Environment.UserName} is not allowed on this agent");
    }

    [Fact]
    public void The_policy_follows_the_rules_for_root_and_non_root()
    {
        UserAccount? Lookup(string n) => n is "alice" or "bob" ? new UserAccount(n, 1000, 1000, "/home/" + n, "/bin/bash") : null;

        var asRoot = new RunAsPolicy("root", agentIsRoot: true, [], Lookup);
        asRoot.Decide("alice").RunAs.ShouldBe(new RunAs(Lookup("alice")!, true));
        asRoot.Decide("carol").Refusal.ShouldBe("user carol does not exist on this host");

        var asAlice = new RunAsPolicy("alice", agentIsRoot: false, [], Lookup);
        asAlice.Decide("alice").RunAs!.SwitchUser.ShouldBeFalse();
        asAlice.Decide("").RunAs!.Account.Name.ShouldBe("alice");
        asAlice.Decide("bob").Refusal.ShouldBe("agent runs as alice and cannot switch to user bob");

        var limited = new RunAsPolicy("root", agentIsRoot: true, ["bob"], Lookup);
        limited.Decide("alice").Refusal.ShouldBe("user alice is not allowed on this agent");
        limited.Decide("bob").RunAs.ShouldNotBeNull();
    }

    [Fact]
    public void Passwd_lines_are_parsed()
    {
        UserAccount.ParsePasswdLine("nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin")
            .ShouldBe(new UserAccount("nobody", 65534, 65534, "/nonexistent", "/usr/sbin/nologin"));
        UserAccount.ParsePasswdLine("broken").ShouldBeNull();
        UserDirectory.FromPasswdFile("root", "/etc/passwd")!.Uid.ShouldBe(0u);
    }
}
