using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;

namespace Drover.Domain.Tests;

/// <summary>semantics §1: enum spellings are COC's, byte for byte, and parsing is exact.</summary>
public class WireNamesTests
{
    [Fact]
    public void Ticket_status_spellings_round_trip()
    {
        Enum.GetValues<TicketStatus>().Select(s => s.ToWire())
            .ShouldBe(["READY", "PROCESSING", "PAUSED", "ABNORMAL", "FINISHED", "CANCELED"]);
        foreach (var s in Enum.GetValues<TicketStatus>())
        {
            WireNames.TryParse(s.ToWire(), out TicketStatus back).ShouldBeTrue();
            back.ShouldBe(s);
        }
    }

    [Fact]
    public void Instance_status_spellings_round_trip()
    {
        Enum.GetValues<InstanceStatus>().Select(s => s.ToWire())
            .ShouldBe(["READY", "PROCESSING", "FINISHED", "ABNORMAL", "CANCELED"]);
        foreach (var s in Enum.GetValues<InstanceStatus>())
        {
            WireNames.TryParse(s.ToWire(), out InstanceStatus back).ShouldBeTrue();
            back.ShouldBe(s);
        }
    }

    [Fact]
    public void Rotation_strategy_spellings_round_trip()
    {
        Enum.GetValues<RotationStrategy>().Select(s => s.ToWire()).ShouldBe(["CONTINUE", "PAUSE"]);
        foreach (var s in Enum.GetValues<RotationStrategy>())
        {
            WireNames.TryParse(s.ToWire(), out RotationStrategy back).ShouldBeTrue();
            back.ShouldBe(s);
        }
    }

    [Fact]
    public void Script_kind_spellings_round_trip()
    {
        Enum.GetValues<ScriptKind>().Select(s => s.ToWire()).ShouldBe(["SHELL", "PYTHON", "BAT"]);
        foreach (var s in Enum.GetValues<ScriptKind>())
        {
            WireNames.TryParse(s.ToWire(), out ScriptKind back).ShouldBeTrue();
            back.ShouldBe(s);
        }
    }

    [Fact]
    public void Risk_level_spellings_round_trip()
    {
        Enum.GetValues<RiskLevel>().Select(s => s.ToWire()).ShouldBe(["LOW", "MEDIUM", "HIGH"]);
        foreach (var s in Enum.GetValues<RiskLevel>())
        {
            WireNames.TryParse(s.ToWire(), out RiskLevel back).ShouldBeTrue();
            back.ShouldBe(s);
        }
    }

    [Fact]
    public void Script_status_spellings_round_trip()
    {
        Enum.GetValues<ScriptStatus>().Select(s => s.ToWire()).ShouldBe(["PENDING_APPROVE", "APPROVED", "REJECTED"]);
        foreach (var s in Enum.GetValues<ScriptStatus>())
        {
            WireNames.TryParse(s.ToWire(), out ScriptStatus back).ShouldBeTrue();
            back.ShouldBe(s);
        }
    }

    [Fact]
    public void Opsflow_spellings_round_trip_statuses_in_pascal_case_types_and_operations_upper_case()
    {
        Enum.GetValues<ExecutionStatus>().Select(s => s.ToWire())
            .ShouldBe(["Pending", "Running", "Succeed", "Failed", "Timeout", "Canceling", "Canceled"]);
        Enum.GetValues<StepStatus>().Select(s => s.ToWire()).ShouldBe(["Pending", "Running", "Succeed", "Failed", "Timeout", "Canceled"]);
        Enum.GetValues<ExecutionType>().Select(s => s.ToWire()).ShouldBe(["NORMAL", "BATCH", "RATE_CONTROL"]);
        Enum.GetValues<ExecutionOperation>().Select(s => s.ToWire()).ShouldBe(["RESUME", "TERMINATE", "RETRY", "SKIP_BATCH"]);
        foreach (var s in Enum.GetValues<ExecutionStatus>()) (WireNames.TryParse(s.ToWire(), out ExecutionStatus back) && back == s).ShouldBeTrue();
        foreach (var s in Enum.GetValues<StepStatus>()) (WireNames.TryParse(s.ToWire(), out StepStatus back) && back == s).ShouldBeTrue();
        foreach (var s in Enum.GetValues<ExecutionType>()) (WireNames.TryParse(s.ToWire(), out ExecutionType back) && back == s).ShouldBeTrue();
        foreach (var s in Enum.GetValues<ExecutionOperation>()) (WireNames.TryParse(s.ToWire(), out ExecutionOperation back) && back == s).ShouldBeTrue();
    }

