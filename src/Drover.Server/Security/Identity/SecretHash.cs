using System.Security.Cryptography;
using System.Text;

namespace Drover.Server.Security.Identity;

/// <summary>
/// How random secrets Drover issues (tokens, enrollment tokens, agent credentials) are stored: their SHA-256. They carry
/// 256 bits of entropy, so a fast hash is as good as a slow one, and a lookup by hash needs no secret comparison at all.
/// </summary>
public static class SecretHash
{
    public static string Of(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
