using Drover.Agent.Running;

namespace Drover.Agent.Tests.Running;

public class SessionProcessesTests
{
    [Fact]
    public void Reads_state_and_session_after_the_last_parenthesis()
    {
        SessionProcesses.ParseStat("4242 (sleep) S 1 4242 4242 0 -1 4194560 99").ShouldBe(('S', 4242));
        SessionProcesses.ParseStat("77 (a) b (c) ) d) R 1 70 71 0 -1").ShouldBe(('R', 71));
        SessionProcesses.ParseStat("garbage").ShouldBeNull();
    }

    [Fact]
    public void Finds_this_test_process_in_its_own_session()
    {
        var self = Environment.ProcessId;
        var stat = File.ReadAllText($"/proc/{self}/stat");
        var session = SessionProcesses.ParseStat(stat)!.Value.Session;
        SessionProcesses.Find(session).ShouldContain(self);
    }
}
