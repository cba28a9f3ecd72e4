using System.Text.Json;
using Drover.Server.Storage;

namespace Drover.Server.Security.Secrets;

/// <summary>
/// An execution's global values as kept in <c>GlobalsJson</c>: the secret ones (those that feed an HTTP step's headers or a sensitive
/// script parameter, <see cref="Engine.Jobs.ExecutionSecrets"/>) are sealed together under the key <see cref="SealedKey"/>, which no
/// input can be named (names are letters, digits, '_' and '-'). Rows written before that have them in clear, with no
/// such key: still read, and sealed once at start (<see cref="PlaintextSealing"/>).
/// </summary>
public sealed class SealedGlobals(SecretBox box)
{
    public const string SealedKey = "$sealed";

    public string Write(IReadOnlyDictionary<string, string> globals, IReadOnlySet<string> secret)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var hidden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in globals)
        {
            if (name == SealedKey) continue;
            (secret.Contains(name) ? hidden : kept)[name] = value;
        }
        // Written even when there is nothing to seal (then empty, so a replica needs no key to read it): its presence
        // says the row was written sealed, and PlaintextSealing skips it.
        kept[SealedKey] = hidden.Count == 0 ? "" : box.Seal(JsonSerializer.Serialize(hidden), SecretPurposes.ExecutionGlobals);
        return StorageJson.Write(kept);
    }

    /// <summary>Every global with its real value, and which of them are secret (were sealed).</summary>
    public (Dictionary<string, string> Values, IReadOnlySet<string> Secret) Open(string json)
    {
        var globals = StorageJson.Read<Dictionary<string, string>>(json);
        var secret = new HashSet<string>(StringComparer.Ordinal);
        if (globals.Remove(SealedKey, out var sealedValues) && sealedValues.Length > 0)
        {
            foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(box.Open(sealedValues, SecretPurposes.ExecutionGlobals))!)
            {
                globals[name] = value;
                secret.Add(name);
            }
        }
        return (globals, secret);
    }

    /// <summary>The text a row written sealed always holds (<see cref="SealedKey"/> as a JSON key).</summary>
    public static string SealedMarker => StorageJson.Write(SealedKey);
}
