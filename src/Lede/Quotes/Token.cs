namespace Lede.Quotes;

/// <summary>A word or a punctuation character of the body text, by offset.</summary>
/// <remarks>Eight bytes, since a page has a token for every five characters or so: the kind rides in the end's sign bit.</remarks>
internal readonly struct Token
{
    private readonly int _endAndKind;

    public Token(int start, int end, bool isWord)
    {
        Start = start;
        _endAndKind = isWord ? end : end | int.MinValue;
    }

    public int Start { get; }

    public int End => _endAndKind & int.MaxValue;

    public bool IsWord => _endAndKind >= 0;

    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public bool IsChar(string text, char c) => !IsWord && text[Start] == c;

    /// <summary>True for a word that opens with a capital letter.</summary>
    public bool IsCapitalised(string text) => IsWord && char.IsUpper(text[Start]);
}
