namespace Lede.Quotes;

/// <summary>A person as coreference builds it: the fullest name, what the text says about them, and their mentions.</summary>
internal sealed class PersonEntity
{
    public required string[] NameParts { get; set; }

    public string Name => string.Join(' ', NameParts);

    public Gender Gender { get; set; }

    // Made with the first role: most people get none.
    private HashSet<string>? _roles;

    /// <summary>The role nouns said of the person ("actor", "senator"), in lower case.</summary>
    public IReadOnlyCollection<string> Roles => (IReadOnlyCollection<string>?)_roles ?? [];

    public bool HasRole(string role) => _roles is not null && _roles.Contains(role);

    public void AddRole(string role) => (_roles ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(role);

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
