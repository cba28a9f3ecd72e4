using Drover.Server.Storage;
using Microsoft.AspNetCore.Identity;

namespace Drover.Server.Security.Identity;

/// <summary>Passwords as ASP.NET Core Identity keeps them: PBKDF2-HMAC-SHA512, 100,000 iterations, a random salt each.</summary>
public static class Passwords
{
    private static readonly PasswordHasher<UserRow> Hasher = new();

    /// <summary>Verified against when the user does not exist, so an unknown name costs as long as a wrong password.</summary>
    private static readonly string Decoy = Hasher.HashPassword(null!, "decoy password never matched");

    public const int MinLength = 8, MaxLength = 128;

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(UserRow? user, string password)
    {
        var result = Hasher.VerifyHashedPassword(null!, user?.PasswordHash ?? Decoy, password);
        return user is not null && result is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
    }
}
