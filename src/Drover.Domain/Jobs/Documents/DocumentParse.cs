namespace Drover.Domain.Jobs.Documents;

/// <summary>A document's content read: the document when it is valid, else every rule it breaks (and no document).</summary>
public sealed record DocumentParse(Document? Document, IReadOnlyList<string> Errors)
{
    public bool IsValid => Document is not null;
}
