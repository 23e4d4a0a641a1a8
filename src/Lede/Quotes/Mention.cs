namespace Lede.Quotes;

/// <summary>How a mention refers to a person.</summary>
internal enum MentionKind
{
    /// <summary>A proper name ("Hilaria Baldwin", "Baldwin", "Sen. Kaine").</summary>
    Name,

    /// <summary>A third-person pronoun ("she", "his").</summary>
    Pronoun,

    /// <summary>A definite description ("the 35-year-old", "the actor").</summary>
    Description,
}

/// <summary>A stretch of the text that may refer to a person, and the person it was resolved to.</summary>
internal sealed class Mention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The token range [FirstToken, LastToken] the mention covers.</summary>
    public required int FirstToken { get; init; }

    public required int LastToken { get; init; }

    public required MentionKind Kind { get; init; }

    /// <summary>The name's words, titles left out (names only).</summary>
    public string[] NameParts { get; init; } = [];

    /// <summary>The gender the mention itself shows (a pronoun, a title, a role noun).</summary>
    public Gender Gender { get; init; }

    /// <summary>For a description: its role nouns and age ("35-year-old" gives 35).</summary>
    public string[] Roles { get; init; } = [];

    public int? Age { get; init; }

    public bool InQuote { get; init; }

    public int Sentence { get; init; }

    /// <summary>Set by coreference.</summary>
    public PersonEntity? Person { get; set; }

    /// <summary>The same mention at another place (an evaluator reading a cleaned article's mentions in its input).</summary>
    public Mention At(int start, int end) => new()
    {
        Start = start, End = end, FirstToken = FirstToken, LastToken = LastToken, Kind = Kind, NameParts = NameParts,
        Gender = Gender, Roles = Roles, Age = Age, InQuote = InQuote, Sentence = Sentence, Person = Person,
    };
}
