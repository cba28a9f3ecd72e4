using System.Reflection;
using System.Text.RegularExpressions;
using Drover.Domain.Scripts.Risk;

namespace Drover.Domain.Tests.Scripts;

/// <summary>
/// The risk check reads each line through two helpers before its rules run (the text arguments of echo/grep/..., the
/// command a Python line hands to a shell). A regex match timeout is wall-clock time: on a loaded host a thread not
/// scheduled for 100 ms threw RegexMatchTimeoutException out of a script's create, a 500. Their regexes are linear
/// (NonBacktracking) and have no timeout to hit; only the rules themselves time out, and RiskRules handles that.
/// </summary>
public class RiskReadingTimeoutTests
{
    public static TheoryData<string> Readers => new() { "Drover.Domain.Scripts.Risk.TextArguments", "Drover.Domain.Scripts.Risk.PythonCommands" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_line_reader_cannot_time_out(string typeName)
    {
        var type = typeof(RiskRules).Assembly.GetType(typeName, throwOnError: true)!;
        var regexes = type.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0)
            .Select(m => (m.Name, Regex: (Regex)m.Invoke(null, null)!)).ToList();
        regexes.ShouldNotBeEmpty();
        foreach (var (name, regex) in regexes)
        {
            regex.MatchTimeout.ShouldBe(Regex.InfiniteMatchTimeout, $"{typeName}.{name}");
            regex.Options.HasFlag(RegexOptions.NonBacktracking).ShouldBeTrue($"{typeName}.{name} must be linear to go without a timeout");
        }
    }
}
