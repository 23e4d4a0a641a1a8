namespace Lede.Pages;

/// <summary>
/// The words of a class or id value, the one reading every class vocabulary uses (chrome signals, metadata hints,
/// caption and credit classes, related blocks): runs of ASCII letters and digits, also cut where a capital follows a
/// letter ("relatedArticles" → "related", "articles"), lowercased. <see cref="Compounds"/> gives each class of the
/// list with its separators dropped ("more-from__list" → "morefromlist"), for names written as several words.
/// </summary>
/// <remarks>
/// Enumerated over the value without allocating: each word or compound is lowercased into a caller's buffer. A word
/// longer than the buffer is passed over (no vocabulary word is that long); a compound longer than it is cut to its
/// length, so a search inside it looks at its start.
/// </remarks>
internal ref struct ClassWords
{
    /// <summary>The buffer length the readers use: longer than any vocabulary word or compound.</summary>
    public const int BufferLength = 64;

    private readonly ReadOnlySpan<char> _value;
    private readonly Span<char> _buffer;
    private readonly bool _compounds;
    private int _at;
    private int _length;

    private ClassWords(ReadOnlySpan<char> value, Span<char> buffer, bool compounds)
    {
        _value = value;
        _buffer = buffer;
        _compounds = compounds;
    }

    /// <summary>The words of <paramref name="value"/>, lowercased into <paramref name="buffer"/>.</summary>
    public static ClassWords Of(ReadOnlySpan<char> value, Span<char> buffer) => new(value, buffer, compounds: false);

    /// <summary>Each class of <paramref name="value"/> (split at whitespace) as its letters and digits, lowercased into <paramref name="buffer"/>.</summary>
    public static ClassWords Compounds(ReadOnlySpan<char> value, Span<char> buffer) => new(value, buffer, compounds: true);

    /// <summary>The current word or compound.</summary>
    public readonly ReadOnlySpan<char> Current => _buffer[.._length];

    public readonly ClassWords GetEnumerator() => this;

    public bool MoveNext() => _compounds ? NextCompound() : NextWord();

    // Both readers work on locals and store the position once: they run for every class and id of every page.
    private bool NextWord()
    {
        var value = _value;
        var buffer = _buffer;
        int at = _at;
        while (at < value.Length)
        {
            // Skip to a word's first character, then copy it lowercased while letters and digits last and no capital
            // follows a letter.
            while (at < value.Length && !char.IsAsciiLetterOrDigit(value[at])) at++;
            if (at == value.Length) break;
            int length = 0;
            char c = value[at++];
            while (true)
            {
                if (length < buffer.Length) buffer[length] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                length++;
                if (at == value.Length) break;
                char next = value[at];
                if (!char.IsAsciiLetterOrDigit(next) || char.IsAsciiLetterUpper(next) && char.IsAsciiLetter(c)) break;
                c = next;
                at++;
            }
            if (length > buffer.Length) continue;
            _at = at;
            _length = length;
            return true;
        }
        _at = at;
        return false;
    }

    private bool NextCompound()
    {
        var value = _value;
        var buffer = _buffer;
        int at = _at;
        while (at < value.Length)
        {
            while (at < value.Length && IsClassSeparator(value[at])) at++;
            if (at == value.Length) break;
            int length = 0;
            for (; at < value.Length && !IsClassSeparator(value[at]); at++)
            {
                char c = value[at];
                if (char.IsAsciiLetterOrDigit(c) && length < buffer.Length)
                    buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            if (length > 0)
            {
                _at = at;
                _length = length;
                return true;
            }
        }
        _at = at;
        return false;
    }

    /// <summary>What separates the classes of a class list.</summary>
    public static bool IsClassSeparator(char c) => c is ' ' or '\t' or '\n';
}
