using System.Text.Json;

namespace Drover.Server.Storage;

/// <summary>JSON kept inside columns (parameters, reviewers, IPs): our own shape, independent of the wire.</summary>
public static class StorageJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"stored JSON is null where {typeof(T).Name} was expected");
}
