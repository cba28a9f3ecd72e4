using System.Diagnostics;
using System.Text;
using Drover.Domain.Jobs.Documents;

namespace Drover.Domain.Tests.Jobs;

/// <summary>
/// YAML aliases (semantics, Jobs: "YAML aliases ..."): refused in mapping keys, inside their own anchor and past an
/// expansion budget, before any tree is built; still read as the values they repeat everywhere else.
/// </summary>
public class DocumentYamlAliasTests
{
    /// <summary>The 129-byte document of issue 9 that ended the process (a recursive alias hashed as a key).</summary>
    public const string RecursiveKey = "meta: {name: r}\ninputs:\n  ? &a [*a]\n  : {default: 1}\nsteps: []\n";

    private static string Refused(string content)
    {
        var parse = DocumentParser.Parse(content);
        parse.IsValid.ShouldBeFalse();
        return parse.Errors.ShouldHaveSingleItem();
    }

    /// <summary>Eight levels of ten aliases of the level below: 10^8 nodes once expanded, in a few hundred bytes.</summary>
    private static string Bomb(bool asKeys)
    {
        var yaml = new StringBuilder("meta: {name: b}\nx0: &a0 [x,x,x,x,x,x,x,x,x,x]\n");
        for (var i = 1; i <= 8; i++)
        {
            var items = string.Join(",", Enumerable.Repeat($"*a{i - 1}", 10));
            yaml.Append(asKeys ? $"? &a{i} [{items}]\n: {i}\n" : $"x{i}: &a{i} [{items}]\n");
        }
        return yaml.Append("steps: []\n").ToString();
    }

    [Fact]
    public void The_129_byte_recursive_key_is_refused_naming_the_alias()
    {
        Refused(RecursiveKey).ShouldBe("content: line 3, column 9: alias *a is inside its own anchor &a (a value that contains itself)");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_expansion_bomb_is_refused_fast(bool asKeys)
    {
        var bomb = Bomb(asKeys);
        bomb.Length.ShouldBeLessThan(500);
        var clock = Stopwatch.StartNew();
        var error = Refused(bomb);
        clock.Stop();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        // As values, the walk counts 11, 111, 1,111, 11,111 nodes per level and stops inside level 4, at the alias
        // that passes 100,000; as keys, at the first alias in a key.
        if (asKeys) error.ShouldBe("content: line 3, column 8: alias *a0 used inside a mapping key");
        else error.ShouldBe("content: line 6, column 38: alias *a3 makes the document hold more than 100000 values once expanded");
    }

    [Fact]
    public void An_alias_as_a_mapping_key_is_refused() =>
        Refused("meta: {name: k}\nx: &n name\ninputs:\n  *n : {default: 1}\nsteps: []\n")
            .ShouldBe("content: line 4, column 3: alias *n used as a mapping key");

    [Fact]
    public void An_alias_inside_a_complex_key_is_refused() =>
        Refused("meta: {name: k}\nx: &n name\ny:\n  ? {a: *n}\n  : 1\nsteps: []\n")
            .ShouldBe("content: line 4, column 9: alias *n used inside a mapping key");

    [Fact]
    public void An_alias_of_an_anchor_still_open_is_refused() =>
        Refused("meta: {name: o}\nx: &o\n  a: [1, {b: *o}]\nsteps: []\n")
            .ShouldBe("content: line 3, column 14: alias *o is inside its own anchor &o (a value that contains itself)");

    [Fact]
    public void An_alias_that_expands_past_the_depth_cap_is_refused()
    {
        var yaml = "meta: {name: d}\nx: &d " + new string('[', 40) + new string(']', 40) + "\ny: " + new string('[', 30) + "*d" + new string(']', 30) + "\n";
        Refused(yaml).ShouldBe("content: line 3, column 34: alias *d nests deeper than 64 levels once expanded");
    }

    [Fact]
    public void Anchors_and_aliases_used_as_values_read_as_before()
    {
        var parse = DocumentParser.Parse("""
            meta: {name: common}
            inputs:
              url: {default: "https://x"}
            steps:
              - name: a
                task: hwc:runbook:executeAPI@1.0.0
                inputs: &common {method: GET, url: "{{$globals.url}}", headers: {A: b}}
              - name: b
                task: hwc:runbook:executeAPI@1.0.0
                inputs: *common
              - name: c
                task: hwc:runbook:executeAPI@1.0.0
                inputs: *common
            """);
        parse.Errors.ShouldBeEmpty(string.Join("\n", parse.Errors));
        var steps = parse.Document.ShouldNotBeNull().Steps;
        steps.Select(s => s.Name).ShouldBe(["a", "b", "c"]);
        steps.ShouldAllBe(s => s.Inputs["headers"] == "{\"A\":\"b\"}" && s.Inputs["url"] == "{{$globals.url}}");
    }

    [Fact]
    public void A_redefined_anchor_is_aliased_as_its_latest_value()
    {
        var parse = DocumentParser.Parse("""
            meta: {name: again}
            x: &h {A: old}
            y: &h {A: new}
            steps:
              - {name: a, task: "hwc:runbook:executeAPI@1.0.0", inputs: {method: GET, url: "https://x", headers: *h}}
            """);
        parse.Errors.ShouldBeEmpty(string.Join("\n", parse.Errors));
        parse.Document!.Steps[0].Inputs["headers"].ShouldBe("{\"A\":\"new\"}");
    }

    [Fact]
    public void A_cancelled_token_stops_the_parse()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => DocumentParser.Parse(Documents.ReferenceExample, cancelled.Token));
        Should.Throw<OperationCanceledException>(() => DocumentParser.Parse(Bomb(asKeys: true), cancelled.Token));
    }
}
