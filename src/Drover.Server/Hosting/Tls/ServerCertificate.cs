using System.Security.Cryptography.X509Certificates;
using Drover.Protocol.Tls;

namespace Drover.Server.Hosting.Tls;

/// <summary>
/// The certificate the https listen addresses serve: the configured PEM pair, else Drover's own self-signed one.
/// Its fingerprint is printed on every start, because that is what an operator pins agents and the CLI to.
/// </summary>
public sealed record ServerCertificate(X509Certificate2 Certificate, string File, string Fingerprint)
{
    /// <summary>Null when no listen address is https (nothing to serve).</summary>
    public static ServerCertificate? Resolve(TlsOptions tls, string dataDir, IReadOnlyList<string> listenAddresses, TextWriter console)
    {
        var hasCert = !string.IsNullOrWhiteSpace(tls.CertificateFile);
        var hasKey = !string.IsNullOrWhiteSpace(tls.KeyFile);
        if (hasCert != hasKey)
        {
            throw new InvalidOperationException("--tls-cert and --tls-key go together: give both (or neither, for a self-signed certificate)");
        }
        if (!listenAddresses.Any(ListenAddress.IsHttps))
        {
            if (hasCert)
            {
                console.WriteLine("Drover: --tls-cert is set but no listen address is https://; it is not used");
            }
            return null;
        }
        var (certificate, file) = hasCert
            ? (PemCertificate.Load(tls.CertificateFile!, tls.KeyFile!), Path.GetFullPath(tls.CertificateFile!))
            : SelfSignedCertificate.LoadOrCreate(Path.Combine(dataDir, "tls"),
                listenAddresses.Select(ListenAddress.SpecificHost).OfType<string>());
        var found = new ServerCertificate(certificate, file, CertificateFingerprint.Of(certificate));
        console.WriteLine($"Drover: TLS certificate {found.File}, SHA-256 fingerprint {found.Fingerprint}");
        return found;
    }
}
