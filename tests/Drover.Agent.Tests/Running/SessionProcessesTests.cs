using Drover.Agent.Running;

namespace Drover.Agent.Tests.Running;

public class SessionProcessesTests
{
    [Fact]
    public void Reads_state_session_and_start_time_after_the_last_parenthesis()
    {
        ProcStat.Parse("4242 (sleep) S 1 4242 4242 0 -1 4194560 99 0 0 0 0 0 0 0 20 0 1 0 951234 5 6")
            .ShouldBe(new ProcStat('S', 4242, 951234));
        ProcStat.Parse("77 (a) b (c) ) d) Z 1 70 71 0 -1 4194560 99 0 0 0 0 0 0 0 20 0 1 0 42 5 6")
            .ShouldBe(new ProcStat('Z', 71, 42));
        ProcStat.Parse("77 (a) b (c) ) d) Z 1 70 71 0 -1 4194560 99 0 0 0 0 0 0 0 20 0 1 0 42 5 6")!.Value.IsLive.ShouldBeFalse();
        ProcStat.Parse("4242 (sleep) S 1 4242 4242 0 -1 4194560 99").ShouldBeNull();
        ProcStat.Parse("garbage").ShouldBeNull();
    }

    [Fact]
    public void Finds_this_test_process_in_its_own_session()
    {
        var self = Environment.ProcessId;
        var session = ProcStat.Read(self)!.Value.Session;
        SessionProcesses.Find(session).ShouldContain(self);
    }
}
