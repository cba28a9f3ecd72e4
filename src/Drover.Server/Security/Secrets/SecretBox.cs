using System.Security.Cryptography;
using System.Text;

namespace Drover.Server.Security.Secrets;

/// <summary>
/// Seals secrets kept at rest with AES-256-GCM: <c>v1.&lt;key id&gt;.&lt;base64 nonce|ciphertext|tag&gt;</c>. The key id
/// (the first 8 hex digits of the key's SHA-256) says which key opens a value, so keys can be rotated: the current key
/// seals, previous ones still open. The purpose string is authenticated with the value, so a value sealed for one use
/// (an access key's secret) cannot be replayed into another.
/// </summary>
public sealed class SecretBox
{
    private const int NonceBytes = 12, TagBytes = 16;
    private readonly byte[] current;
    private readonly string currentId;
    private readonly Dictionary<string, byte[]> keys = new(StringComparer.Ordinal);

    public SecretBox(byte[] currentKey, IEnumerable<byte[]>? previousKeys = null)
    {
        if (currentKey.Length != 32) throw new ArgumentException("the secret key must be 32 bytes");
        current = currentKey;
        currentId = IdOf(currentKey);
        keys[currentId] = currentKey;
        foreach (var k in previousKeys ?? [])
        {
            if (k.Length != 32) throw new ArgumentException("a previous secret key must be 32 bytes");
            keys.TryAdd(IdOf(k), k);
        }
    }

    public string Seal(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(current, TagBytes);
        gcm.Encrypt(nonce, plain, output.AsSpan(NonceBytes, plain.Length), output.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(purpose));
        return $"v1.{currentId}.{Convert.ToBase64String(output)}";
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> for a value no known key opens or that was altered.</summary>
    public string Open(string sealedValue, string purpose)
    {
        var parts = sealedValue.Split('.', 3);
        if (parts.Length != 3 || parts[0] != "v1" || !keys.TryGetValue(parts[1], out var key))
            throw new CryptographicException("sealed by an unknown key (is Drover:Security:SecretKey the one that sealed it?)");
        var data = Convert.FromBase64String(parts[2]);
        if (data.Length < NonceBytes + TagBytes) throw new CryptographicException("sealed value too short");
        var plain = new byte[data.Length - NonceBytes - TagBytes];
        using var gcm = new AesGcm(key, TagBytes);
        gcm.Decrypt(data.AsSpan(0, NonceBytes), data.AsSpan(NonceBytes, plain.Length), data.AsSpan(NonceBytes + plain.Length), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    private static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];
}
