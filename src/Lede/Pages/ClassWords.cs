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

    private bool NextWord()
    {
        var value = _value;
        while (_at < value.Length)
        {
            // Skip to a word's first character, then copy it lowercased while letters and digits last and no capital
            // follows a letter: one pass, no call a character (these are read for every class on every page).
            while (_at < value.Length && !char.IsAsciiLetterOrDigit(value[_at])) _at++;
            if (_at == value.Length) return false;
            int length = 0;
            do
            {
                char c = value[_at++];
                if (length < _buffer.Length) _buffer[length] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                length++;
            }
            while (_at < value.Length && char.IsAsciiLetterOrDigit(value[_at])
                   && !(char.IsAsciiLetterUpper(value[_at]) && char.IsAsciiLetter(value[_at - 1])));
            if (length > _buffer.Length) continue;
            _length = length;
            return true;
        }
        return false;
    }

    private bool NextCompound()
    {
        while (_at < _value.Length)
        {
            while (_at < _value.Length && IsClassSeparator(_value[_at])) _at++;
            if (_at == _value.Length) return false;
            _length = 0;
            for (; _at < _value.Length && !IsClassSeparator(_value[_at]); _at++)
                if (char.IsAsciiLetterOrDigit(_value[_at]) && _length < _buffer.Length)
                    _buffer[_length++] = char.IsAsciiLetterUpper(_value[_at]) ? (char)(_value[_at] | 0x20) : _value[_at];
            if (_length > 0) return true;
        }
        return false;
    }

    private static bool IsClassSeparator(char c) => c is ' ' or '\t' or '\n';
}
