using System.Buffers;

namespace Lede.Html;

/// <summary>
/// A span of a page's characters: an offset and a length in the one address space of <see cref="PageText"/>.
/// <see cref="Missing"/> stands for a value that is absent (a doctype without a public identifier), which is
/// not the same as an empty one.
/// </summary>
internal readonly record struct TextRange(int Start, int Length)
{
    /// <summary>No value at all.</summary>
    public static readonly TextRange Missing = new(-1, 0);

    /// <summary>Whether there is a value (possibly empty).</summary>
    public bool Exists => Start >= 0;

    /// <summary>The offset just past the range.</summary>
    public int End => Start + Length;
}

/// <summary>
/// The characters of one parsed page, in one address space: the decoded markup as given, then a buffer for
/// the text the parser had to change (character references decoded, CR LF made LF, U+0000 replaced, text
/// nodes joined). Offsets below <see cref="SourceLength"/> are the markup's own characters, so most text
/// and attribute values are ranges of the page and cost no copy; offsets from there on index the buffer.
/// </summary>
internal sealed class PageText : IDisposable
{
    char[] buffer;
    int used;
    char[] markup;
    readonly ArrayPool<char>? markupPool;

    /// <summary>The page's text over <paramref name="source"/>, its decoded markup, copied into a pooled buffer.</summary>
    public PageText(string source, int bufferCapacity = 0)
        : this(Rented(source), source.Length, ArrayPool<char>.Shared, bufferCapacity)
    {
    }

    /// <summary>
    /// The page's text over the first <paramref name="length"/> characters of <paramref name="markup"/>, read in place:
    /// no string of the page is made. When <paramref name="markupPool"/> is given, the array came from it and goes back
    /// to it on <see cref="Dispose"/>.
    /// </summary>
    public PageText(char[] markup, int length, ArrayPool<char>? markupPool, int bufferCapacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)length, (uint)markup.Length, nameof(length));
        this.markup = markup;
        this.markupPool = markupPool;
        SourceLength = length;
        // A page's changed text is a small share of it: start small and grow by doubling, in pooled arrays.
        buffer = ArrayPool<char>.Shared.Rent(Math.Max(bufferCapacity, 256));
    }

    static char[] Rented(string source)
    {
        var array = ArrayPool<char>.Shared.Rent(Math.Max(source.Length, 1));
        source.CopyTo(array);
        // What a pooled array held before must never leak into a parse: NUL past the end, the same every time.
        array.AsSpan(source.Length).Clear();
        return array;
    }

    /// <summary>The decoded markup, in an array that may run on past <see cref="SourceLength"/>.</summary>
    public char[] Markup => markup;

    /// <summary>The length of the markup: where the buffer's offsets start.</summary>
    public int SourceLength { get; }

    /// <summary>The offset the next appended character gets.</summary>
    public int End => SourceLength + used;

    /// <summary>How many characters the buffer holds.</summary>
    public int BufferLength => used;

    /// <summary>The characters of a range (empty for <see cref="TextRange.Missing"/>).</summary>
    public ReadOnlySpan<char> this[TextRange range] => Slice(range.Start, range.Length);

    /// <summary>The characters from <paramref name="start"/>, a range that lies wholly in the markup or wholly in the buffer.</summary>
    public ReadOnlySpan<char> Slice(int start, int length)
    {
        if (start < 0 || length == 0)
            return [];
        return start < SourceLength
            ? markup.AsSpan(start, length)
            : buffer.AsSpan(start - SourceLength, length);
    }

    /// <summary>The characters of a range as a string.</summary>
    public string ToString(TextRange range) => range.Exists ? new string(this[range]) : "";

    /// <summary>Appends one character at <see cref="End"/>.</summary>
    public void Append(char c)
    {
        if (used == buffer.Length)
            Grow(1);
        buffer[used++] = c;
    }

    /// <summary>Appends a code point (one or two UTF-16 units) at <see cref="End"/>.</summary>
    public void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
            return;
        }
        codePoint -= 0x10000;
        Append((char)(0xD800 + (codePoint >> 10)));
        Append((char)(0xDC00 + (codePoint & 0x3FF)));
    }

    /// <summary>Appends characters at <see cref="End"/>.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (used + text.Length > buffer.Length)
            Grow(text.Length);
        text.CopyTo(buffer.AsSpan(used));
        used += text.Length;
    }

    /// <summary>Appends a range of this page's text (markup or buffer) at <see cref="End"/>.</summary>
    public void AppendRange(int start, int length)
    {
        if (length == 0)
            return;
        if (used + length > buffer.Length)
            Grow(length); // before slicing: growing replaces the buffer a buffer range points into
        Slice(start, length).CopyTo(buffer.AsSpan(used));
        used += length;
    }

    /// <summary>Leaves <paramref name="count"/> unused characters at <see cref="End"/>, to be filled later with <see cref="WriteAt"/>.</summary>
    public void Reserve(int count)
    {
        if (used + count > buffer.Length)
            Grow(count);
        used += count;
    }

    /// <summary>Overwrites buffer characters from offset <paramref name="start"/> (which must be in the buffer) with a range of the page's text.</summary>
    public void WriteAt(int start, int sourceStart, int length) =>
        Slice(sourceStart, length).CopyTo(buffer.AsSpan(start - SourceLength, length));

    /// <summary>Drops the characters appended from <paramref name="end"/> on, e.g. a value the tokenizer no longer needs.</summary>
    public void TruncateTo(int end) => used = Math.Max(0, end - SourceLength);

    void Grow(int more) => Pooled.Grow(ref buffer, used + more, used);

    /// <summary>Gives the buffer, and the markup when owned, back to the pool; the text must not be read afterwards.</summary>
    public void Dispose()
    {
        if (buffer.Length > 0)
            ArrayPool<char>.Shared.Return(buffer);
        if (markupPool is not null && markup.Length > 0)
            markupPool.Return(markup);
        buffer = [];
        markup = [];
        used = 0;
    }
}
