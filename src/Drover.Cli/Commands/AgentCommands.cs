using System.CommandLine;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover agent ...</c>: the hosts that run a Drover agent.</summary>
internal static class AgentCommands
{
    public static Command Build(Session session)
    {
        var agent = new Command("agent", "Hosts running a Drover agent");
        agent.Add(List(session));
        agent.Add(Credentials(session));
        agent.Add(Revoke(session));
        return agent;
    }

    private static Command Credentials(Session session)
    {
        var command = new Command("credentials", "List the project's agent credentials (one per enrolled host)");
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.ListAgentCredentialsAsync(ct);
            return ctx.Print(reply.Data, () =>
            {
                var table = new TextTable("RESOURCE_ID", "REGION", "STATUS", "PROJECT_ID", "ENROLLMENT_ID", "CREATED", "REVOKED");
                foreach (var c in reply.Value.Rows)
                    table.Add(c.ResourceId, c.RegionId, c.Status, c.ProjectId, c.EnrollmentId, ctx.Screen.Time(c.GmtCreated), ctx.Screen.Time(c.RevokedAt));
                ctx.Screen.Table(table);
            });
        }));
        return command;
    }

    private static Command Revoke(Session session)
    {
        var resource = new Argument<string>("resource_id") { Description = "The host's resource_id" };
        var region = new Option<string?>("--region-id") { Description = "The host's region_id, when resource ids repeat across regions", HelpName = "R" };
        var command = new Command("revoke", "Revoke a host's agent credential (its stream is closed; it must enroll again); prints the resource_id") { resource, region };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var resourceId = r.GetValue(resource)!;
            var answer = await ctx.Client.RevokeAgentCredentialAsync(resourceId, r.GetValue(region), ct);
            return ctx.Print(answer, () => ctx.Screen.Line(resourceId));
        }));
        return command;
    }

    private static Command List(Session session)
    {
        var status = new Option<string>("--status") { Description = "Only agents in this state" }.OneOf("ONLINE", "OFFLINE", "UNINSTALLED");
        var region = new Option<string?>("--region") { Description = "Only agents of this region_id", HelpName = "ID" };
        var resource = new Option<string?>("--resource-id") { Description = "Only the agent of this host", HelpName = "ID" };
        var limit = new Option<int?>("--limit") { Description = "Rows per page, 1..100 (default 20; 100 with --all)" }.Between(1, 100);
        var all = new Option<bool>("--all") { Description = "Follow pages until every agent is listed" };

        var command = new Command("list", "List agents, newest first") { status, region, resource, limit, all };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var everything = r.GetValue(all);
            var pageSize = r.GetValue(limit) ?? (everything ? 100 : 20);
            var filter = new AgentFilter(r.Upper(status), r.GetValue(region), r.GetValue(resource));
            var rows = await Paging.CollectAsync(m => ctx.Client.ListAgentsAsync(filter, pageSize, m, ct), a => a.Id, pageSize, everything);
            if (ctx.Json)
            {
                ctx.Screen.Json(rows.ToJson());
                return ExitCodes.Ok;
            }
            var now = DateTimeOffset.UtcNow;
            // OS last: it is free text ("Ubuntu 24.04.1 LTS") and may hold spaces.
            var table = new TextTable("ID", "RESOURCE_ID", "REGION", "HOST_NAME", "STATUS", "SEEN", "VERSION", "IPS", "OS");
            foreach (var a in rows.Rows)
                table.Add(a.Id.ToString(), a.ResourceId, a.RegionId, a.HostName, a.Status, Display.Age(a.LastHeartbeat, now),
                    a.AgentVersion, string.Join(',', a.Ips ?? []), a.Os);
            ctx.Screen.Table(table);
            ctx.Screen.MoreRows(rows.Rows.Count, rows.Total);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
