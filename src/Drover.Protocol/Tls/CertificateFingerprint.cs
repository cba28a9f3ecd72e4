using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Drover.Protocol.Tls;

/// <summary>
/// A certificate's SHA-256 fingerprint (of its DER bytes), the form operators compare and pin:
/// printed as upper-case hex pairs joined by colons, read with or without colons in any case.
/// </summary>
public static class CertificateFingerprint
{
    public static string Of(X509Certificate certificate) => Format(SHA256.HashData(certificate.GetRawCertData()));

    public static string Format(byte[] sha256) => Convert.ToHexString(sha256).Chunk(2).Select(p => new string(p)).Aggregate((a, b) => a + ":" + b);

    /// <summary>Reads an operator's fingerprint; throws <see cref="ArgumentException"/> naming <paramref name="option"/> when it is not 32 bytes of hex.</summary>
    public static byte[] Parse(string text, string option)
    {
        var hex = text.Trim().Replace(":", "", StringComparison.Ordinal);
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
        {
            throw new ArgumentException($"{option} '{text}' is not a SHA-256 fingerprint (64 hex digits, colons optional)");
        }
        return Convert.FromHexString(hex);
    }
}
