namespace Lede.Quotes;

/// <summary>A person as coreference builds it: the fullest name, what the text says about them, and their mentions.</summary>
internal sealed class PersonEntity
{
    public required string[] NameParts { get; set; }

    public string Name => string.Join(' ', NameParts);

    public Gender Gender { get; set; }

    public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int? Age { get; set; }

    /// <summary>The sentence of the latest mention outside a quotation; -1 before any.</summary>
    public int LastSentence { get; set; } = -1;

    /// <summary>The offset of the latest mention outside a quotation, for ordering by recency.</summary>
    public int LastOffset { get; set; } = -1;

    public List<string> Forms { get; } = [];

    /// <summary>The person's index among the people coreference found, in the order they were first named.</summary>
    public int Order { get; init; }

    public bool HasPart(ReadOnlySpan<char> part)
    {
        foreach (var p in NameParts) if (part.Equals(p, StringComparison.Ordinal)) return true;
        return false;
    }
}
