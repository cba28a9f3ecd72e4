using System.Security.Cryptography;
using System.Text;

namespace Drover.Server.Security.Identity;

/// <summary>The bootstrap admin secret (configuration only, never the database), compared in constant time.</summary>
public sealed class BootstrapSecret(string value)
{
    private readonly byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));

    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
