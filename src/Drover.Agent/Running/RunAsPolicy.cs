namespace Drover.Agent.Running;

/// <summary>Who a task runs as, and whether the agent has to switch to that user.</summary>
internal sealed record RunAs(UserAccount Account, bool SwitchUser);

/// <summary>
/// Decides which OS user runs a task. Root switches to any user that exists (and is allowed);
/// any other agent user can run tasks only as itself.
/// </summary>
internal sealed class RunAsPolicy(string agentUser, bool agentIsRoot, IReadOnlyCollection<string> allowedUsers,
    Func<string, UserAccount?> lookup)
{
    public string AgentUser => agentUser;

    public static RunAsPolicy ForThisProcess(IReadOnlyCollection<string> allowedUsers) =>
        new(Environment.UserName, Libc.IsRoot, allowedUsers, UserDirectory.Find);

    /// <summary>Either how to run, or why not (the message the operator sees).</summary>
    public (RunAs? RunAs, string? Refusal) Decide(string executeUser)
    {
        var user = string.IsNullOrWhiteSpace(executeUser) ? agentUser : executeUser.Trim();
        if (allowedUsers.Count > 0 && !allowedUsers.Contains(user, StringComparer.Ordinal))
        {
            return (null, $"user {user} is not allowed on this agent");
        }
        if (agentIsRoot)
        {
            var account = lookup(user);
            return account is null
                ? (null, $"user {user} does not exist on this host")
                : (new RunAs(account, SwitchUser: true), null);
        }
        if (user != agentUser)
        {
            return (null, $"agent runs as {agentUser} and cannot switch to user {user}");
        }
        // Containers often run an agent under a uid with no passwd entry; it can still run tasks as itself.
        var self = lookup(user) ?? new UserAccount(user, 0, 0,
            Environment.GetEnvironmentVariable("HOME") ?? Environment.CurrentDirectory, "/bin/sh");
        return (new RunAs(self, SwitchUser: false), null);
    }
}
