using System.Text.RegularExpressions;
using Drover.Server.Http;
using Drover.Server.Security.Access;
using Drover.Server.Security.Identity;

namespace Drover.Server.Security.Api;

/// <summary>The rules of identity fields, each refusal naming the field and the rule.</summary>
public static partial class IamRules
{
    [GeneratedRegex("^[A-Za-z0-9_.@-]{1,64}\\z")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex ProjectNamePattern();

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}\\z")]
    private static partial Regex PrefixPattern();

    public static string UserName(string? name) =>
        name is null ? throw CocError.Invalid("name", "required")
        : UserNamePattern().IsMatch(name) ? name
        : throw CocError.Invalid("name", "must be 1-64 letters, digits, '_', '-', '.' or '@'");

    public static string ProjectName(string? name) =>
        name is null ? throw CocError.Invalid("name", "required")
        : ProjectNamePattern().IsMatch(name) ? name
        : throw CocError.Invalid("name", "must be 1-64 letters, digits, '_' or '-'");

    public static string Password(string? password, string field = "password")
    {
        if (password is null) throw CocError.Invalid(field, "required");
        if (password.Length < Passwords.MinLength || password.Length > Passwords.MaxLength)
            throw CocError.Invalid(field, $"length must be between {Passwords.MinLength} and {Passwords.MaxLength}");
        return password;
    }

    public static ProjectRole Role(string? role) =>
        role is null ? throw CocError.Invalid("role", "required")
        : ProjectRoles.TryParse(role, out var r) ? r
        : throw CocError.Invalid("role", $"must be one of {ProjectRoles.Choices}");

    public static string ProjectId(string? id, string field = "project_id") =>
        id is null ? throw CocError.Invalid(field, "required")
        : ProjectScope.IsValidId(id) ? id
        : throw CocError.Invalid(field, "must be 1-64 letters, digits, '_' or '-'");

    public static string? ResourceIdPrefix(string? prefix) =>
        prefix is null || PrefixPattern().IsMatch(prefix) ? prefix
        : throw CocError.Invalid("resource_id_prefix", "must be 1-64 letters, digits, '_', '-', '.' or ':'");
}
