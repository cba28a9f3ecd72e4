using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Drover.Server.Hosting.Tls;

/// <summary>
/// The certificate Drover makes for itself when https is asked for and none is configured: ECDSA P-256, created once in
/// <c>&lt;data-dir&gt;/tls/</c> and reused on every later start, so the fingerprint agents pin stays the same.
/// </summary>
public static class SelfSignedCertificate
{
    public const string CertificateName = "server.crt";
    public const string KeyName = "server.key";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(10 * 365);

    /// <summary>The certificate in <paramref name="directory"/>, created first if absent (for <paramref name="hosts"/> and the local names).</summary>
    public static (X509Certificate2 Certificate, string CertificateFile) LoadOrCreate(string directory, IEnumerable<string> hosts)
    {
        var certFile = Path.Combine(directory, CertificateName);
        var keyFile = Path.Combine(directory, KeyName);
        if (!File.Exists(certFile) || !File.Exists(keyFile))
        {
            Create(directory, certFile, keyFile, hosts);
        }
        return (PemCertificate.Load(certFile, keyFile), certFile);
    }

    private static void Create(string directory, string certFile, string keyFile, IEnumerable<string> hosts)
    {
        // The key is the server's identity: only the server's user may read it, from the first byte written.
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=Drover server {Environment.MachineName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(Names(hosts));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now + Lifetime);

        WritePrivate(keyFile, key.ExportPkcs8PrivateKeyPem());
        // The certificate is written last and whole (rename): its presence means the pair is complete.
        File.WriteAllText(certFile + ".tmp", certificate.ExportCertificatePem() + "\n");
        File.Move(certFile + ".tmp", certFile, overwrite: true);
    }

    private static X509Extension Names(IEnumerable<string> hosts)
    {
        var names = new SubjectAlternativeNameBuilder();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var host in new[] { "localhost", "127.0.0.1", "::1", Dns.GetHostName() }.Concat(hosts))
        {
            var bare = host.Trim('[', ']');
            if (bare.Length == 0 || !seen.Add(bare))
            {
                continue;
            }
            if (IPAddress.TryParse(bare, out var ip))
            {
                names.AddIpAddress(ip);
            }
            else
            {
                names.AddDnsName(bare);
            }
        }
        return names.Build();
    }

    private static void WritePrivate(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var file = new StreamWriter(path, options))
        {
            file.Write(text);
            file.Write('\n');
        }
        if (!OperatingSystem.IsWindows())
        {
            // A key file left over with wider modes (UnixCreateMode applies to new files only) is narrowed too.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
