using System.CommandLine;
using System.CommandLine.Parsing;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover script ...</c>: the script library and running a script as a ticket.</summary>
internal static class ScriptCommands
{
    internal static readonly string[] Types = ["SHELL", "PYTHON", "BAT"];

    public static Command Build(Session session)
    {
        var script = new Command("script", "Create, list, show, delete and run scripts");
        script.Add(Create(session));
        script.Add(List(session));
        script.Add(Show(session));
        script.Add(Delete(session));
        script.Add(Run(session));
        script.Add(ScriptReviewCommands.Review(session));
        script.Add(ScriptReviewCommands.Risk(session));
        return script;
    }

    private static Command Create(Session session)
    {
        var name = new Option<string>("--name") { Description = "Script name (letters, digits, _; unique in the project)", Required = true };
        var type = new Option<string>("--type") { Description = "Script type; taken from the file suffix (.sh .py .bat) when omitted" }.OneOf(Types);
        var file = new Option<FileInfo?>("--file") { Description = "Read the script content from this file", HelpName = "PATH" };
        var content = new Option<string?>("--content") { Description = "The script content itself", HelpName = "TEXT" };
        var description = new Option<string?>("--description") { Description = "Description (default: the name)" };
        var risk = new Option<string>("--risk-level") { Description = "Declared risk level", DefaultValueFactory = _ => "LOW" }.OneOf("LOW", "MEDIUM", "HIGH");
        var version = new Option<string>("--version") { Description = "Version label", DefaultValueFactory = _ => "1.0.0" };
        var param = new Option<string[]>("--param") { Description = "Parameter with its default, used as ${name} in the content (repeatable)", HelpName = "name=default" };
        var secret = new Option<string[]>("--sensitive-param") { Description = "Sensitive parameter: write-only, masked when read back (repeatable)", HelpName = "name=default" };
        var reviewer = new Option<string[]>("--reviewer") { Description = "Reviewer who must approve before it runs, as name:user_id (repeatable, at most 5)", HelpName = "NAME:ID" };

        var command = new Command("create", "Create a script; prints its script_uuid") { name, type, file, content, description, risk, version, param, secret, reviewer };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var path = r.GetValue(file);
            var text = r.GetValue(content);
            if ((path is null) == (text is null)) throw new UsageException("give exactly one of --file or --content");
            if (path is not null) text = await File.ReadAllTextAsync(path.FullName, ct);

            var scriptType = r.Upper(type) ?? TypeFromSuffix(path)
                ?? throw new UsageException("--type is required (SHELL, PYTHON or BAT) unless the file ends in .sh, .py or .bat");
            var parameters = OptionRules.NameValues("--param", r.GetValue(param)).Select(p => (p.Name, p.Value, Sensitive: false))
                .Concat(OptionRules.NameValues("--sensitive-param", r.GetValue(secret)).Select(p => (p.Name, p.Value, Sensitive: true)))
                .ToList();
            var duplicate = parameters.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new UsageException($"parameter '{duplicate.Key}' given twice");

            var scriptName = r.GetValue(name)!;
            var request = new NewScript(
                scriptName,
                scriptType,
                text!,
                // COC requires a description of 1..256 characters; the name is a harmless stand-in.
                r.GetValue(description) ?? scriptName,
                new ScriptProperties(r.Upper(risk), r.GetValue(version), ScriptReviewCommands.Reviewers(r.GetValue(reviewer))),
                // param_order is ignored by COC but its SDK marks it required, so send 1..n like its clients do.
                parameters.Select((p, i) => new ScriptParam(p.Name, p.Value, "", i + 1, p.Sensitive)).ToList());
            var reply = await ctx.Client.CreateScriptAsync(request, ct);
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value));
        }));
        return command;
    }

    /// <summary>
    /// Hosts from <c>--host</c> and <c>--hosts</c> in command-line order: batches are cut in that order, and
    /// reading the two options one after the other would silently reorder a mixed list.
    /// </summary>
    private static List<string> HostsInOrder(ParseResult r, Option<string[]> host, Option<string[]> hosts)
    {
        var result = new List<string>();
        var tokens = r.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument) continue;
            if (tokens[i].Value == host.Name) result.Add(tokens[i + 1].Value);
            else if (tokens[i].Value == hosts.Name) result.AddRange(tokens[i + 1].Value.Split(','));
        }
        result = result.Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        // The token scan must agree with the parser; if it ever does not, fall back to the parser's values.
        var parsed = (r.GetValue(host) ?? []).Concat((r.GetValue(hosts) ?? []).SelectMany(h => h.Split(','))).Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        return result.Order().SequenceEqual(parsed.Order()) ? result : parsed;
    }

    internal static string? TypeFromSuffix(FileInfo? file) => file?.Extension.ToLowerInvariant() switch
    {
        ".sh" => "SHELL",
        ".py" => "PYTHON",
        ".bat" or ".cmd" => "BAT",
        _ => null,
    };

    private static Command List(Session session)
    {
        var nameLike = new Option<string?>("--name-like") { Description = "Only scripts whose name contains this" };
        var type = new Option<string>("--type") { Description = "Only scripts of this type" }.OneOf(Types);
        var limit = new Option<int?>("--limit") { Description = "Rows per page, 1..100 (default 20; 100 with --all)" }.Between(1, 100);
        var all = new Option<bool>("--all") { Description = "Follow pages until every script is listed" };

        var command = new Command("list", "List scripts, newest first") { nameLike, type, limit, all };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var everything = r.GetValue(all);
            var pageSize = r.GetValue(limit) ?? (everything ? 100 : 20);
            var filter = new ScriptFilter(r.GetValue(nameLike), r.Upper(type));
            var rows = await Paging.CollectAsync(m => ctx.Client.ListScriptsAsync(filter, pageSize, m, ct), s => s.Id, pageSize, everything);
            if (ctx.Json)
            {
                ctx.Screen.Json(rows.ToJson());
                return ExitCodes.Ok;
            }
            var table = new TextTable("ID", "SCRIPT_UUID", "NAME", "TYPE", "STATUS", "RISK", "VERSION", "CREATED");
            foreach (var s in rows.Rows)
                table.Add(s.Id.ToString(), s.ScriptUuid, s.Name, s.Type, s.Status, s.Properties?.RiskLevel, s.Properties?.Version, ctx.Screen.Time(s.GmtCreated));
            ctx.Screen.Table(table);
            ctx.Screen.MoreRows(rows.Rows.Count, rows.Total);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(Session session)
    {
        var uuid = new Argument<string>("script_uuid") { Description = "The script's uuid (SC...)" };
        var command = new Command("show", "Show a script: properties, parameters and content") { uuid };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.GetScriptAsync(r.GetValue(uuid)!, ct);
            return ctx.Print(reply.Data, () =>
            {
                var s = reply.Value;
                var screen = ctx.Screen;
                screen.Field("script_uuid", s.ScriptUuid);
                screen.Field("name", s.Name);
                screen.Field("type", s.Type);
                screen.Field("status", s.Status);
                screen.Field("risk_level", s.Properties?.RiskLevel);
                screen.Field("version", s.Properties?.Version);
                screen.Field("reviewers", string.Join(',', (s.Properties?.Reviewers ?? []).Select(x => $"{x.ReviewerName}:{x.ReviewerId}")));
                screen.Field("description", s.Description);
                screen.Field("creator", s.Creator);
                screen.Field("created", screen.Time(s.GmtCreated));
                screen.Field("modified", screen.Time(s.GmtModified));
                var parameters = s.ScriptParams ?? [];
                screen.Field("params", parameters.Count.ToString());
                if (parameters.Count > 0)
                {
                    // The server already masks sensitive defaults; show exactly what it sent.
                    var table = new TextTable("NAME", "SENSITIVE", "DEFAULT", "DESCRIPTION");
                    foreach (var p in parameters)
                        table.Add(p.ParamName, p.Sensitive ? "yes" : "no", p.ParamValue, p.ParamDescription);
                    screen.Table(table);
                }
                screen.Line("content:");
                screen.Out.Write(s.Content ?? "");
                if (s.Content is { Length: > 0 } c && !c.EndsWith('\n')) screen.Line();
            });
        }));
        return command;
    }

    private static Command Delete(Session session)
    {
        var uuid = new Argument<string>("script_uuid") { Description = "The script's uuid (SC...)" };
        var command = new Command("delete", "Delete a script; prints the deleted script_uuid") { uuid };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.DeleteScriptAsync(r.GetValue(uuid)!, ct);
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value));
        }));
        return command;
    }

    private static Command Run(Session session)
    {
        var uuid = new Argument<string>("script_uuid") { Description = "The script to run (SC...)" };
        var host = new Option<string[]>("--host") { Description = "Target host resource_id (repeatable)", HelpName = "ID" };
        var hosts = new Option<string[]>("--hosts") { Description = "Comma-separated host resource_ids (repeatable)", HelpName = "ID1,ID2" };
        var region = new Option<string>("--region") { Description = "region_id of hosts that do not name one", DefaultValueFactory = _ => "local", HelpName = "ID" };
        var batchSize = new Option<int?>("--batch-size") { Description = "Split the hosts, in order, into batches of N", HelpName = "N" }.Between(1, int.MaxValue);
        var hostsFile = new Option<FileInfo?>("--hosts-file")
        {
            Description = "Hosts file: lines 'resource_id [region_id]', a blank line or '---' starts a new batch; or JSON with COC's execute_batches",
            HelpName = "PATH",
        };
        var rotation = new Option<string>("--rotation") { Description = "After each batch: go on, or pause the ticket", DefaultValueFactory = _ => "CONTINUE" }.OneOf("CONTINUE", "PAUSE");
        var timeout = new Option<int>("--timeout") { Description = "Per-host timeout in seconds", DefaultValueFactory = _ => 300, HelpName = "S" }.Between(1, int.MaxValue);
        var successRate = new Option<double>("--success-rate") { Description = "Stop when the share of successful hosts falls below P percent", DefaultValueFactory = _ => 100, HelpName = "P" }.Between(1.0, 100.0);
        var user = new Option<string>("--user") { Description = "OS user the script runs as", DefaultValueFactory = _ => "root", HelpName = "U" };
        var param = new Option<string[]>("--param") { Description = "Parameter value for this run (repeatable)", HelpName = "name=value" };
        var maxConcurrency = new Option<int?>("--max-concurrency") { Description = "At most N hosts of a batch at once (default: the whole batch)", HelpName = "N" }.Between(1, int.MaxValue);
        var waitAgent = new Option<int?>("--wait-agent-seconds") { Description = "Wait up to S seconds for an offline agent before failing its host", HelpName = "S" }.Between(0, int.MaxValue);
        var watch = new Option<bool>("--watch") { Description = "Follow the ticket until it ends or pauses (as 'ticket watch')" };

        var command = new Command("run", "Run a script on hosts, in batches; prints the execute_uuid of the new ticket")
        {
            uuid, host, hosts, region, batchSize, hostsFile, rotation, timeout, successRate, user, param, maxConcurrency, waitAgent, watch,
        };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var named = HostsInOrder(r, host, hosts);
            var file = r.GetValue(hostsFile);
            var strategy = r.Upper(rotation)!;
            IReadOnlyList<ExecuteBatch> batches;
            if (file is not null)
            {
                if (named.Count > 0) throw new UsageException("give hosts either with --host/--hosts or with --hosts-file, not both");
                var text = await File.ReadAllTextAsync(file.FullName, ct);
                batches = BatchPlan.FromFile(file.Name, text, r.GetValue(region)!, r.GetValue(batchSize), strategy);
            }
            else
            {
                batches = BatchPlan.FromHosts(named, r.GetValue(region)!, r.GetValue(batchSize), strategy);
            }

            var values = OptionRules.NameValues("--param", r.GetValue(param)).Select(p => new ScriptParamValue(p.Name, p.Value)).ToList();
            var request = new ExecuteRequest(
                new ExecuteParam(
                    r.GetValue(user),
                    r.GetValue(timeout),
                    r.GetValue(successRate),
                    values,
                    // Deprecated in COC, but older COC servers required it; true was the harmless value.
                    Resourceful: true,
                    r.GetValue(maxConcurrency),
                    r.GetValue(waitAgent)),
                batches);
            var reply = await ctx.Client.ExecuteScriptAsync(r.GetValue(uuid)!, request, ct);
            var executeUuid = reply.Value;
            if (!r.GetValue(watch)) return ctx.Print(reply.Data, () => ctx.Screen.Line(executeUuid));

            // JSON mode prints one document, the ticket's final info (which carries execute_uuid), so no id line here.
            if (!ctx.Json) ctx.Screen.Line(executeUuid);
            return await new TicketWatch(ctx, executeUuid).RunAsync(ct);
        }));
        return command;
    }
}
