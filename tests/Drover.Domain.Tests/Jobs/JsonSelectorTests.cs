using System.Text.Json;
using Drover.Domain.Jobs;

namespace Drover.Domain.Tests.Jobs;

public class JsonSelectorTests
{
    private const string Doc = """
        {
          "servers": [ {"id": "s1", "ip": "10.0.0.1"}, {"id": "s2", "ip": "10.0.0.2"}, {"id": "s3", "ip": null} ],
          "count": 3,
          "price": 1.50,
          "ok": true,
          "off": false,
          "none": null,
          "name": "中文 \"quoted\"",
          "key with space": {"x": 1},
          "a": {"b": {"c": "deep"}},
          "my-key": "dash",
          "": "empty key",
          "matrix": [[1, 2], [3, 4]]
        }
        """;

    private static string Select(string selector)
    {
        using var doc = JsonDocument.Parse(Doc);
        JsonSelector.TrySelect(doc.RootElement, selector, out var value, out var error).ShouldBeTrue(error);
        error.ShouldBeNull();
        return value;
    }

    private static string Fail(string selector, string json = Doc)
    {
        using var doc = JsonDocument.Parse(json);
        JsonSelector.TrySelect(doc.RootElement, selector, out var value, out var error).ShouldBeFalse();
        value.ShouldBe("");
        return error.ShouldNotBeNull();
    }

    [Fact]
    public void Dot_selects_the_whole_document_as_compact_json()
    {
        using var doc = JsonDocument.Parse("""{ "a" : [ 1, 2 ], "b" : "x" }""");
        JsonSelector.TrySelect(doc.RootElement, ".", out var value, out _).ShouldBeTrue();
        value.ShouldBe("""{"a":[1,2],"b":"x"}""");
    }

    [Theory]
    [InlineData(".count", "3")]
    [InlineData(".price", "1.50")]
    [InlineData(".ok", "true")]
    [InlineData(".off", "false")]
    [InlineData(".none", "null")]
    [InlineData(".name", "中文 \"quoted\"")]
    [InlineData(".a.b.c", "deep")]
    [InlineData(".a.b", """{"c":"deep"}""")]
    [InlineData(".servers[0].id", "s1")]
    [InlineData(".servers[2].ip", "null")]
    [InlineData(".servers[-1].id", "s3")]
    [InlineData(".servers[-3].id", "s1")]
    [InlineData(".servers[1]", """{"id":"s2","ip":"10.0.0.2"}""")]
    [InlineData(".matrix[1][0]", "3")]
    [InlineData(".matrix[-1]", "[3,4]")]
    [InlineData(""".["key with space"]""", """{"x":1}""")]
    [InlineData(""".["key with space"].x""", "1")]
    [InlineData("""."key with space".x""", "1")]
    [InlineData(""".["my-key"]""", "dash")]
    [InlineData(""".a["b"]["c"]""", "deep")]
    [InlineData(""".["\u006d\u0079-key"]""", "dash")]
    [InlineData(""".[""]""", "empty key")]
    [InlineData(".servers.[0].id", "s1")]
    [InlineData("  .count  ", "3")]
    public void Selects_values_as_text(string selector, string expected) => Select(selector).ShouldBe(expected);

    [Fact]
    public void Whole_array_and_name_with_digits_and_underscores()
    {
        using var doc = JsonDocument.Parse("""[ {"_id_2": 7} ]""");
        JsonSelector.TrySelect(doc.RootElement, ".[0]._id_2", out var value, out _).ShouldBeTrue();
        value.ShouldBe("7");
        JsonSelector.TrySelect(doc.RootElement, ".", out value, out _).ShouldBeTrue();
        value.ShouldBe("""[{"_id_2":7}]""");
    }

    [Fact]
    public void Compact_json_keeps_non_ascii_readable() => Select(".").ShouldContain("中文");

