using System.Text;
using Drover.IntegrationTests.Documents;
using static Drover.IntegrationTests.Api.ApiKit;

namespace Drover.IntegrationTests.Api.Edge;

/// <summary>
/// A JSON string that is not valid UTF-8 (raw bytes, or a <c>\ud800</c> escape without its pair) is an encoding
/// error naming the field, wherever the string is, and nothing is stored.
/// </summary>
public sealed class JsonEncodingTests(DroverFixture fixture) : IClassFixture<DroverFixture>
{
    private TestDrover D => fixture.D;

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>The JSON text with <c>@@</c> replaced by the bytes C3 28 (a lead byte and no continuation).</summary>
    private static byte[] WithBadBytes(string json)
    {
        var at = json.IndexOf("@@", StringComparison.Ordinal);
        return [.. Utf8(json[..at]), 0xC3, 0x28, .. Utf8(json[(at + 2)..])];
    }

    [Fact]
    public async Task Invalid_UTF8_bytes_in_a_string_are_an_encoding_error_naming_the_field()
    {
        var scripts = await D.ScriptTotalAsync();
        var body = WithBadBytes("{\"name\":\"a@@b\",\"type\":\"SHELL\",\"content\":\"echo\",\"description\":\"d\",\"properties\":{\"risk_level\":\"LOW\",\"version\":\"1.0\"}}");
        var r = await D.SendAsync(HttpMethod.Post, "/v1/job/scripts", rawBody: body);
        r.ShouldBe400("COC.00010003").ShouldBe("name: is not valid UTF-8");
        (await D.ScriptTotalAsync()).ShouldBe(scripts);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_is_an_encoding_error_naming_the_field()
    {
        var scripts = await D.ScriptTotalAsync();
        var body = ScriptBody("surrogate").ToJsonString().Replace("\"description\":\"", "\"description\":\"x\\ud800y", StringComparison.Ordinal);
        var r = await D.SendAsync(HttpMethod.Post, "/v1/job/scripts", body);
        r.ShouldBe400("COC.00010003").ShouldStartWith("description: is not valid UTF-8");
        var low = ScriptBody("surrogate").ToJsonString().Replace("\"content\":\"", "\"content\":\"\\udfff", StringComparison.Ordinal);
        (await D.SendAsync(HttpMethod.Post, "/v1/job/scripts", low)).ShouldBe400("COC.00010003").ShouldStartWith("content: is not valid UTF-8");
        // A pair is one character, and fine.
        (await D.SendAsync(HttpMethod.Post, "/v1/job/scripts", ScriptBody("pair").ToJsonString()
            .Replace("\"description\":\"", "\"description\":\"\\ud83d\\ude00", StringComparison.Ordinal))).Ok();
        (await D.ScriptTotalAsync()).ShouldBe(scripts + 1);
    }

    [Fact]
    public async Task Deep_fields_are_named_with_their_path()
    {
        var script = await D.CreateScriptAsync(ScriptBody("deep_target"));
        var tickets = await D.TicketTotalAsync();
        var body = ExecuteBody([["host-1"]]).ToJsonString().Replace("\"host-1\"", "\"host-\\udc00\"", StringComparison.Ordinal);
        var r = await D.SendAsync(HttpMethod.Post, $"/v1/job/scripts/{script}", body);
        r.ShouldBe400("COC.00010003").ShouldStartWith("execute_batches[0].target_instances[0].resource_id: is not valid UTF-8");
        (await D.TicketTotalAsync()).ShouldBe(tickets);
    }

    [Theory]
    [InlineData("bad bytes", "is not valid UTF-8")]
    [InlineData("lone surrogate", "is not valid UTF-8")]
    [InlineData("NUL", "must not contain the NUL character")]
    public async Task Free_form_JSON_values_are_checked_too(string what, string rule)
    {
        // A job's targets are read as free JSON (BatchValues, InstanceValues): their strings get the same rules.
        var document = await D.CreateDocumentAsync(DocumentKit.Body($"free_{what.Replace(' ', '_')}_{Guid.NewGuid():N}"[..30]));
        var json = "{\"type\":\"RATE_CONTROL\",\"targets\":[{\"key\":\"InstanceValues\",\"values\":[{\"resource_id\":\"VALUE\",\"region_id\":\"local\"}]}]}";
        var body = what switch
        {
            "bad bytes" => WithBadBytes(json.Replace("VALUE", "h@@", StringComparison.Ordinal)),
            "lone surrogate" => Utf8(json.Replace("VALUE", "h\\ud800", StringComparison.Ordinal)),
            _ => Utf8(json.Replace("VALUE", "h\\u0000", StringComparison.Ordinal)),
        };
        var r = await D.SendAsync(HttpMethod.Post, $"/v1/documents/{document}", rawBody: body);
        r.ShouldBe400("COC.00010003").ShouldStartWith("targets[0].values[0].resource_id: " + rule);
        (await D.GetAsync("/v1/executions")).Body!["total"]!.GetValue<long>().ShouldBe(0);
    }
}
