namespace Drover.Server.Hosting.Tls;

/// <summary><c>Drover:Tls</c>: the certificate the https listen addresses serve (<c>--tls-cert</c>, <c>--tls-key</c>).</summary>
public sealed class TlsOptions
{
    /// <summary>PEM certificate (its first certificate is served; clients trust it or its CA). Null: a self-signed one in the data directory.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>PEM private key (RSA or ECDSA, PKCS#8 or PKCS#1/SEC1) of <see cref="CertificateFile"/>.</summary>
    public string? KeyFile { get; set; }
}
