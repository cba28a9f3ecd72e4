namespace Drover.Server.Http;

/// <summary>
/// No stored text may hold U+0000: PostgreSQL refuses it in text columns, so a NUL from a client would surface as a 500
/// there and not on SQLite. It is refused at the door, in queries, paths and JSON bodies alike (<see cref="JsonText"/>), naming the field.
/// </summary>
public static class NulCharacters
{
    public const string Rule = "must not contain the NUL character (\\u0000)";

    public static void RejectIn(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0') == true) throw CocError.Invalid("path", Rule);
        foreach (var (name, values) in request.Query)
        {
            if (name.Contains('\0')) throw CocError.Invalid("query", Rule);
            foreach (var v in values)
                if (v?.Contains('\0') == true) throw CocError.Invalid(name, Rule);
        }
    }
}
