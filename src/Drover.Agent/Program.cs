using System.CommandLine;
using Drover.Agent;
using Drover.Agent.Running;
using Microsoft.Extensions.Logging;

var server = new Option<string?>("--server") { Description = "Server gRPC address, e.g. http://127.0.0.1:8081 (env DROVER_SERVER)" };
var enrollTokenFile = new Option<string?>("--enroll-token-file") { Description = "File holding the enrollment token, needed only until every host has its credential (env DROVER_ENROLL_TOKEN)" };
var token = new Option<string?>("--token") { Description = "Deprecated (readable by any local user): the enrollment token; use --enroll-token-file" };
var serverCa = new Option<string?>("--server-ca") { Description = "PEM file of the CA the server's TLS certificate must chain to", HelpName = "FILE" };
var serverFingerprint = new Option<string?>("--server-fingerprint") { Description = "Accept only the server certificate with this SHA-256 fingerprint", HelpName = "SHA256" };
var resourceId = new Option<string?>("--resource-id") { Description = "This host's resource id (default: /etc/machine-id, else the host name)" };
var regionId = new Option<string>("--region-id") { Description = "Region id", DefaultValueFactory = _ => "local" };
var projectId = new Option<string>("--project-id") { Description = "Project id", DefaultValueFactory = _ => "default" };
var journalDir = new Option<string>("--journal-dir") { Description = "Journal directory (0700, owned by the agent's user)", DefaultValueFactory = _ => AgentOptions.DefaultJournalDirectory() };
var simulate = new Option<int>("--simulate") { Description = "Serve N simulated hosts ID-1..ID-N (each runs real processes)" };
var allowedUsers = new Option<string?>("--allowed-users") { Description = "Comma-separated users tasks may run as (default: any)" };
var killGrace = new Option<double>("--kill-grace-seconds") { Description = "Seconds between SIGTERM and SIGKILL", DefaultValueFactory = _ => 5 };
var logLevel = new Option<LogLevel>("--log-level") { Description = "Trace, Debug, Information, Warning, Error", DefaultValueFactory = _ => LogLevel.Information };

var root = new RootCommand("drover-agent: runs Drover script tasks on this host")
{
    server, enrollTokenFile, token, serverCa, serverFingerprint, resourceId, regionId, projectId, journalDir, simulate, allowedUsers, killGrace, logLevel,
};

root.SetAction(async (parsed, stopping) =>
{
    var options = new AgentOptions
    {
        Server = parsed.GetValue(server) ?? Environment.GetEnvironmentVariable("DROVER_SERVER") ?? "",
        ServerCaFile = parsed.GetValue(serverCa),
        ServerFingerprint = parsed.GetValue(serverFingerprint),
        RegionId = parsed.GetValue(regionId)!,
        ProjectId = parsed.GetValue(projectId)!,
        JournalDirectory = parsed.GetValue(journalDir)!,
        Simulate = parsed.GetValue(simulate),
        AllowedUsers = (parsed.GetValue(allowedUsers) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        KillGracePeriod = TimeSpan.FromSeconds(parsed.GetValue(killGrace)),
    };
    if (parsed.GetValue(resourceId) is { Length: > 0 } id)
    {
        options.ResourceId = id;
    }
    if (options.Server.Length == 0)
    {
        Console.Error.WriteLine("drover-agent: --server (or DROVER_SERVER) is required");
        return 2;
    }

    using var loggers = LoggerFactory.Create(b => b
        .AddSimpleConsole(c => { c.SingleLine = true; c.TimestampFormat = "HH:mm:ss.fff "; })
        .SetMinimumLevel(parsed.GetValue(logLevel)));
    try
    {
        options.EnrollToken = EnrollTokenInput.Read(parsed.GetValue(enrollTokenFile), parsed.GetValue(token), loggers.CreateLogger("Drover.Agent"));
        // Read once; from now on no child process (no task) inherits them.
        SecretVariables.ScrubFromProcess();
        await new AgentHost(options, loggers).RunAsync(stopping);
        return 0;
    }
    catch (Exception e) when (e is ArgumentException or IOException or Drover.Agent.Connection.EnrollmentException)
    {
        loggers.CreateLogger("Drover.Agent").LogCritical("{Error}", e.Message);
        return 1;
    }
});

return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
