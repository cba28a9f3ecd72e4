using Drover.Domain.Common;
using Drover.Server.Storage;

namespace Drover.Server.Replicas;

/// <summary>The answer to a forwarded operation, as <c>forwarded_work.Reply</c> holds it: the refusal, or null once committed.</summary>
public static class RefusalReply
{
    public static Refusal? Read(string? reply) => reply is null ? null : StorageJson.Read<Refusal>(reply);

    public static async Task<string?> WriteAsync(Task<Refusal?> refusal) => await refusal is { } r ? StorageJson.Write(r) : null;
}
