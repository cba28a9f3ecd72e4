using System.CommandLine;
using Drover.Cli.Api;
using Drover.Cli.Output;

namespace Drover.Cli.Commands;

/// <summary><c>drover job ...</c>: jobs (COC "documents": versioned YAML workflows) and running them as executions.</summary>
internal static class JobCommands
{
    private static readonly string[] RiskLevels = ["LOW", "MEDIUM", "HIGH"];

    public static Command Build(Session session)
    {
        var job = new Command("job", "Create, list, show, update, delete and run jobs (versioned YAML workflows)");
        job.Add(Create(session));
        job.Add(List(session));
        job.Add(Show(session));
        job.Add(Update(session));
        job.Add(Delete(session));
        job.Add(Run(session));
        return job;
    }

    private static Argument<string> DocumentArgument(string description = "The job's document_id (DM...)") => new("document_id") { Description = description };

    private static Command Create(Session session)
    {
        var name = new Option<string>("--name") { Description = "Job name (1..128 characters)", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The job's YAML (meta, inputs, steps)", HelpName = "PATH", Required = true };
        var risk = new Option<string>("--risk-level") { Description = "Declared risk level", DefaultValueFactory = _ => "LOW" }.OneOf(RiskLevels);
        var description = new Option<string?>("--description") { Description = "Description" };

        var command = new Command("create", "Create a job from a YAML file (its version v1); prints its document_id") { name, file, risk, description };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var content = await File.ReadAllTextAsync(r.GetValue(file)!.FullName, ct);
            // "0" is COC's default enterprise project; Drover scopes by x-project-id instead.
            var request = new NewDocument(r.GetValue(name)!, content, "0", r.Upper(risk)!, r.GetValue(description));
            var reply = await ctx.Client.CreateDocumentAsync(request, ct);
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value));
        }));
        return command;
    }

    private static Command List(Session session)
    {
        var nameLike = new Option<string?>("--name-like") { Description = "Only jobs whose name contains this" };
        var creator = new Option<string?>("--creator") { Description = "Only jobs created by this user" };
        var limit = new Option<int?>("--limit") { Description = "Rows per page, 1..100 (default 20; 100 with --all)" }.Between(1, 100);
        var all = new Option<bool>("--all") { Description = "Follow pages until every job is listed" };

        var command = new Command("list", "List jobs") { nameLike, creator, limit, all };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var everything = r.GetValue(all);
            var pageSize = r.GetValue(limit) ?? (everything ? 100 : 20);
            var filter = new DocumentFilter(r.GetValue(nameLike), r.GetValue(creator));
            var rows = await Paging.CollectByOffsetAsync(o => ctx.Client.ListDocumentsAsync(filter, pageSize, o, ct), d => d.DocumentId, everything);
            if (ctx.Json)
            {
                ctx.Screen.Json(rows.ToJson());
                return ExitCodes.Ok;
            }
            // NAME last: job names are free text and may hold spaces.
            var table = new TextTable("DOCUMENT_ID", "VERSION", "CREATOR", "CREATED", "UPDATED", "NAME");
            foreach (var d in rows.Rows)
                table.Add(d.DocumentId, d.Version, d.Creator, ctx.Screen.Time(d.CreateTime), ctx.Screen.Time(d.UpdateTime), d.Name);
            ctx.Screen.Table(table);
            ctx.Screen.MoreRows(rows.Rows.Count, rows.Total);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(Session session)
    {
        var id = DocumentArgument();
        var version = new Option<string?>("--version") { Description = "Show this version (v1, v2, ...) instead of the latest", HelpName = "vN" };
        var command = new Command("show", "Show a job: its fields, its versions and the YAML content") { id, version };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var reply = await ctx.Client.GetDocumentAsync(r.GetValue(id)!, r.GetValue(version), ct);
            return ctx.Print(reply.Data, () =>
            {
                var d = reply.Value;
                var screen = ctx.Screen;
                screen.Field("document_id", d.DocumentId);
                screen.Field("name", d.Name);
                screen.Field("version", d.Version);
                screen.Field("risk_level", d.RiskLevel);
                screen.Field("description", d.Description);
                screen.Field("enterprise_project_id", d.EnterpriseProjectId);
                screen.Field("creator", d.Creator);
                screen.Field("modifier", d.Modifier);
                screen.Field("created", screen.Time(d.CreateTime));
                screen.Field("updated", screen.Time(d.UpdateTime));
                var versions = d.Versions ?? [];
                screen.Field("versions", versions.Count.ToString());
                if (versions.Count > 0)
                {
                    var table = new TextTable("VERSION", "VERSION_UUID", "CREATED");
                    foreach (var v in versions) table.Add(v.Version, v.VersionUuid, screen.Time(v.CreateTime));
                    screen.Table(table);
                }
                screen.Line("content:");
                screen.Out.Write(d.Content ?? "");
                if (d.Content is { Length: > 0 } c && !c.EndsWith('\n')) screen.Line();
            });
        }));
        return command;
    }

    private static Command Update(Session session)
    {
        var id = DocumentArgument();
        var file = new Option<FileInfo>("--file") { Description = "The new YAML content", HelpName = "PATH", Required = true };
        var name = new Option<string?>("--name") { Description = "New name (default: keep the current one)" };
        var risk = new Option<string>("--risk-level") { Description = "New risk level (default: keep the current one)" }.OneOf(RiskLevels);
        var description = new Option<string?>("--description") { Description = "New description (default: keep the current one)" };

        var command = new Command("update", "Update a job: stores its next version (v2, v3, ...); prints its document_id") { id, file, name, risk, description };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var documentId = r.GetValue(id)!;
            var content = await File.ReadAllTextAsync(r.GetValue(file)!.FullName, ct);
            // COC's update requires the name and would reset what is left out, so unchanged fields are read first.
            var current = (await ctx.Client.GetDocumentAsync(documentId, null, ct)).Value;
            var request = new DocumentUpdate(
                r.GetValue(name) ?? current.Name ?? throw new UnexpectedAnswerException($"job {documentId} has no name; give --name"),
                content,
                r.GetValue(description) ?? current.Description,
                r.Upper(risk) ?? current.RiskLevel);
            var reply = await ctx.Client.UpdateDocumentAsync(documentId, request, ct);
            return ctx.Print(reply.Data, () => ctx.Screen.Line(reply.Value));
        }));
        return command;
    }

    private static Command Delete(Session session)
    {
        var id = DocumentArgument();
        var command = new Command("delete", "Delete a job (its executions stay); prints the deleted document_id") { id };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var documentId = r.GetValue(id)!;
            var answer = await ctx.Client.DeleteDocumentAsync(documentId, ct);
            var hasData = answer.ValueKind == System.Text.Json.JsonValueKind.Object && answer.TryGetProperty("data", out var data)
                          && data.ValueKind != System.Text.Json.JsonValueKind.Null;
            if (ctx.Json)
            {
                ctx.Screen.Json(hasData ? answer.GetProperty("data") : answer);
                return ExitCodes.Ok;
            }
            var text = hasData ? JobText.Text(answer.GetProperty("data")) : null;
            ctx.Screen.Line(string.IsNullOrEmpty(text) ? documentId : text);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Run(Session session)
    {
        var id = DocumentArgument("The job to run (DM...)");
        var version = new Option<string?>("--version") { Description = "Run this version (default: the latest)", HelpName = "vN" };
        var param = new Option<string[]>("--param") { Description = "Global parameter value for this run (repeatable)", HelpName = "key=value" };
        var batch = new Option<string[]>("--batch")
        {
            Description = "One batch of hosts, comma-separated (repeatable, in order): makes a BATCH execution",
            HelpName = "H1,H2",
        };
        var strategy = new Option<string>("--strategy") { Description = "After each batch: go on, or pause (Pending) [default CONTINUE; with --batch]" }
            .OneOf("CONTINUE", "PAUSE");
        var instance = new Option<string[]>("--instance")
        {
            Description = "Target host (repeatable; commas also split): makes a RATE_CONTROL execution",
            HelpName = "HOST",
        };
        var concurrency = new Option<int?>("--concurrency") { Description = "At most N hosts at once [with --instance]", HelpName = "N" }.Between(1, int.MaxValue);
        var errorThreshold = new Option<double?>("--error-threshold")
        {
            Description = "Stop once more than P percent of hosts failed [with --instance]",
            HelpName = "P",
        }.Between(0.0, 100.0);
        var targetParam = new Option<string?>("--target-param")
        {
            Description = "The global parameter that receives the targets (required with --batch or --instance)",
            HelpName = "NAME",
        };
        var region = new Option<string>("--region") { Description = "region_id of the target hosts", DefaultValueFactory = _ => "local", HelpName = "ID" };
        var description = new Option<string?>("--description") { Description = "Description of this execution" };
        var watch = new Option<bool>("--watch") { Description = "Follow the execution until it ends or pauses (as 'execution watch')" };

        var command = new Command("run", "Run a job; prints the execution_id of the new execution (NORMAL, or BATCH with --batch, or RATE_CONTROL with --instance)")
        {
            id, version, param, batch, strategy, instance, concurrency, errorThreshold, targetParam, region, description, watch,
        };
        command.SetAction(session.Action(async (ctx, r, ct) =>
        {
            var batches = (r.GetValue(batch) ?? []).Select((b, i) => (Index: i + 1, Hosts: SplitHosts(b))).ToList();
            var instances = (r.GetValue(instance) ?? []).SelectMany(SplitHosts).ToList();
            var target = r.GetValue(targetParam);
            var regionId = r.GetValue(region)!;
            if (batches.Count > 0 && instances.Count > 0) throw new UsageException("give --batch (a BATCH execution) or --instance (a RATE_CONTROL execution), not both");
            var empty = batches.FirstOrDefault(b => b.Hosts.Count == 0);
            if (empty.Hosts is not null) throw new UsageException($"--batch number {empty.Index} names no host");
            if (r.GetValue(strategy) is not null && batches.Count == 0) throw new UsageException("--strategy applies to --batch executions only");
            if ((r.GetValue(concurrency) is not null || r.GetValue(errorThreshold) is not null) && instances.Count == 0)
                throw new UsageException("--concurrency and --error-threshold apply to --instance executions only");
            if ((batches.Count > 0 || instances.Count > 0) && string.IsNullOrWhiteSpace(target))
                throw new UsageException("--target-param NAME is required with --batch or --instance: the global parameter that receives the hosts");
            if (batches.Count == 0 && instances.Count == 0 && target is not null)
                throw new UsageException("--target-param needs targets: give --batch or --instance");

            IReadOnlyList<ExecutionTarget>? targets = null;
            if (batches.Count > 0)
            {
                var rotation = r.Upper(strategy) ?? "CONTINUE";
                targets =
                [
                    new ExecutionTarget("BatchValues", batches
                        .Select(b => (object)new BatchValue(b.Index, rotation, b.Hosts.Select(h => new TargetRef(h, regionId)).ToList()))
                        .ToList()),
                ];
            }
            else if (instances.Count > 0)
            {
                targets =
                [
                    new ExecutionTarget("InstanceValues", instances.Select(h => (object)new TargetRef(h, regionId)).ToList(),
                        r.GetValue(concurrency), r.GetValue(errorThreshold)),
                ];
            }

            var parameters = OptionRules.NameValues("--param", r.GetValue(param)).Select(p => new KeyValue(p.Name, p.Value)).ToList();
            var request = new ExecuteDocumentRequest(r.GetValue(version), parameters, r.GetValue(description), targets is null ? null : target, targets);
            var reply = await ctx.Client.ExecuteDocumentAsync(r.GetValue(id)!, request, ct);
            var executionId = reply.Value;
            if (!r.GetValue(watch)) return ctx.Print(reply.Data, () => ctx.Screen.Line(executionId));

            // JSON mode prints one document, the execution's final state (which carries execution_id).
            if (!ctx.Json) ctx.Screen.Line(executionId);
            return await new ExecutionWatch(ctx, executionId).RunAsync(ct);
        }));
        return command;
    }

    private static List<string> SplitHosts(string text) =>
        text.Split(',').Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
}
