namespace Drover.Server.Hosting;

/// <summary>
/// Where the server's configuration comes from, lowest precedence first: <c>&lt;data-dir&gt;/drover.json</c> (optional),
/// the file <c>--config</c> names (required when given), environment variables (<c>Drover__X</c>, and
/// <c>DROVER_ADMIN_TOKEN</c>), then the command line. Never the working directory: an <c>appsettings.json</c> left
/// wherever the server happens to be started must not be able to set its admin token.
/// </summary>
public static class ServerConfiguration
{
    public static readonly Dictionary<string, string> Switches = new()
    {
        ["--listen"] = "Drover:Listen",
        ["--agent-listen"] = "Drover:AgentListen",
        ["--data-dir"] = "Drover:DataDir",
        ["--database"] = "Drover:Database",
        ["--replica-name"] = "Drover:Cluster:Name",
        ["--cluster-port"] = "Drover:Cluster:Port",
        ["--cluster-address"] = "Drover:Cluster:Address",
        ["--admin-token"] = "Drover:Security:AdminToken",
        ["--admin-token-file"] = "Drover:Security:AdminTokenFile",
        ["--strict-coc-limits"] = "Drover:Limits:StrictCocLimits",
        ["--config"] = "Drover:Config",
        ["--tls-cert"] = "Drover:Tls:CertificateFile",
        ["--tls-key"] = "Drover:Tls:KeyFile",
        ["--log-format"] = "Drover:LogFormat",
    };

    /// <summary>Replaces the builder's default sources (which read the working directory) with Drover's.</summary>
    public static void Apply(ConfigurationManager configuration, string[] args)
    {
        configuration.Sources.Clear();
        // First pass: the command line and environment say where the data dir and the config file are.
        var early = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args, Switches).Build();
        var dataDir = Path.GetFullPath(early["Drover:DataDir"] ?? new ServerOptions().DataDir);
        configuration.AddJsonFile(Path.Combine(dataDir, "drover.json"), optional: true, reloadOnChange: false);
        if (early["Drover:Config"] is { Length: > 0 } file)
        {
            var path = Path.GetFullPath(file);
            if (!File.Exists(path)) throw new InvalidOperationException($"--config {file}: no such file");
            configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        }
        configuration.AddEnvironmentVariables();
        if (Environment.GetEnvironmentVariable("DROVER_ADMIN_TOKEN") is { Length: > 0 } token)
            configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Drover:Security:AdminToken", token)]);
        configuration.AddCommandLine(args, Switches);
    }

    /// <summary>Whether a secret was given on the command line, where every local user can read it (/proc/PID/cmdline).</summary>
    public static bool SecretOnCommandLine(string[] args) =>
        args.Any(a => a == "--admin-token" || a.StartsWith("--admin-token=", StringComparison.Ordinal)
                      || a.StartsWith("--Drover:Security:AdminToken", StringComparison.OrdinalIgnoreCase)
                      || a.StartsWith("--Drover:Security:SecretKey", StringComparison.OrdinalIgnoreCase));
}
