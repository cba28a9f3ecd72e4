using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Drover.Cli;
using Drover.Protocol.Tls;
using Drover.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace Drover.IntegrationTests.Security;

/// <summary>
/// TLS on both ports (docs/security.md, "TLS"): the self-signed certificate Drover keeps, configured PEM files, agents
/// and the CLI that accept only the certificate they were told to, and plain http refused off loopback.
/// </summary>
public sealed class TlsTests
{
    private static string CertificateFile(TestDrover d) => Path.Combine(d.DataDir, "tls", "server.crt");

    private static string FingerprintOfFile(string pem) => CertificateFingerprint.Of(X509Certificate2.CreateFromPem(File.ReadAllText(pem)));

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes; Drover runs on Linux
    public async Task Https_on_both_ports_serves_a_self_signed_certificate_kept_private_in_the_data_dir()
    {
        await using var d = await TestDrover.StartTlsAsync();
        var dir = Path.Combine(d.DataDir, "tls");
        File.GetUnixFileMode(dir).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(Path.Combine(dir, "server.key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var fingerprint = FingerprintOfFile(CertificateFile(d));

        var (api, apiAlpn) = await HandshakeAsync(d.ApiUrl, SslApplicationProtocol.Http11);
        CertificateFingerprint.Of(api).ShouldBe(fingerprint);
        apiAlpn.ShouldBe(SslApplicationProtocol.Http11);
        var (agent, agentAlpn) = await HandshakeAsync(d.AgentUrl, SslApplicationProtocol.Http2, SslApplicationProtocol.Http11);
        CertificateFingerprint.Of(agent).ShouldBe(fingerprint);
        agentAlpn.ShouldBe(SslApplicationProtocol.Http2); // the agents' port stays HTTP/2 only

        var names = agent.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        names.EnumerateIPAddresses().Select(ip => ip.ToString()).ShouldBe(["127.0.0.1", "::1"], ignoreOrder: true);
        names.EnumerateDnsNames().ShouldContain("localhost");
        agent.GetECDsaPublicKey().ShouldNotBeNull();
        (await d.Api.GetAsync("/healthz")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task The_fingerprint_is_printed_on_every_start_and_a_restart_reuses_the_certificate()
    {
        var dir = Directory.CreateTempSubdirectory("drover-it-tls-").FullName;
        try
        {
            using var server = new ServerProcess(dir, "--agent-listen", $"https://127.0.0.1:{FreePort.Next()}");
            await server.StartAsync();
            var file = Path.Combine(dir, "tls", "server.crt");
            var line = $"Drover: TLS certificate {file}, SHA-256 fingerprint {FingerprintOfFile(file)}";
            server.Output.ShouldContain(line);
            var key = await File.ReadAllTextAsync(Path.Combine(dir, "tls", "server.key"));

            server.KillHard();
            await server.StartAsync();
            server.Output.Split('\n').Count(l => l.Contains(line)).ShouldBe(2, server.Output);
            (await File.ReadAllTextAsync(Path.Combine(dir, "tls", "server.key"))).ShouldBe(key);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task An_agent_pinned_by_fingerprint_connects_and_runs_a_script_ticket_over_tls()
    {
        await using var d = await TestDrover.StartTlsAsync();
        // Lower case and without colons: the form a copy from another tool may have.
        var pin = FingerprintOfFile(CertificateFile(d)).Replace(":", "").ToLowerInvariant();
        var hosts = await d.StartAgentAsync(d.Prefix + "-pinned", simulate: 2, configure: o => o.ServerFingerprint = pin);

        var script = await d.CreateScriptAsync("echo over tls");
        var uuid = await d.ExecuteAsync(script, [hosts]);
        await d.WaitForStatusAsync(uuid, "FINISHED");
        foreach (var inst in await d.InstancesAsync(uuid, 1))
        {
            inst!["message"]!.GetValue<string>().ShouldBe("over tls\n");
        }
    }

    [Fact]
    public async Task Agents_with_a_wrong_fingerprint_or_another_ca_never_come_online_and_log_why()
    {
        await using var d = await TestDrover.StartTlsAsync();
        using var stranger = TestCertificates.SelfSigned("127.0.0.1");
        using var otherCa = TestCertificates.Ca("Someone else's CA");
        var caFile = TestCertificates.WritePem(otherCa, Path.Combine(d.DataDir, "other-ca.pem"));
        var wrongPin = CertificateFingerprint.Of(stranger);
        var pinLogs = new Logs();
        var caLogs = new Logs();
        await d.StartAgentAsync(d.Prefix + "-wrong-pin", configure: o => o.ServerFingerprint = wrongPin, logs: pinLogs, waitOnline: false);
        await d.StartAgentAsync(d.Prefix + "-wrong-ca", configure: o => o.ServerCaFile = caFile, logs: caLogs, waitOnline: false);

        // Two refusals each take two dials, a backoff apart; a loaded full run has taken longer than 20 s for it. Said on a
        // time-out: what each agent had logged by then.
        await TestDrover.WaitUntilAsync(() => Task.FromResult(pinLogs.Errors.Count >= 2 && caLogs.Errors.Count >= 2),
            TimeSpan.FromSeconds(60), () => $"both agents to log refused certificates; the pinned one logged:\n{pinLogs.All}\nthe other:\n{caLogs.All}");
        var served = FingerprintOfFile(CertificateFile(d));
        pinLogs.Errors.First().ShouldContain($"SHA-256 {served}");
        pinLogs.Errors.First().ShouldContain($"expected a certificate with SHA-256 fingerprint {wrongPin}");
        caLogs.Errors.First().ShouldContain("does not chain to those CA certificates");
        caLogs.Errors.First().ShouldContain($"issued by a CA in {caFile}");

        var agents = (await d.GetDataAsync("/v1/agents?limit=100"))["data"]!.AsArray();
        agents.Select(a => a!["resource_id"]!.GetValue<string>()).ShouldNotContain(id => id.StartsWith(d.Prefix + "-wrong"));
        pinLogs.All.ShouldNotContain("connected (session");
        caLogs.All.ShouldNotContain("connected (session");
    }

    [Fact]
    public async Task The_cli_trusts_the_server_by_ca_file_or_fingerprint_and_otherwise_says_the_certificate_is_untrusted()
    {
        await using var d = await TestDrover.StartTlsAsync();
        var ca = CertificateFile(d);
        // The self-signed certificate is its own CA: the quickstart's way (--server-ca <data-dir>/tls/server.crt).
        var hosts = await d.StartAgentAsync(d.Prefix + "-ca", configure: o => o.ServerCaFile = ca);

        var withCa = await CliAsync(d, "--ca", ca, "agent", "list");
        withCa.Exit.ShouldBe(0, withCa.ToString());
        withCa.Out.ShouldContain(hosts[0]);
        var withPin = await CliAsync(d, "--fingerprint", FingerprintOfFile(ca), "agent", "list");
        withPin.Exit.ShouldBe(0, withPin.ToString());

        var without = await CliAsync(d, "agent", "list");
        without.Exit.ShouldBe(3, without.ToString()); // unreachable, as for any connection failure; not a crash
        without.Err.ShouldContain("TLS: refused the server's certificate");
        without.Err.ShouldContain("--ca FILE or --fingerprint SHA256");
        without.Err.ShouldNotContain("   at "); // no stack trace

        using var stranger = TestCertificates.SelfSigned("127.0.0.1");
        var wrongPin = await CliAsync(d, "--fingerprint", CertificateFingerprint.Of(stranger), "agent", "list");
        wrongPin.Exit.ShouldBe(3, wrongPin.ToString());
        wrongPin.Err.ShouldContain($"expected a certificate with SHA-256 fingerprint {CertificateFingerprint.Of(stranger)}");
    }

    [Theory]
    [InlineData("http://10.0.0.5:8080", "plain http is allowed on loopback only")]
    [InlineData("http://127.0.0.1:8080 --ca /tmp/ca.pem", "--ca needs an https:// server")]
    public async Task The_cli_refuses_plain_http_off_loopback_and_trust_options_without_tls(string server, string message)
    {
        var parts = server.Split(' ');
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["--server", parts[0], .. parts[1..], "agent", "list"], stdout, stderr);
        exit.ShouldBe(1, stderr.ToString());
        stderr.ToString().ShouldContain(message);
    }

    [Fact]
    public async Task Configured_pem_files_are_what_both_ports_serve()
    {
        using var ca = TestCertificates.Ca("Drover test CA");
        using var leaf = TestCertificates.RsaLeaf(ca, "localhost", "127.0.0.1");
        var dir = Directory.CreateTempSubdirectory("drover-it-pem-").FullName;
        var certFile = TestCertificates.WritePem(leaf, Path.Combine(dir, "drover.crt"));
        var keyFile = Path.Combine(dir, "drover.key");
        await File.WriteAllTextAsync(keyFile, leaf.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var caFile = TestCertificates.WritePem(ca, Path.Combine(dir, "ca.pem"));
        try
        {
            await using var d = await TestDrover.StartTlsAsync("--tls-cert", certFile, "--tls-key", keyFile);
            foreach (var url in new[] { d.ApiUrl, d.AgentUrl })
            {
                var (seen, _) = await HandshakeAsync(url, SslApplicationProtocol.Http2);
                CertificateFingerprint.Of(seen).ShouldBe(CertificateFingerprint.Of(leaf));
            }
            Directory.Exists(Path.Combine(d.DataDir, "tls")).ShouldBeFalse(); // no self-signed one was made

            var hosts = await d.StartAgentAsync(d.Prefix + "-pem", configure: o => o.ServerCaFile = caFile);
            var list = await CliAsync(d, "--ca", caFile, "agent", "list");
            list.Exit.ShouldBe(0, list.ToString());
            list.Out.ShouldContain(hosts[0]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("--listen")]
    [InlineData("--agent-listen")]
    public void Plain_http_on_a_non_loopback_address_is_refused_at_start(string option)
    {
        var dir = Directory.CreateTempSubdirectory("drover-it-refused-").FullName;
        try
        {
            var address = $"http://0.0.0.0:{FreePort.Next()}";
            string[] args =
            [
                "--listen", $"http://127.0.0.1:{FreePort.Next()}", "--agent-listen", $"http://127.0.0.1:{FreePort.Next()}",
                "--data-dir", dir, "--admin-token", TestDrover.Token, option, address,
            ];
            Should.Throw<InvalidOperationException>(() => DroverServer.Build(args)).Message
                .ShouldBe($"listen address {address}: plain http is allowed on loopback only; use https:// (see --tls-cert)");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed record Run(int Exit, string Out, string Err)
    {
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    private static async Task<Run> CliAsync(TestDrover d, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["--server", d.ApiUrl, .. args], stdout, stderr, environment: Cli.CliTests.TokenEnvironment(TestDrover.Token));
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>What certificate a TLS client is shown, and which application protocol the server chose.</summary>
    private static async Task<(X509Certificate2 Certificate, SslApplicationProtocol Alpn)> HandshakeAsync(string url, params SslApplicationProtocol[] alpn)
    {
        var uri = new Uri(url);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var ssl = new SslStream(tcp.GetStream());
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = uri.Host,
            ApplicationProtocols = [.. alpn],
            RemoteCertificateValidationCallback = (_, _, _, _) => true,
        });
        return (X509CertificateLoader.LoadCertificate(ssl.RemoteCertificate!.GetRawCertData()), ssl.NegotiatedApplicationProtocol);
    }

    /// <summary>An agent's log, kept to read what it said about the certificates it refused.</summary>
    private sealed class Logs : ILoggerFactory
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Text)> lines = new();

        public List<string> Errors => lines.Where(l => l.Level == LogLevel.Error).Select(l => l.Text).ToList();
        public string All => string.Join("\n", lines.Select(l => l.Text));

        public ILogger CreateLogger(string categoryName) => new Logger(lines);
        public void AddProvider(ILoggerProvider provider) { }
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
