using Drover.Domain.Jobs;

namespace Drover.Domain.Tests.Jobs;

/// <summary>The step-task catalogue (semantics §4): four tasks, looked up by task reference or COC atomic key.</summary>
public class StepTasksTests
{
    [Fact]
    public void The_catalogue_has_the_four_tasks_with_their_atomic_keys_and_tags()
    {
        StepTasks.All.Select(t => (t.Task, t.AtomicKey, string.Join(",", t.Tags))).ShouldBe(
        [
            ("hwc:runbook:scripts@1.0.0", "custom_script_execute", "CUSTOM"),
            ("hwc:runbook:suspend@1.0.0", "coc_step_pause", "FUNCTION"),
            ("hwc:runbook:sleep@1.0.0", "coc_step_sleep", "FUNCTION"),
            ("hwc:runbook:executeAPI@1.0.0", "execute_api", "CLOUD_API"),
        ]);
    }

    [Theory]
    [InlineData("hwc:runbook:scripts@1.0.0", StepKind.Scripts)]
    [InlineData("hwc:runbook:suspend@1.0.0", StepKind.Suspend)]
    [InlineData("hwc:runbook:sleep@1.0.0", StepKind.Sleep)]
    [InlineData("hwc:runbook:executeAPI@1.0.0", StepKind.ExecuteApi)]
    public void Every_task_has_its_kind(string task, StepKind kind)
    {
        StepTasks.KindOf(task).ShouldBe(kind);
        StepTasks.ByTask(task).ShouldNotBeNull().Task.ShouldBe(task);
    }

    [Theory]
    [InlineData("hwc:runbook:nope@1.0.0")]
    [InlineData("hwc:runbook:scripts@2.0.0")]
    [InlineData("HWC:RUNBOOK:SCRIPTS@1.0.0")]
    [InlineData("")]
    public void Unknown_or_misspelled_tasks_are_not_found(string task)
    {
        StepTasks.ByTask(task).ShouldBeNull();
        StepTasks.KindOf(task).ShouldBeNull();
    }

    [Fact]
    public void Atomic_keys_find_their_task_and_unknown_keys_find_nothing()
    {
        StepTasks.ByAtomicKey("custom_script_execute")!.Task.ShouldBe(StepTasks.Scripts);
        StepTasks.ByAtomicKey("coc_step_pause")!.Task.ShouldBe(StepTasks.Suspend);
        StepTasks.ByAtomicKey("coc_step_sleep")!.Task.ShouldBe(StepTasks.Sleep);
        StepTasks.ByAtomicKey("execute_api")!.Task.ShouldBe(StepTasks.ExecuteApi);
        StepTasks.ByAtomicKey("coc_step_loop").ShouldBeNull();
    }

    [Fact]
    public void The_scripts_task_takes_cocs_inputs_and_drovers_max_concurrency()
    {
        var spec = StepTasks.ByTask(StepTasks.Scripts)!;
        spec.SupportsOutputs.ShouldBeFalse();
        spec.Inputs.Select(i => i.Key).ShouldBe(
            ["script_uuid", "instance_list", "execute_user", "timeout", "success_rate", "script_params", "wait_uniagent_time", "max_concurrency"]);
        spec.Inputs.Where(i => i.Required).Select(i => i.Key).ShouldBe(["script_uuid", "instance_list", "execute_user", "timeout"]);
        var timeout = spec.Inputs.Single(i => i.Key == "timeout");
        (timeout.Type, timeout.Default, timeout.Min, timeout.Max).ShouldBe(("integer", "60", 6L, 86_400L));
        spec.Inputs.Single(i => i.Key == "instance_list").ParamType.ShouldBe("DICTIONARY");
        spec.Inputs.Single(i => i.Key == "script_params").ParamType.ShouldBe("DICTIONARY");
        spec.Inputs.Single(i => i.Key == "execute_user").MaxLen.ShouldBe(32);
        var wait = spec.Inputs.Single(i => i.Key == "wait_uniagent_time");
        (wait.Default, wait.Min, wait.Max).ShouldBe(("0", 0L, 1_200L));
        var rate = spec.Inputs.Single(i => i.Key == "success_rate");
        (rate.Default, rate.Min, rate.Max).ShouldBe(("100", 1L, 100L));
    }

    [Fact]
    public void Suspend_and_sleep_inputs()
    {
        StepTasks.ByTask(StepTasks.Suspend)!.Inputs.ShouldAllBe(i => !i.Required);
        var seconds = StepTasks.ByTask(StepTasks.Sleep)!.Inputs.ShouldHaveSingleItem();
        (seconds.Key, seconds.Required, seconds.Type, seconds.Min, seconds.Max).ShouldBe(("seconds", true, "integer", 1L, 86_400L));
    }

    [Fact]
    public void ExecuteApi_takes_an_http_request_and_supports_outputs()
    {
        var spec = StepTasks.ByTask(StepTasks.ExecuteApi)!;
        spec.SupportsOutputs.ShouldBeTrue();
        spec.Inputs.Select(i => i.Key).ShouldBe(["method", "url", "headers", "body", "timeout"]);
        spec.Inputs.Where(i => i.Required).Select(i => i.Key).ShouldBe(["method", "url"]);
        spec.Inputs.Single(i => i.Key == "method").Enums.ShouldBe(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]);
        var timeout = spec.Inputs.Single(i => i.Key == "timeout");
        (timeout.Default, timeout.Min, timeout.Max).ShouldBe(("30", 1L, 300L));
    }
}