    [Theory]
    [InlineData(".servers[3]", "selector .servers[3]: index 3 out of range (3 items)")]
    [InlineData(".servers[-4]", "selector .servers[-4]: index -4 out of range (3 items)")]
    [InlineData(".servers[3].id", "selector .servers[3].id: index 3 out of range (3 items) (at .servers[3])")]
    [InlineData(".missing", "selector .missing: no key \"missing\"")]
    [InlineData(".a.x.c", "selector .a.x.c: no key \"x\" (at .a.x)")]
    [InlineData(""".["no such"]""", "selector .[\"no such\"]: no key \"no such\"")]
    [InlineData(".count.x", "selector .count.x: \"x\" needs an object, found a number")]
    [InlineData(".servers.id", "selector .servers.id: \"id\" needs an object, found an array")]
    [InlineData(".name[0]", "selector .name[0]: [0] needs an array, found a string")]
    [InlineData(".a[0]", "selector .a[0]: [0] needs an array, found an object")]
    [InlineData(".none.x", "selector .none.x: \"x\" needs an object, found null")]
    [InlineData(".ok[1]", "selector .ok[1]: [1] needs an array, found a boolean")]
    public void Names_the_segment_that_did_not_match(string selector, string expected) =>
        Fail(selector).ShouldBe(expected);

    [Fact]
    public void Index_into_an_empty_or_single_array()
    {
        Fail(".[0]", "[]").ShouldBe("selector .[0]: index 0 out of range (0 items)");
        Fail(".[1]", "[5]").ShouldBe("selector .[1]: index 1 out of range (1 item)");
    }

    [Fact]
    public void An_undefined_root_is_an_error_not_a_crash()
    {
        JsonSelector.TrySelect(default, ".", out _, out var error).ShouldBeFalse();
        error.ShouldBe("selector .: there is no JSON value to select from");
    }

    [Theory]
    [InlineData(".")]
    [InlineData(".a")]
    [InlineData(".a.b_c.D9")]
    [InlineData(".[0]")]
    [InlineData(".[-1]")]
    [InlineData(".a[0][1].b")]
    [InlineData(""".["x y"]""")]
    [InlineData("""."x y".z""")]
    [InlineData(""".["with \"escape\""]""")]
    [InlineData(".a.[0]")]
    public void Well_formed_selectors_have_no_problem(string selector) => JsonSelector.SelectorProblem(selector).ShouldBeNull();

    [Theory]
    [InlineData("", "selector is empty")]
    [InlineData("   ", "selector is empty")]
    [InlineData("servers", "selector servers: must start with '.'")]
    [InlineData(".a.", "selector .a.: a name must follow the '.' at position 3")]
    [InlineData("..a", "selector ..a: unexpected '.' at position 2: a name is letters")]
    [InlineData(".my-key", "selector .my-key: unexpected '-' at position 4: a name is letters")]
    [InlineData(".1a", "selector .1a: unexpected '1' at position 2")]
    [InlineData(".a b", "selector .a b: unexpected ' ' at position 3")]
    [InlineData(".[]", "selector .[]: '[]' at position 2 iterates in jq")]
    [InlineData(".a[]", "selector .a[]: '[]' at position 3 iterates in jq")]
    [InlineData(".[-]", "selector .[-]: expected an index or a quoted key after '[' at position 2")]
    [InlineData(".[x]", "selector .[x]: expected an index or a quoted key after '[' at position 2")]
    [InlineData(".[1", "selector .[1: missing ']' for the '[' at position 2")]
    [InlineData(".[1:2]", "selector .[1:2]: missing ']' for the '[' at position 2")]
    [InlineData(".[99999999999]", "selector .[99999999999]: index 99999999999 at position 3 is too large")]
    [InlineData(""".["abc""", "selector .[\"abc: unterminated string starting at position 3")]
    [InlineData(""".["a\q"]""", "selector .[\"a\\q\"]: invalid string \"a\\q\" at position 3")]
    [InlineData("""."a"b""", "selector .\"a\"b: unexpected 'b' at position 5: segments start with '.' or '['")]
    [InlineData(".a | .b", "selector .a | .b: unexpected ' ' at position 3")]
    public void Syntax_problems_are_reported(string selector, string expectedStart)
    {
        JsonSelector.SelectorProblem(selector).ShouldNotBeNull().ShouldStartWith(expectedStart);
        using var doc = JsonDocument.Parse("{}");
        JsonSelector.TrySelect(doc.RootElement, selector, out _, out var error).ShouldBeFalse();
        error.ShouldBe(JsonSelector.SelectorProblem(selector));
    }
}
