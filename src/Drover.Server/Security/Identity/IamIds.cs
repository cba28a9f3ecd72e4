using System.Security.Cryptography;

namespace Drover.Server.Security.Identity;

/// <summary>Ids of projects and users as Huawei IAM shapes them (32 lowercase hex digits), and access keys (20 upper-case letters and digits).</summary>
public static class IamIds
{
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string NewAccessKey() => "DRV" + RandomNumberGenerator.GetString(KeyAlphabet, 17);
}
