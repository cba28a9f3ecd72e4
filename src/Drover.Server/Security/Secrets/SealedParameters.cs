using System.Text.Json.Serialization;
using Drover.Domain.Scripts;
using Drover.Server.Storage;

namespace Drover.Server.Security.Secrets;

/// <summary>
/// Script parameters as kept in <c>ParamsJson</c> (scripts and tickets): a sensitive value is sealed into
/// <c>sealed</c> and its <c>value</c> left empty. Reads that only show parameters (<see cref="Shown"/>) never open
/// them; only what needs the value (the agent's task, masking output, execute's "keep the script's value") does.
/// Rows written before values were sealed have a plain <c>value</c> and no <c>sealed</c>: still read, and sealed once
/// at start (<see cref="PlaintextSealing"/>).
/// </summary>
public sealed class SealedParameters(SecretBox box)
{
    public string Write(IEnumerable<ScriptParameter> parameters) => StorageJson.Write(parameters.Select(p => p.Sensitive
        ? new StoredParameter(p.Name, "", p.Description, true, box.Seal(p.Value, SecretPurposes.ScriptParameter))
        : new StoredParameter(p.Name, p.Value, p.Description, false, null)).ToList());

    /// <summary>Every parameter with its real value.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A value no configured key opens.</exception>
    public IReadOnlyList<ScriptParameter> Open(string json) => Read(json)
        .Select(p => new ScriptParameter(p.Name, p.Sealed is { } s ? box.Open(s, SecretPurposes.ScriptParameter) : p.Value, p.Description, p.Sensitive))
        .ToList();

    /// <summary>The values to mask in a ticket's output: its sensitive parameters' values.</summary>
    public IReadOnlyList<string> SensitiveValues(string json) =>
        Open(json).Where(p => p.Sensitive && p.Value.Length > 0).Select(p => p.Value).ToList();

    /// <summary>The parameters as the API shows them: sensitive values as COC's 17-asterisk mask, nothing opened.</summary>
    public static IReadOnlyList<ScriptParameter> Shown(string json) => Read(json)
        .Select(p => new ScriptParameter(p.Name, p.Sensitive ? ParameterRules.MaskedValue : p.Value, p.Description, p.Sensitive))
        .ToList();

    /// <summary>Whether a sensitive value is still kept in clear (written before values were sealed).</summary>
    public static bool HasPlaintext(string json) => Read(json).Any(p => p.Sensitive && p.Sealed is null);

    private static List<StoredParameter> Read(string json) => StorageJson.Read<List<StoredParameter>>(json);

    private sealed record StoredParameter(
        string Name, string Value, string Description, bool Sensitive,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sealed);
}
