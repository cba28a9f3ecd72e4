using Drover.IntegrationTests.Api;
using static Drover.IntegrationTests.Documents.DocumentKit;

namespace Drover.IntegrationTests.Documents;

/// <summary><c>/v1/atomics</c>: the step tasks as COC's atomic capabilities (reference §5.8, §5.9).</summary>
public sealed class AtomicTests(DocumentServer server) : IClassFixture<DocumentServer>
{
    private TestDrover D => server.D;

    private static readonly string[] Keys = ["custom_script_execute", "coc_step_pause", "coc_step_sleep", "execute_api"];

    [Fact]
    public async Task The_list_is_flat_and_names_every_step_task()
    {
        var list = (await D.GetAsync("/v1/atomics")).FlatList();
        list["total"].Long().ShouldBe(4);
        var rows = list["data"]!.AsArray();
        rows.Select(r => r!["atomic_unique_key"].Str()).ShouldBe(Keys);
        foreach (var row in rows) row.ShouldHaveKeys("atomic_unique_key", "atomic_name_zh", "atomic_name_en", "tags");
        rows.Select(r => r!["tags"]!.AsArray().Single()!.GetValue<string>()).ShouldBe(["CUSTOM", "FUNCTION", "FUNCTION", "CLOUD_API"]);
        rows[0]!["atomic_name_en"].Str().ShouldBe("Execute custom script");
    }

    [Fact]
    public async Task The_list_pages_with_limit_and_offset_given_as_strings()
    {
        var page = (await D.GetAsync("/v1/atomics?limit=2&offset=1")).FlatList();
        page["total"].Long().ShouldBe(4);
        page["data"]!.AsArray().Select(r => r!["atomic_unique_key"].Str()).ShouldBe(Keys[1..3]);
        (await D.GetAsync("/v1/atomics?offset=4")).FlatList()["data"]!.AsArray().ShouldBeEmpty();
        (await D.GetAsync("/v1/atomics?offset=abc")).ShouldBe400(InvalidCode).ShouldBe("offset: must be an integer");
        (await D.GetAsync("/v1/atomics?limit=0")).ShouldBe400(InvalidCode).ShouldBe("limit: must be between 1 and 100");
    }

    [Fact]
    public async Task Each_atomic_has_its_inputs_and_outputs()
    {
        foreach (var key in Keys)
        {
            var a = (await D.GetAsync($"/v1/atomics/{key}")).Ok();
            a.ShouldHaveKeys("atomic_unique_key", "atomic_name_zh", "atomic_name_en", "tags", "inputs", "outputs");
            a["atomic_unique_key"].Str().ShouldBe(key);
            a["outputs"].ShouldHaveKeys("supported", "type");
            foreach (var input in a["inputs"]!.AsArray())
                input.ShouldHaveKeys("param_key", "param_name_zh", "param_name_en", "required", "param_type", "type", "default_value",
                    "min", "max", "min_len", "max_len", "pattern", "param_enums");
        }
    }

    [Fact]
    public async Task Custom_script_execute_describes_cocs_inputs()
    {
        var a = (await D.GetAsync("/v1/atomics/custom_script_execute")).Ok();
        var inputs = a["inputs"]!.AsArray().ToDictionary(i => i!["param_key"].Str(), i => i!);
        inputs.Keys.ShouldBe(["script_uuid", "instance_list", "execute_user", "timeout", "success_rate", "script_params", "wait_uniagent_time", "max_concurrency"]);
        var timeout = inputs["timeout"];
        (timeout["required"]!.GetValue<bool>(), timeout["type"].Str(), timeout["default_value"].Str(), timeout["min"].Long(), timeout["max"].Long())
            .ShouldBe((true, "integer", "60", 6L, 86_400L));
        inputs["instance_list"]["param_type"].Str().ShouldBe("DICTIONARY");
        inputs["execute_user"]["max_len"].Int().ShouldBe(32);
        a["outputs"]!["supported"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Execute_api_supports_outputs_and_lists_its_methods()
    {
        var a = (await D.GetAsync("/v1/atomics/execute_api")).Ok();
        a["outputs"]!["supported"]!.GetValue<bool>().ShouldBeTrue();
        a["outputs"]!["type"].Str().ShouldBe("JSON");
        var method = a["inputs"]!.AsArray().Single(i => i!["param_key"].Str() == "method")!;
        method["param_enums"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]);
    }

    [Fact]
    public async Task An_unknown_atomic_is_a_400() =>
        (await D.GetAsync("/v1/atomics/coc_step_loop")).ShouldBe400(AtomicNotFoundCode)
            .ShouldBe("atomic_unique_key: no atomic capability 'coc_step_loop' (Drover has custom_script_execute, coc_step_pause, coc_step_sleep, execute_api)");
}
