using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drover.Server.Http;

/// <summary>COC's JSON conventions: snake_case names, numbers accepted as strings (COC's own examples send "1").</summary>
public static class CocJson
{
    public static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        o.ReadCommentHandling = JsonCommentHandling.Disallow;
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        o.Converters.Add(new JsonText.Strings());
        o.Converters.Add(new JsonText.Elements());
    }

    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions();
        Configure(o);
        return o;
    }
}
