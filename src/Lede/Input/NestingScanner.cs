namespace Lede.Input;

/// <summary>
/// One linear pass of <see cref="NestingGuard"/>: tokenizes just enough of the markup to track the stack of open
/// elements, and copies the markup to a new buffer only once the first tag has to go.
/// </summary>
internal ref struct NestingScanner
{
    // How far down the stack of dropped elements an end tag looks for its element. The kept stack is never
    // deeper than the limit, but the dropped one grows with hostile input (100 000 unclosed tags); this bounds
    // the cost of one end tag there. Missing a match only keeps an end tag, which closes a kept element early.
    private const int SearchLimit = 1024;

    private readonly ReadOnlySpan<char> _html;
    private readonly int _maxDepth;
    private readonly int _maxFormatting;
    private readonly bool _elideCode;
    // What the HTML parser will see: the elements kept in the output. Never deeper than the limit, so every
    // search in it is short.
    private ElementStack _kept;
    // Elements whose start tags were dropped, kept only to drop their end tags too; the parser never sees them.
    private ElementStack _dropped;
    private int _openForeign;
    private int _openFormatting;
    private bool _seenHtml, _seenHead, _seenBody;
    // The stretches of markup left out, in order: the result is the rest, joined once at the end.
    private List<(int Start, int End)>? _cuts;
    private int _cutLength;

    public NestingScanner(ReadOnlySpan<char> html, int maxDepth, int maxFormatting, bool elideCode = false)
    {
        _html = html;
        _elideCode = elideCode;
        _maxDepth = maxDepth;
        _maxFormatting = maxFormatting;
        _kept = ElementStack.Rent();
        _dropped = ElementStack.Rent();
    }

    public int DroppedTags { get; private set; }

    public int ElidedChars { get; private set; }

    public void Run()
    {
        var s = _html;
        int i = 0;
        while (i < s.Length)
        {
            int lt = s[i..].IndexOf('<');
            if (lt < 0 || i + lt + 1 >= s.Length)
                return;
            i += lt;
            char next = s[i + 1];
            i = TagSyntax.IsAsciiLetter(next) ? StartTag(i)
                : next == '/' ? EndTagOrBogusComment(i)
                : next == '!' ? MarkupDeclaration(i)
                : next == '?' ? TagSyntax.After(s, i, '>')
                : i + 1;
        }
    }

    /// <summary>The result as a string; <paramref name="original"/> itself (the string scanned) when nothing was cut.</summary>
    public string Result(string original)
    {
        if (_cuts is null)
            return original;
        return string.Create(_html.Length - _cutLength, new Markup(_html, _cuts), static (result, markup) => Join(markup.Html, markup.Cuts, result));
    }

    /// <summary>
    /// Writes the result over the scanned markup itself, from its start (<paramref name="html"/> is the span the
    /// scanner read, writable), and returns its length: every stretch kept moves left, never right, so no second
    /// buffer is needed.
    /// </summary>
    public int ResultInPlace(Span<char> html)
    {
        if (_cuts is null)
            return html.Length;
        Join(html, _cuts, html);
        return html.Length - _cutLength;
    }

    // The markup without its cuts. Span copies behave as memory moves, so the destination may be the markup itself.
    private static void Join(ReadOnlySpan<char> html, List<(int Start, int End)> cuts, Span<char> result)
    {
        int from = 0, at = 0;
        foreach (var (start, end) in cuts)
        {
            html[from..start].CopyTo(result[at..]);
            at += start - from;
            from = end;
        }
        html[from..].CopyTo(result[at..]);
    }

    public void Dispose()
    {
        _kept.Return();
        _dropped.Return();
    }

    private int StartTag(int start)
    {
        var s = _html;
        int nameEnd = TagSyntax.IndexOrEnd(s, start + 1, TagSyntax.TagNameEnd);
        ulong key = HtmlTags.Key(s[(start + 1)..nameEnd]);
        int end = TagSyntax.AfterAttributes(s, nameEnd, out bool selfClosing);
        if (end < 0)
            return s.Length; // a tag cut off by the end of the input is dropped by the tokenizer too
        var traits = HtmlTags.Of(key);
        bool foreign = _openForeign > 0;
        if (!foreign)
        {
            CloseImplied(key, traits);
            if ((traits & TagTraits.RawText) != 0)
            {
                int after = AfterRawText(end, key, out int closeStart);
                if (_elideCode && closeStart > end && IsUnreadCode(key, s[nameEnd..end]))
                    Elide(end, closeStart);
                return after;
            }
            if ((traits & TagTraits.PlainText) != 0)
                return s.Length;
            OpenImplied(key);
        }
        if ((traits & TagTraits.Void) != 0 || (selfClosing && (foreign || (traits & TagTraits.Foreign) != 0)))
            return end;
        if (AlreadyOpened(key))
            return end;
        Open(key, traits, start, end);
        return end;
    }

    // The implied end tags of the "in body" insertion mode that keep sloppy markup shallow. They act on the
    // kept elements only: the parser will apply them to the output, where the dropped tags are gone.
    private void CloseImplied(ulong key, TagTraits traits)
    {
        if ((traits & TagTraits.ClosesP) != 0)
            PopTo(Find(HtmlTags.P, HtmlTags.P, HtmlTags.P, TagTraits.Scope, HtmlTags.Button));
        if (key == HtmlTags.Li)
            CloseListItem(HtmlTags.Li, HtmlTags.Li);
        else if (key == HtmlTags.Dd || key == HtmlTags.Dt)
            CloseListItem(HtmlTags.Dd, HtmlTags.Dt);
        else if ((traits & TagTraits.Heading) != 0 && (_kept.Top.Traits & TagTraits.Heading) != 0)
            PopTo(_kept.Count - 1);
        else if (key == HtmlTags.A || key == HtmlTags.Nobr || key == HtmlTags.Button)
            PopTo(Find(key, key, key, TagTraits.Scope)); // roughly what the adoption agency does to a nested <a>
        else if (key == HtmlTags.Td || key == HtmlTags.Th)
            PopTo(Find(HtmlTags.Td, HtmlTags.Th, HtmlTags.Td, TagTraits.TableScope));
        else if (key == HtmlTags.Tr)
            PopTo(Find(HtmlTags.Tr, HtmlTags.Tr, HtmlTags.Tr, TagTraits.TableScope));
        else if (key == HtmlTags.Tbody || key == HtmlTags.Thead || key == HtmlTags.Tfoot)
            PopTo(Find(HtmlTags.Tbody, HtmlTags.Thead, HtmlTags.Tfoot, TagTraits.TableScope));
        else if (key == HtmlTags.Option || key == HtmlTags.Optgroup)
        {
            if (_kept.Top.Key == HtmlTags.Option)
                PopTo(_kept.Count - 1);
            if (key == HtmlTags.Optgroup && _kept.Top.Key == HtmlTags.Optgroup)
                PopTo(_kept.Count - 1);
        }
    }

    // A row or cell straight inside <table> gets the <tbody> (and <tr>) the tree builder inserts for it.
    private void OpenImplied(ulong key)
    {
        bool cell = key == HtmlTags.Td || key == HtmlTags.Th;
        if ((cell || key == HtmlTags.Tr) && _kept.Top.Key == HtmlTags.Table && _kept.Count < _maxDepth)
            _kept.Push(new Entry(HtmlTags.Tbody, HtmlTags.Of(HtmlTags.Tbody)));
        ulong top = _kept.Top.Key;
        if (cell && (top == HtmlTags.Tbody || top == HtmlTags.Thead || top == HtmlTags.Tfoot) && _kept.Count < _maxDepth)
            _kept.Push(new Entry(HtmlTags.Tr, HtmlTags.Of(HtmlTags.Tr)));
    }

    // A new <li> closes the open one unless a special element (other than address, div, p) lies between.
    private void CloseListItem(ulong a, ulong b)
    {
        if (!_kept.MayHold(a) && !_kept.MayHold(b))
            return;
        for (int j = _kept.Count - 1; j >= 0; j--)
        {
            var entry = _kept[j];
            if (entry.Key == a || entry.Key == b)
            {
                PopTo(j);
                return;
            }
            if ((entry.Traits & TagTraits.Special) != 0 && entry.Key != HtmlTags.Address && entry.Key != HtmlTags.Div && entry.Key != HtmlTags.P)
                return;
        }
    }

    // A second <html>, <head> or <body> only adds attributes to the first; it opens nothing.
    private bool AlreadyOpened(ulong key)
    {
        if (key == HtmlTags.Html)
            return Seen(ref _seenHtml);
        if (key == HtmlTags.Head)
            return Seen(ref _seenHead);
        if (key == HtmlTags.Body)
            return Seen(ref _seenBody);
        return false;
    }

    private static bool Seen(ref bool seen)
    {
        bool before = seen;
        seen = true;
        return before;
    }

    private int EndTagOrBogusComment(int start)
    {
        var s = _html;
        if (start + 2 >= s.Length)
            return s.Length;
        if (!TagSyntax.IsAsciiLetter(s[start + 2]))
            return s[start + 2] == '>' ? start + 3 : TagSyntax.After(s, start, '>'); // "</>" is ignored; "</3" opens a bogus comment
        int nameEnd = TagSyntax.IndexOrEnd(s, start + 2, TagSyntax.TagNameEnd);
        ulong key = HtmlTags.Key(s[(start + 2)..nameEnd]);
        int end = TagSyntax.AfterAttributes(s, nameEnd, out _);
        if (end < 0)
            return s.Length;
        // </body> and </html> don't end anything a later tag can't reopen; pages put content after them.
        if (key == HtmlTags.Body || key == HtmlTags.Html)
            return end;
        // The end tag of a dropped element goes with it.
        if (FindDropped(key) is var dropped and >= 0)
        {
            while (_dropped.Count > dropped)
                _dropped.Pop();
            Drop(start, end);
            return end;
        }
        var traits = HtmlTags.Of(key);
        int found = (traits & TagTraits.TablePart) != 0 || key == HtmlTags.Table
            ? Find(key, key, key, TagTraits.TableScope)
            : (traits & TagTraits.Special) != 0
                ? Find(key, key, key, TagTraits.Scope, key == HtmlTags.P ? HtmlTags.Button : 0, key == HtmlTags.Li ? HtmlTags.Ol : 0, key == HtmlTags.Li ? HtmlTags.Ul : 0)
                // An ordinary or formatting end tag closes nothing past a special element ("any other end tag";
                // the adoption agency leaves the depth of a misnested <b><p></b> as it was).
                : Find(key, key, key, TagTraits.Special);
        PopTo(found); // when not found, the tree builder ignores the end tag as well
        return end;
    }

    private int MarkupDeclaration(int start)
    {
        var s = _html;
        if (s[start..].StartsWith("<!--"))
        {
            int body = start + 4;
            // "<!-->" and "<!--->" are whole (empty) comments.
            if (s[body..].StartsWith(">"))
                return body + 1;
            if (s[body..].StartsWith("->"))
                return body + 2;
            int close = s[body..].IndexOf("-->");
            return close < 0 ? s.Length : body + close + 3;
        }
        if (_openForeign > 0 && s[start..].StartsWith("<![CDATA["))
        {
            int close = s[(start + 9)..].IndexOf("]]>");
            return close < 0 ? s.Length : start + 9 + close + 3;
        }
        return TagSyntax.After(s, start, '>'); // doctype, or a bogus comment
    }

    // Scripts and style sheets are never read, except JSON-LD (structured data the metadata reader needs). On
    // news pages they are half the characters (27% script, 26% style on the benchmark pages); the tokenizer and
    // the DOM would otherwise carry them all.
    private static bool IsUnreadCode(ulong key, ReadOnlySpan<char> attributes)
        => key == HtmlTags.Style || (key == HtmlTags.Script && attributes.IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) < 0);

    // Script, style, textarea, title and the like hold text up to their own end tag, whatever it looks like.
    // closeStart is where that end tag starts (the input's end when there is none).
    private int AfterRawText(int from, ulong key, out int closeStart)
    {
        var s = _html;
        var name = HtmlTags.RawTextName(key);
        int i = from;
        while (true)
        {
            int close = s[i..].IndexOf("</");
            if (close < 0)
            {
                closeStart = s.Length;
                return s.Length;
            }
            int nameStart = i + close + 2;
            int nameEnd = nameStart + name.Length;
            if (nameEnd <= s.Length && s[nameStart..nameEnd].Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == s.Length || TagSyntax.TagNameEnd.Contains(s[nameEnd])))
            {
                closeStart = i + close;
                int end = TagSyntax.AfterAttributes(s, nameEnd, out _);
                return end < 0 ? s.Length : end;
            }
            i = nameStart;
        }
    }

    /// <summary>Opens an element, or past the limits drops its tag (from <paramref name="start"/> to <paramref name="end"/>).</summary>
    private void Open(ulong key, TagTraits traits, int start, int end)
    {
        bool formatting = (traits & TagTraits.Formatting) != 0;
        if (_kept.Count >= _maxDepth || (formatting && _openFormatting >= _maxFormatting))
        {
            Drop(start, end);
            _dropped.Push(new Entry(key, traits, _kept.Count));
            return;
        }
        _kept.Push(new Entry(key, traits));
        if ((traits & TagTraits.Foreign) != 0)
            _openForeign++;
        if (formatting)
            _openFormatting++;
    }

    /// <summary>Closes the kept element at <paramref name="index"/> and all above it, with any dropped ones opened inside them; nothing for -1.</summary>
    private void PopTo(int index)
    {
        if (index < 0)
            return;
        while (_kept.Count > index)
        {
            var entry = _kept.Pop();
            if ((entry.Traits & TagTraits.Foreign) != 0)
                _openForeign--;
            if ((entry.Traits & TagTraits.Formatting) != 0)
                _openFormatting--;
        }
        while (_dropped.Count > 0 && _dropped.Top.KeptDepth > index)
            _dropped.Pop();
    }

    /// <summary>
    /// The stack index of the topmost kept element named <paramref name="a"/>, <paramref name="b"/> or
    /// <paramref name="c"/>, searching down no further than the first element with a trait in
    /// <paramref name="boundary"/> or named by one of <paramref name="extraBoundaries"/> (the spec's scopes); -1 when none.
    /// </summary>
    private readonly int Find(ulong a, ulong b, ulong c, TagTraits boundary, params ReadOnlySpan<ulong> extraBoundaries)
    {
        if (!_kept.MayHold(a) && !_kept.MayHold(b) && !_kept.MayHold(c))
            return -1;
        for (int j = _kept.Count - 1; j >= 0; j--)
        {
            var entry = _kept[j];
            if (entry.Key == a || entry.Key == b || entry.Key == c)
                return j;
            if ((entry.Traits & boundary) != 0 || (entry.Key != 0 && extraBoundaries.Contains(entry.Key)))
                return -1;
        }
        return -1;
    }

    /// <summary>The index of the topmost dropped element named <paramref name="key"/>, or -1 (also when it lies too deep to look for).</summary>
    private readonly int FindDropped(ulong key)
    {
        if (!_dropped.MayHold(key))
            return -1;
        for (int j = _dropped.Count - 1; j >= Math.Max(0, _dropped.Count - SearchLimit); j--)
        {
            if (_dropped[j].Key == key)
                return j;
        }
        return -1;
    }

    /// <summary>Leaves the markup from <paramref name="start"/> to <paramref name="end"/> out of the result.</summary>
    private void Drop(int start, int end)
    {
        Cut(start, end);
        DroppedTags++;
    }

    /// <summary>Leaves text (a script's body) out of the result; no tag is dropped.</summary>
    private void Elide(int start, int end)
    {
        Cut(start, end);
        ElidedChars += end - start;
    }

    // Cuts come in markup order and never overlap: the scan only moves forward.
    private void Cut(int start, int end)
    {
        (_cuts ??= []).Add((start, end));
        _cutLength += end - start;
    }

    private readonly ref struct Markup(ReadOnlySpan<char> html, List<(int Start, int End)> cuts)
    {
        public ReadOnlySpan<char> Html { get; } = html;

        public List<(int Start, int End)> Cuts { get; } = cuts;
    }
}
