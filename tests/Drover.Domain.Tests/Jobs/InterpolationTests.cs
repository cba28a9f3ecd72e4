using Drover.Domain.Jobs;

namespace Drover.Domain.Tests.Jobs;

/// <summary><c>{{$globals.NAME}}</c> and <c>{{$steps.STEP.outputs.NAME}}</c> (semantics §4).</summary>
public class InterpolationTests
{
    private static readonly Dictionary<string, string> Globals = new() { ["region"] = "cn-north-4", ["hosts"] = "[{\"resource_id\":\"a\"}]" };

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Outputs = new()
    {
        ["query"] = new Dictionary<string, string> { ["servers"] = "[1,2]", ["first"] = "vm-1" },
    };

    [Fact]
    public void Finds_both_kinds_of_reference_in_order()
    {
        var refs = Interpolation.References("x {{$globals.region}} y {{$steps.query.outputs.first}} z");
        refs.Count.ShouldBe(2);
        refs[0].ShouldBe(new Reference(ReferenceKind.Global, null, "region", "{{$globals.region}}"));
        refs[1].ShouldBe(new Reference(ReferenceKind.StepOutput, "query", "first", "{{$steps.query.outputs.first}}"));
    }

    [Fact]
    public void Whitespace_inside_the_braces_is_tolerated_and_kept_in_text_but_not_in_the_canonical_form()
    {
        var r = Interpolation.References("{{  $globals.region\t}}").ShouldHaveSingleItem();
        r.Name.ShouldBe("region");
        r.Text.ShouldBe("{{  $globals.region\t}}");
        r.ToString().ShouldBe("{{$globals.region}}");
        Interpolation.Resolve("a-{{ $steps.query.outputs.first }}-b", Globals, Outputs).ShouldBe("a-vm-1-b");
    }

    [Theory]
    [InlineData("{{ not a reference }}")]
    [InlineData("{{$global.region}}")]
    [InlineData("{{$globals.}}")]
    [InlineData("{{$steps.query.output.first}}")]
    [InlineData("{{$steps.query.outputs}}")]
    [InlineData("{{globals.region}}")]
    [InlineData("{$globals.region}")]
    [InlineData("{{$globals.a b}}")]
    [InlineData("echo '{{' and '}}'")]
    public void Other_double_braces_are_literal_text(string text)
    {
        Interpolation.References(text).ShouldBeEmpty();
        Interpolation.HasReferences(text).ShouldBeFalse();
        Interpolation.Resolve(text, Globals, Outputs).ShouldBe(text);
    }

    [Fact]
    public void Resolves_globals_and_step_outputs()
    {
        Interpolation.Resolve("{{$globals.hosts}}", Globals, Outputs).ShouldBe("[{\"resource_id\":\"a\"}]");
        Interpolation.Resolve("https://x/{{$globals.region}}/{{$steps.query.outputs.servers}}", Globals, Outputs)
            .ShouldBe("https://x/cn-north-4/[1,2]");
        Interpolation.Resolve("no references", Globals, Outputs).ShouldBe("no references");
    }

    [Fact]
    public void A_missing_global_throws_naming_the_reference()
    {
        var e = Should.Throw<InterpolationException>(() => Interpolation.Resolve("a {{$globals.nope}}", Globals, Outputs));
        e.Message.ShouldBe("{{$globals.nope}}: no value for global input 'nope'");
        e.Reference.Name.ShouldBe("nope");
    }

    [Fact]
    public void A_missing_step_or_output_throws_naming_the_reference()
    {
        Should.Throw<InterpolationException>(() => Interpolation.Resolve("{{$steps.later.outputs.x}}", Globals, Outputs))
            .Message.ShouldBe("{{$steps.later.outputs.x}}: step 'later' has no outputs (it has not run, or it declares none)");
        Should.Throw<InterpolationException>(() => Interpolation.Resolve("{{$steps.query.outputs.nope}}", Globals, Outputs))
            .Message.ShouldBe("{{$steps.query.outputs.nope}}: step 'query' has no output 'nope'");
    }

    [Fact]
    public void A_substituted_value_is_not_interpolated_again()
    {
        var globals = new Dictionary<string, string> { ["a"] = "{{$globals.secret}}", ["secret"] = "s3cr3t" };
        Interpolation.Resolve("{{$globals.a}}", globals, Outputs).ShouldBe("{{$globals.secret}}");
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        Should.Throw<InterpolationException>(() => Interpolation.Resolve("{{$globals.REGION}}", Globals, Outputs));
    }
}
