using System.Text.Json.Nodes;

namespace Drover.IntegrationTests.Api;

/// <summary>
/// CheckScriptRisk, <c>POST /v1/job/analyze-job</c> (reference §3.9, semantics "Risk check"): the blacklist's findings
/// in COC's shape, and bad bodies refused naming the field.
/// </summary>
public sealed class ScriptRiskTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private const string Invalid = "COC.00010002";
    private const string Malformed = "COC.00010003";
    private const string Path = "/v1/job/analyze-job";

    private TestDrover D => fixture.D;

    [Fact]
    public async Task A_dangerous_script_is_high_with_each_finding_named_and_placed()
    {
        var data = (await D.PostAsync(Path, new JsonObject { ["content"] = "#!/bin/bash\necho start\nrm -rf $TARGET/\nsudo reboot\n" })).Ok();
        data.ShouldHaveKeys("risk_level", "blacklist_commands");
        data["risk_level"].Str().ShouldBe("HIGH");
        var found = data["blacklist_commands"]!.AsArray();
        found.Count.ShouldBe(2);
        foreach (var f in found)
        {
            f.ShouldHaveKeys("command_name", "command_rule", "example", "description_en", "description_zh", "level", "line", "rule_id", "matched");
            foreach (var key in new[] { "command_name", "command_rule", "example", "description_en", "description_zh" })
                f![key].Str().Length.ShouldBeInRange(1, 1024, key);
        }
        (found[0]!["rule_id"].Str(), found[0]!["line"].Int(), found[0]!["level"].Str()).ShouldBe(("rm-recursive-variable", 3, "MEDIUM"));
        (found[1]!["rule_id"].Str(), found[1]!["line"].Int(), found[1]!["level"].Str()).ShouldBe(("power-off", 4, "HIGH"));
        found[1]!["matched"].Str().ShouldBe("sudo reboot");
        found[1]!["command_name"].Str().ShouldBe("shutdown command");
    }

    [Fact]
    public async Task A_clean_script_is_low_with_no_findings()
    {
        var data = (await D.PostAsync(Path, new JsonObject { ["content"] = "set -e\nrm -rf ./build\necho reboot\nmake\n" })).Ok();
        data["risk_level"].Str().ShouldBe("LOW");
        data["blacklist_commands"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Empty_content_is_low()
    {
        var data = (await D.PostAsync(Path, new JsonObject { ["content"] = "" })).Ok();
        data["risk_level"].Str().ShouldBe("LOW");
    }

    [Theory]
    [InlineData("SHELL", "mkfs.ext4 /dev/sdb", "mkfs")]
    [InlineData("PYTHON", "import os\nos.system('rm -rf /')", "rm-recursive-system")]
    [InlineData("BAT", "@echo off\nshutdown /s /t 0", "bat-shutdown")]
    public async Task The_type_chooses_the_rules(string type, string content, string rule)
    {
        var data = (await D.PostAsync(Path, new JsonObject { ["content"] = content, ["type"] = type })).Ok();
        data["risk_level"].Str().ShouldBe("HIGH");
        data["blacklist_commands"]!.AsArray().Select(f => f!["rule_id"].Str()).ShouldContain(rule);
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "content missing", "{}", Invalid, "content" },
        { "content null", "{\"content\": null}", Invalid, "content" },
        { "content a number", "{\"content\": 5}", Malformed, "content" },
        { "content over 100 KB", new JsonObject { ["content"] = new string('#', 100 * 1024 + 1) }.ToJsonString(), Invalid, "content" },
        { "type unknown", "{\"content\": \"ls\", \"type\": \"JAVA\"}", Invalid, "type" },
        { "type lower case", "{\"content\": \"ls\", \"type\": \"shell\"}", Invalid, "type" },
        { "type a number", "{\"content\": \"ls\", \"type\": 1}", Malformed, "type" },
        { "not JSON", "{\"content\":", Malformed, "JSON" },
        { "an array", "[]", Malformed, "request body" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_body_is_refused_naming_the_field(string name, string body, string code, string mention)
    {
        var r = await D.SendAsync(HttpMethod.Post, Path, body);
        var msg = r.ShouldBe400(code);
        msg.ShouldContain(mention, Case.Sensitive, $"{name}: {msg}");
    }

    [Fact]
    public async Task Content_of_exactly_the_limit_is_accepted()
    {
        var data = (await D.PostAsync(Path, new JsonObject { ["content"] = new string('#', 100 * 1024) })).Ok();
        data["risk_level"].Str().ShouldBe("LOW");
    }
}
