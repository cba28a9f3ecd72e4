namespace Drover.Agent.Tests.Running;

/// <summary>One value per character class COC allows in a parameter value, plus the values of issue 9.</summary>
internal static class CharacterClasses
{
    public static readonly string[] All =
    [
        "a b",                      // space
        "a  b",                     // two spaces (splitting would squeeze them)
        "*",                        // glob
        "?",                        // glob
        "#x",                       // comment
        "a\\",                      // trailing backslash (line joining)
        "\\",                       // backslash alone
        "C:\\Windows\\Temp",        // backslashes inside
        "[ab]",                     // bracket glob
        "{a,b}",                    // brace expansion
        "a=b",                      // assignment-looking
        "a,b",
        "a:b",
        "say \"x\"",                // double quote (COC allows it; Drover's server refuses it today)
        "a+b",
        "user@host",
        "/etc/passwd",
        "-rf",                      // option-looking
        "",                         // empty
        "a.tmp DIR/important.txt #", // issue 9: an added argument and a comment
    ];
}
