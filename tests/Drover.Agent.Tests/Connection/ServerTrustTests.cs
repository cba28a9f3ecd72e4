using System.Net.Security;
using Drover.Agent.Connection;
using Drover.Protocol.Tls;
using Microsoft.Extensions.Logging;

namespace Drover.Agent.Tests.Connection;

/// <summary>Which server certificates the agent accepts (<c>--server-fingerprint</c>, <c>--server-ca</c>, neither) and which addresses it refuses to dial.</summary>
public sealed class ServerTrustTests : IDisposable
{
    private const SslPolicyErrors Untrusted = SslPolicyErrors.RemoteCertificateChainErrors;
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private static ServerCertificateTrust Trust(string server, string? ca = null, string? fingerprint = null) =>
        ServerTrust.For(new AgentOptions { Server = server, ServerCaFile = ca, ServerFingerprint = fingerprint })!;

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void A_fingerprint_in_either_case_with_or_without_colons_accepts_that_certificate_only(bool colons, bool lower)
    {
        using var pinned = TestCertificates.SelfSigned("other-name");
        using var other = TestCertificates.SelfSigned("127.0.0.1");
        var text = CertificateFingerprint.Of(pinned);
        if (!colons) text = text.Replace(":", "");
        if (lower) text = text.ToLowerInvariant();
        var trust = Trust("https://127.0.0.1:8081", fingerprint: text);

        // Pinning is the trust: an untrusted chain and another name do not matter.
        trust.Refusal(pinned, null, Untrusted | SslPolicyErrors.RemoteCertificateNameMismatch).ShouldBeNull();
        var refusal = trust.Refusal(other, null, SslPolicyErrors.None);
        refusal.ShouldNotBeNull();
        refusal.ShouldContain(CertificateFingerprint.Of(other));
        refusal.ShouldContain($"expected a certificate with SHA-256 fingerprint {CertificateFingerprint.Of(pinned)}");
    }

    [Fact]
    public void A_ca_file_accepts_leaves_it_issued_for_the_name_dialled_and_nothing_else()
    {
        using var ca = TestCertificates.Ca("Drover test CA");
        using var otherCa = TestCertificates.Ca("Someone else's CA");
        using var leaf = TestCertificates.Leaf(ca, "127.0.0.1");
        using var stranger = TestCertificates.Leaf(otherCa, "127.0.0.1");
        using var selfSigned = TestCertificates.SelfSigned("127.0.0.1");
        var caFile = TestCertificates.WritePem(ca, Path.Combine(dir.Path, "ca.pem"));
        var trust = Trust("https://127.0.0.1:8081", ca: caFile);

        // The system does not know the CA (chain errors); the CA file decides.
        trust.Refusal(leaf, null, Untrusted).ShouldBeNull();
        trust.Refusal(stranger, null, Untrusted)!.ShouldContain($"issued by a CA in {caFile}");
        trust.Refusal(selfSigned, null, Untrusted).ShouldNotBeNull();
        trust.Refusal(leaf, null, Untrusted | SslPolicyErrors.RemoteCertificateNameMismatch)!.ShouldContain("not issued for the host name");
    }

    [Fact]
    public void A_ca_file_may_hold_several_roots()
    {
        using var first = TestCertificates.Ca("first");
        using var second = TestCertificates.Ca("second");
        using var leaf = TestCertificates.Leaf(second, "localhost");
        var caFile = Path.Combine(dir.Path, "roots.pem");
        File.WriteAllText(caFile, first.ExportCertificatePem() + "\n" + second.ExportCertificatePem() + "\n");

        Trust("https://localhost:8081", ca: caFile).Refusal(leaf, null, Untrusted).ShouldBeNull();
    }

    [Fact]
    public void With_neither_the_system_decides()
    {
        using var cert = TestCertificates.SelfSigned("127.0.0.1");
        var trust = Trust("https://127.0.0.1:8081");
        trust.Refusal(cert, null, SslPolicyErrors.None).ShouldBeNull();
        trust.Refusal(cert, null, Untrusted)!.ShouldContain("--server-ca FILE or --server-fingerprint SHA256");
    }

    [Fact]
    public void A_refused_certificate_is_logged_as_an_error_naming_what_was_expected()
    {
        using var pinned = TestCertificates.SelfSigned("a");
        using var presented = TestCertificates.SelfSigned("b");
        var logs = new RecordingLoggers();
        var callback = ServerTrust.Callback(Trust("https://127.0.0.1:8081", fingerprint: CertificateFingerprint.Of(pinned)), logs.CreateLogger("t"))!;

        callback(this, presented, null, SslPolicyErrors.None).ShouldBeFalse();
        callback(this, pinned, null, Untrusted).ShouldBeTrue();

        var line = logs.Lines.ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Error);
        line.Text.ShouldContain($"expected a certificate with SHA-256 fingerprint {CertificateFingerprint.Of(pinned)}");
    }

    [Theory]
    [InlineData("http://127.0.0.1:8081")]
    [InlineData("http://127.1.2.3:8081")]
    [InlineData("http://[::1]:8081")]
    [InlineData("http://LOCALHOST:8081")]
    public void Plain_http_is_allowed_on_loopback(string server) =>
        ServerTrust.For(new AgentOptions { Server = server }).ShouldBeNull();

    [Theory]
    [InlineData("http://10.0.0.5:8081", null, null, "plain http is allowed on loopback only")]
    [InlineData("http://drover.example:8081", null, null, "plain http is allowed on loopback only")]
    [InlineData("http://127.0.0.1:8081", null, "AB", "--server-fingerprint needs an https:// server")]
    [InlineData("http://127.0.0.1:8081", "ca.pem", null, "--server-ca needs an https:// server")]
    [InlineData("https://127.0.0.1:8081", "ca.pem", "AB", "give --server-ca or --server-fingerprint, not both")]
    [InlineData("https://127.0.0.1:8081", null, "AB:CD", "--server-fingerprint 'AB:CD' is not a SHA-256 fingerprint")]
    [InlineData("https://127.0.0.1:8081", "/nonexistent/ca.pem", null, "--server-ca /nonexistent/ca.pem: cannot read it")]
    public void The_agent_refuses_to_start_with_broken_rules(string server, string? ca, string? fingerprint, string message)
    {
        var options = new AgentOptions { Server = server, ServerCaFile = ca, ServerFingerprint = fingerprint, JournalDirectory = dir.Path };
        Should.Throw<ArgumentException>(() => new AgentHost(options, new RecordingLoggers())).Message.ShouldContain(message);
    }

    [Fact]
    public void A_ca_file_without_certificates_is_refused()
    {
        var empty = Path.Combine(dir.Path, "empty.pem");
        File.WriteAllText(empty, "not a certificate\n");
        Should.Throw<ArgumentException>(() => Trust("https://127.0.0.1:8081", ca: empty)).Message.ShouldContain("holds no PEM certificate");
    }
}
