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
        while (_at < _value.Length)
        {
            // Skip to a word's first character, then read while letters and digits last and no capital follows a letter.
            while (_at < _value.Length && !char.IsAsciiLetterOrDigit(_value[_at])) _at++;
            if (_at == _value.Length) return false;
            int start = _at++;
            while (_at < _value.Length && char.IsAsciiLetterOrDigit(_value[_at])
                   && !(char.IsAsciiLetterUpper(_value[_at]) && char.IsAsciiLetter(_value[_at - 1])))
                _at++;
            int length = _at - start;
            if (length > _buffer.Length) continue;
            _length = _value.Slice(start, length).ToLowerInvariant(_buffer);
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
                    _buffer[_length++] = char.ToLowerInvariant(_value[_at]);
            if (_length > 0) return true;
        }
        return false;
    }

    private static bool IsClassSeparator(char c) => c is ' ' or '\t' or '\n';
}