    [Theory]
    [InlineData("RUNNING")]
    [InlineData("running")]
    [InlineData("1")]
    [InlineData("Succeeded")]
    public void Parsing_an_execution_status_is_exact_and_case_sensitive(string wire)
    {
        WireNames.TryParse(wire, out ExecutionStatus _).ShouldBeFalse();
        WireNames.TryParse(wire, out StepStatus _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Batch")]
    [InlineData("RATECONTROL")]
    [InlineData("skip_batch")]
    public void Parsing_an_execution_type_or_operation_is_exact(string wire)
    {
        WireNames.TryParse(wire, out ExecutionType _).ShouldBeFalse();
        WireNames.TryParse(wire, out ExecutionOperation _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("ready")]
    [InlineData("Ready")]
    [InlineData("READY ")]
    [InlineData(" READY")]
    [InlineData("READ")]
    [InlineData("Ready\n")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("Processing")]
    public void Parsing_a_ticket_status_is_exact_and_case_sensitive(string? wire)
    {
        WireNames.TryParse(wire, out TicketStatus value).ShouldBeFalse();
        value.ShouldBe(default);
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("CANCELLED")]
    [InlineData("Finished")]
    public void Parsing_an_instance_status_is_exact_and_case_sensitive(string wire) =>
        WireNames.TryParse(wire, out InstanceStatus _).ShouldBeFalse();

    [Theory]
    [InlineData("continue")]
    [InlineData("Pause")]
    [InlineData("PAUSED")]
    public void Parsing_a_rotation_strategy_is_exact_and_case_sensitive(string wire) =>
        WireNames.TryParse(wire, out RotationStrategy _).ShouldBeFalse();

    [Theory]
    [InlineData("shell")]
    [InlineData("Python")]
    [InlineData("bat")]
    [InlineData("BASH")]
    public void Parsing_a_script_kind_is_exact_and_case_sensitive(string wire) =>
        WireNames.TryParse(wire, out ScriptKind _).ShouldBeFalse();

    [Theory]
    [InlineData("low")]
    [InlineData("Medium")]
    [InlineData("CRITICAL")]
    public void Parsing_a_risk_level_is_exact_and_case_sensitive(string wire) =>
        WireNames.TryParse(wire, out RiskLevel _).ShouldBeFalse();

    [Theory]
    [InlineData("pending_approve")]
    [InlineData("PENDING-APPROVE")]
    [InlineData("PENDINGAPPROVE")]
    [InlineData("Approved")]
    public void Parsing_a_script_status_is_exact_and_case_sensitive(string wire) =>
        WireNames.TryParse(wire, out ScriptStatus _).ShouldBeFalse();

    [Fact]
    public void Choices_lists_every_spelling_in_declaration_order()
    {
        WireNames.Choices<RotationStrategy>(WireNames.ToWire).ShouldBe("CONTINUE, PAUSE");
        WireNames.Choices<ScriptKind>(WireNames.ToWire).ShouldBe("SHELL, PYTHON, BAT");
        WireNames.Choices<TicketStatus>(WireNames.ToWire).ShouldBe("READY, PROCESSING, PAUSED, ABNORMAL, FINISHED, CANCELED");
    }

    [Fact]
    public void An_undefined_enum_value_has_no_spelling()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ((TicketStatus)99).ToWire());
        Should.Throw<ArgumentOutOfRangeException>(() => ((InstanceStatus)99).ToWire());
        Should.Throw<ArgumentOutOfRangeException>(() => ((RotationStrategy)99).ToWire());
        Should.Throw<ArgumentOutOfRangeException>(() => ((ScriptKind)99).ToWire());
        Should.Throw<ArgumentOutOfRangeException>(() => ((RiskLevel)99).ToWire());
        Should.Throw<ArgumentOutOfRangeException>(() => ((ScriptStatus)99).ToWire());
    }
}
