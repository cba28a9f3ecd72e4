using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Drover.Agent.Journal;

/// <summary>Turns ids that come from elsewhere (resource ids, dispatch ids) into names safe for one path segment.</summary>
internal static partial class SafeFileName
{
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\\z")]
    private static partial Regex Plain();

    public static string For(string id) =>
        Plain().IsMatch(id) ? id : "x-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];
}
