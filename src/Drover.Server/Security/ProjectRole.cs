namespace Drover.Server.Security;

/// <summary>A user's role in one project; each includes the ones below it.</summary>
public enum ProjectRole
{
    Viewer = 1,
    Operator = 2,
    Admin = 3,
}

public static class ProjectRoles
{
    public const string Choices = "admin, operator, viewer";

    public static string ToWire(this ProjectRole role) => role switch
    {
        ProjectRole.Viewer => "viewer",
        ProjectRole.Operator => "operator",
        ProjectRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out ProjectRole role)
    {
        (var ok, role) = text switch
        {
            "viewer" => (true, ProjectRole.Viewer),
            "operator" => (true, ProjectRole.Operator),
            "admin" => (true, ProjectRole.Admin),
            _ => (false, default),
        };
        return ok;
    }
}
