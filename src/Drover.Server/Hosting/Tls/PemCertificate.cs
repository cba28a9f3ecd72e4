using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Drover.Server.Hosting.Tls;

/// <summary>Reads a PEM certificate and its key into a certificate Kestrel can serve.</summary>
public static class PemCertificate
{
    public static X509Certificate2 Load(string certificateFile, string keyFile)
    {
        try
        {
            using var pem = X509Certificate2.CreateFromPemFile(certificateFile, keyFile);
            // A PEM key is an ephemeral key; SslStream on some platforms needs one from a PKCS#12 store, so re-import.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"TLS certificate {certificateFile} with key {keyFile}: cannot load it as a PEM certificate and key ({e.Message})", e);
        }
    }
}
