using Drover.Domain.Common;
using Drover.Domain.Jobs.Executions;
using Drover.Domain.Scripts;
using Drover.Domain.Tickets;
using Drover.Server.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Drover.Server.Storage;

/// <summary>
/// The rows hold the domain's enums; their columns hold COC's spellings ("PROCESSING", "CONTINUE", "Succeed"), as they
/// always have, so the schema and existing data stay as they are. The conversion happens here, once, for every
/// property of these types, and in queries too: <c>i.Status == InstanceStatus.Processing</c> is sent as 'PROCESSING'.
/// </summary>
public static class WireSpellings
{
    public static void Apply(ModelConfigurationBuilder c)
    {
        c.Properties<TicketStatus>().HaveConversion<TicketStatusSpelling>();
        c.Properties<InstanceStatus>().HaveConversion<InstanceStatusSpelling>();
        c.Properties<RotationStrategy>().HaveConversion<RotationSpelling>();
        c.Properties<ScriptKind>().HaveConversion<ScriptKindSpelling>();
        c.Properties<RiskLevel>().HaveConversion<RiskLevelSpelling>();
        c.Properties<ScriptStatus>().HaveConversion<ScriptStatusSpelling>();
        c.Properties<ExecutionStatus>().HaveConversion<ExecutionStatusSpelling>();
        c.Properties<StepStatus>().HaveConversion<StepStatusSpelling>();
        c.Properties<ExecutionType>().HaveConversion<ExecutionTypeSpelling>();
        c.Properties<ProjectRole>().HaveConversion<ProjectRoleSpelling>();
    }
}

/// <summary>
/// One enum's spelling in a column. A stored text that is no spelling of it (a hand edit, a newer version's value) fails
/// the read: guessing a default would run a ticket in a state nobody put it in.
/// </summary>
public abstract class WireSpelling<T>(Func<T, string> toWire, WireNames.TryParseWire<T> parse)
    : ValueConverter<T, string>(v => toWire(v), s => Read(s, parse, toWire)) where T : struct, Enum
{
    private static T Read(string stored, WireNames.TryParseWire<T> parse, Func<T, string> toWire) =>
        parse(stored, out var value)
            ? value
            : throw new InvalidDataException($"stored {typeof(T).Name} '{stored}' is not one of {WireNames.Choices(toWire)}");
}

public sealed class TicketStatusSpelling() : WireSpelling<TicketStatus>(WireNames.ToWire, WireNames.TryParse);
public sealed class InstanceStatusSpelling() : WireSpelling<InstanceStatus>(WireNames.ToWire, WireNames.TryParse);
public sealed class RotationSpelling() : WireSpelling<RotationStrategy>(WireNames.ToWire, WireNames.TryParse);
public sealed class ScriptKindSpelling() : WireSpelling<ScriptKind>(WireNames.ToWire, WireNames.TryParse);
public sealed class RiskLevelSpelling() : WireSpelling<RiskLevel>(WireNames.ToWire, WireNames.TryParse);
public sealed class ScriptStatusSpelling() : WireSpelling<ScriptStatus>(WireNames.ToWire, WireNames.TryParse);
public sealed class ExecutionStatusSpelling() : WireSpelling<ExecutionStatus>(WireNames.ToWire, WireNames.TryParse);
public sealed class StepStatusSpelling() : WireSpelling<StepStatus>(WireNames.ToWire, WireNames.TryParse);
public sealed class ExecutionTypeSpelling() : WireSpelling<ExecutionType>(WireNames.ToWire, WireNames.TryParse);
public sealed class ProjectRoleSpelling() : WireSpelling<ProjectRole>(ProjectRoles.ToWire, ProjectRoles.TryParse);
