using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Drover.Protocol.Tls;

/// <summary>
/// Which certificate a client (the agent, the CLI) accepts from the Drover server: one pinned by its SHA-256
/// fingerprint, one issued by the operator's own CA file, or, with neither, one the system trusts. Shared so the
/// agent and the CLI apply exactly the same rules.
/// </summary>
public sealed class ServerCertificateTrust
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    private readonly byte[]? pin;
    private readonly X509Certificate2Collection? roots;

    private ServerCertificateTrust(byte[]? pin, X509Certificate2Collection? roots, string expected)
    {
        this.pin = pin;
        this.roots = roots;
        Expected = expected;
    }

    /// <summary>What this trust accepts, in words for a log line.</summary>
    public string Expected { get; }

    /// <summary>
    /// Checks the address against the options and reads them; null for a plain http server (loopback only), which has
    /// no certificate to check. Throws <see cref="ArgumentException"/> with the rule broken.
    /// </summary>
    public static ServerCertificateTrust? For(Uri server, string? caFile, string? fingerprint, string caOption, string fingerprintOption)
    {
        var hasCa = !string.IsNullOrWhiteSpace(caFile);
        var hasPin = !string.IsNullOrWhiteSpace(fingerprint);
        if (server.Scheme == Uri.UriSchemeHttp)
        {
            if (!LoopbackHost.Is(server.Host))
            {
                throw new ArgumentException($"server {server}: plain http is allowed on loopback only; use https://");
            }
            if (hasCa || hasPin)
            {
                throw new ArgumentException($"{(hasCa ? caOption : fingerprintOption)} needs an https:// server, not {server}");
            }
            return null;
        }
        if (hasCa && hasPin)
        {
            throw new ArgumentException($"give {caOption} or {fingerprintOption}, not both");
        }
        if (hasPin)
        {
            var bytes = CertificateFingerprint.Parse(fingerprint!, fingerprintOption);
            return new(bytes, null, $"a certificate with SHA-256 fingerprint {CertificateFingerprint.Format(bytes)} ({fingerprintOption})");
        }
        if (hasCa)
        {
            return new(null, ReadRoots(caFile!, caOption), $"a certificate for {server.Host} issued by a CA in {caFile} ({caOption})");
        }
        return new(null, null, $"a certificate for {server.Host} the system trusts (or give {caOption} FILE or {fingerprintOption} SHA256)");
    }

    /// <summary>For <c>SslClientAuthenticationOptions</c>; <paramref name="refused"/> hears why a certificate was refused.</summary>
    public RemoteCertificateValidationCallback Callback(Action<string> refused) => (_, certificate, chain, errors) =>
    {
        var refusal = Refusal(certificate, chain, errors);
        if (refusal is not null)
        {
            refused(refusal);
        }
        return refusal is null;
    };

    /// <summary>Null when the certificate is accepted, else a sentence saying what was presented and what was expected.</summary>
    public string? Refusal(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return $"the server presented no certificate; expected {Expected}";
        }
        var why = Problem(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()), chain, errors);
        return why is null
            ? null
            : $"refused the server's certificate ({certificate.Subject}, SHA-256 {CertificateFingerprint.Of(certificate)}): {why}; expected {Expected}";
    }

    private string? Problem(X509Certificate2 leaf, X509Chain? presented, SslPolicyErrors errors)
    {
        if (pin is not null)
        {
            // Pinning is the whole trust: the name and the chain do not matter, the exact certificate does.
            return SHA256.HashData(leaf.RawData).AsSpan().SequenceEqual(pin) ? null : "its fingerprint differs";
        }
        if (roots is null)
        {
            return errors == SslPolicyErrors.None ? null : $"the system does not trust it ({errors})";
        }
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return "it is not issued for the host name dialled";
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        // Drover's own CA publishes no revocation lists; an operator rotates by replacing files.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ServerAuthentication));
        // Intermediates the server sent along, to build the path to one of the roots.
        for (var i = 1; i < (presented?.ChainElements.Count ?? 0); i++)
        {
            chain.ChainPolicy.ExtraStore.Add(presented!.ChainElements[i].Certificate);
        }
        if (chain.Build(leaf))
        {
            return null;
        }
        var status = chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct();
        return $"it does not chain to those CA certificates ({string.Join("; ", status)})";
    }

    private static X509Certificate2Collection ReadRoots(string file, string option)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new ArgumentException($"{option} {file}: cannot read it as PEM certificates ({e.Message})", e);
        }
        return roots.Count > 0 ? roots : throw new ArgumentException($"{option} {file}: holds no PEM certificate");
    }
}
