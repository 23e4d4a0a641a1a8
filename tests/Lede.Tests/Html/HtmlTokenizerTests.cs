using System.Diagnostics;
using System.Text;
using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>
/// What html5lib's suite does not check: that text is not copied unless it changes, CR LF inside one run, the
/// tree builder's switches (DiscardText, AllowCData, the content states), names interned to their known ids, the
/// cost of many attributes, and that no input, cut off anywhere or made of random markup characters, throws or hangs.
/// </summary>
public sealed class HtmlTokenizerTests
{
    [Fact]
    public void PlainTextAndAttributeValuesAreRangesOfTheMarkup()
    {
        var (text, names, tokenizer) = Open("<p class=\"intro\" id=main title='t'>Hello, world</p>");

        Assert.Equal(TokenKind.StartTag, tokenizer.Next());
        Assert.Equal(KnownNames.P, tokenizer.TagName);
        foreach (var attribute in tokenizer.Attributes)
            Assert.True(attribute.Value.End <= text.SourceLength, names[attribute.Name]);
        Assert.Equal(["intro", "main", "t"], tokenizer.Attributes.ToArray().Select(a => text.ToString(a.Value)));
        Assert.Equal(TokenKind.Character, tokenizer.Next());
        Assert.True(tokenizer.Data.Start < text.SourceLength);
        Assert.Equal("Hello, world", text.ToString(tokenizer.Data));
        Assert.Equal(TokenKind.EndTag, tokenizer.Next());
        Assert.Equal(TokenKind.EndOfFile, tokenizer.Next());
        Assert.Equal(TokenKind.EndOfFile, tokenizer.Next());
        Assert.Equal(0, text.BufferLength);
    }

    [Fact]
    public void ChangedTextIsOneRunInTheBuffer()
    {
        var (text, _, tokenizer) = Open("one\r\ntwo\rthree &amp; four&#x21;\r\n<b>");

        Assert.Equal(TokenKind.Character, tokenizer.Next());
        Assert.True(tokenizer.Data.Start >= text.SourceLength);
        Assert.Equal("one\ntwo\nthree & four!\n", text.ToString(tokenizer.Data));
        Assert.Equal(TokenKind.StartTag, tokenizer.Next());
    }

    [Fact]
    public void CarriageReturnsBecomeLineFeedsEverywhere()
    {
        Assert.Equal(
            [
                """["DOCTYPE","html","a\u000Ab","c\u000A",true]""",
                """["Comment","x\u000Ay\u000A"]""",
                """["StartTag","a",{"b":"1\u000A2","c":"3","d":"4\u000A"}]""",
                """["Character","\u000A"]""",
                """["StartTag","textarea",{}]""",
                """["Character","\u000A\u000Ax"]""",
            ],
            Tokens("<!DOCTYPE html PUBLIC \"a\r\nb\" 'c\r'><!--x\r\ny\r--><a b='1\r2' c=3\r\nd=\"4\r\n\">\r<textarea>\r\n\r\nx"));
    }

    [Fact]
    public void DiscardedScriptTextIsNotWritten()
    {
        var (text, _, tokenizer) = Open("a\r\n\0&amp;b</script>c");
        tokenizer.State = ContentState.ScriptData;
        tokenizer.LastStartTag = KnownNames.Script;
        tokenizer.DiscardText = true;

        Assert.Equal(TokenKind.Character, tokenizer.Next());
        Assert.Equal(new TextRange(0, 10), tokenizer.Data);
        Assert.Equal(TokenKind.EndTag, tokenizer.Next());
        Assert.Equal(KnownNames.Script, tokenizer.TagName);
        Assert.Equal(0, text.BufferLength);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DiscardedTextRunsToTheEndTag(bool rcData)
    {
        var (state, element) = rcData ? (ContentState.RcData, KnownNames.Title) : (ContentState.RawText, KnownNames.Style);
        string name = KnownNames.Spelling(element);
        var (text, _, tokenizer) = Open("x\0&lt;</y></" + name.ToUpperInvariant() + " >");
        tokenizer.State = state;
        tokenizer.LastStartTag = element;
        tokenizer.DiscardText = true;

        Assert.Equal(TokenKind.Character, tokenizer.Next());
        Assert.Equal(new TextRange(0, 10), tokenizer.Data);
        Assert.Equal(TokenKind.EndTag, tokenizer.Next());
        Assert.Equal(element, tokenizer.TagName);
        Assert.Equal(0, text.BufferLength);
    }

    [Fact]
    public void CDataSectionsOnlyWhereAllowed()
    {
        Assert.Equal(["""["Comment","[CDATA[x<y]]"]"""], Tokens("<![CDATA[x<y]]>"));
        Assert.Equal(["""["Character","x<y"]""", """["StartTag","b",{}]"""], Tokens("<![CDATA[x<y]]><b>", allowCData: true));
        Assert.Equal(["""["Character","a]"]"""], Tokens("<![CDATA[a]]]>", allowCData: true));
        Assert.Equal(["""["Character","x\u000Ay"]"""], Tokens("<![CDATA[x\r\ny", allowCData: true));
    }

    [Fact]
    public void NulInTheDataStateIsKeptAndNoted()
    {
        var (text, _, tokenizer) = Open("a\0b<p>c");

        Assert.Equal(TokenKind.Character, tokenizer.Next());
        Assert.True(tokenizer.DataHasNul);
        Assert.Equal("a\0b", text.ToString(tokenizer.Data));
        tokenizer.Next();
        Assert.Equal(TokenKind.Character, tokenizer.Next());
        Assert.False(tokenizer.DataHasNul);
    }

    [Fact]
    public void NamesAreLowercasedToTheirKnownIds()
    {
        var (_, names, tokenizer) = Open("<DIV CLASS=a Href=b><sVg ViewBox=c></Div>");

        tokenizer.Next();
        Assert.Equal(KnownNames.Div, tokenizer.TagName);
        Assert.Equal([KnownNames.Class, KnownNames.Href], tokenizer.Attributes.ToArray().Select(a => a.Name));
        tokenizer.Next();
        Assert.Equal(KnownNames.Svg, tokenizer.TagName);
        Assert.Equal("viewbox", names[tokenizer.Attributes[0].Name]); // the tree builder adjusts SVG's case
        Assert.Equal(TokenKind.EndTag, tokenizer.Next());
        Assert.Equal(KnownNames.Div, tokenizer.TagName);
        Assert.Equal(1, names.InternedCount);
    }

    [Fact]
    public void NamesReadTheSameWhateverEndsThemAndWhereverTheInputEnds()
    {
        // A name is read sixteen characters at once when they are all in the markup and it ends among them, else a
        // character at a time (characters whose low byte is a name's end among them); short ASCII names are found by
        // their key, others by their spelling. With every ending, uppercase or not, and with the input's end right after
        // the tag or further on, every name must read as its spelling and a known one as its id.
        var known = Enumerable.Range(1, KnownNames.Count - 1).ToDictionary(KnownNames.Spelling);
        string[] spellings = [.. known.Keys,
            "x", "data-src", "data-srcset", "aria-describedby", "a-custom-element-name-of-many-letters", "é", "naïve", "x\u0001y", "x\u0000y",
            "abcdefghijklmno", "abcdefghijklmnop", "x\u012Fy", "x\u013Ey", "x\u0120y", "x\u0130y", "x\u8000y", "x\uFFFDy", "x\u203Ey"];
        foreach (string spelling in spellings)
        {
            string upper = new([.. spelling.Select(c => char.IsAsciiLetterLower(c) ? (char)(c - 0x20) : c)]);
            string expected = new([.. spelling.Select(c => c == '\0' ? '\uFFFD' : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)]);
            foreach (string written in new[] { spelling, upper })
            foreach (string end in new[] { " ", "\t", "\n", "\f", "\r", "/", ">" })
            foreach (string padding in new[] { "", new string(' ', 20) })
            {
                var (_, names, tokenizer) = Open($"<{written}{end}>{padding}");
                if (char.IsAsciiLetter(written[0])) // else it is text, not a tag
                {
                    Assert.Equal(TokenKind.StartTag, tokenizer.Next());
                    Assert.Equal(expected, names[tokenizer.TagName]);
                    Assert.Equal(known.GetValueOrDefault(expected, tokenizer.TagName), tokenizer.TagName);
                }
                (_, names, tokenizer) = Open($"<p {written}{(end == "/" ? "=v" : end)}>{padding}");
                Assert.Equal(TokenKind.StartTag, tokenizer.Next());
                Assert.Equal(expected, names[tokenizer.Attributes[0].Name]);
                Assert.Equal(known.GetValueOrDefault(expected, tokenizer.Attributes[0].Name), tokenizer.Attributes[0].Name);
            }
        }
    }

    [Fact]
    public void LastStartTagFollowsEveryStartTag()
    {
        var (_, _, tokenizer) = Open("<title>a</b><p>");

        tokenizer.Next();
        Assert.Equal(KnownNames.Title, tokenizer.LastStartTag);
        tokenizer.Next();
        tokenizer.Next();
        Assert.Equal(KnownNames.Title, tokenizer.LastStartTag);
        tokenizer.Next();
        Assert.Equal(KnownNames.P, tokenizer.LastStartTag);
    }

    [Fact]
    public void PositionIsHowFarTheTokenizerRead()
    {
        var (_, _, tokenizer) = Open("ab<p>cd");

        tokenizer.Next();
        Assert.Equal(2, tokenizer.Position);
        tokenizer.Next();
        Assert.Equal(5, tokenizer.Position);
        tokenizer.Next();
        Assert.Equal(7, tokenizer.Position);
    }

    [Fact]
    public void ManyAndDuplicateAttributesCostLinearTime()
    {
        const int Tags = 100_000, Copies = 10_000, Distinct = 100_000;
        var page = new StringBuilder();
        for (int i = 0; i < Tags; i++)
            page.Append("<a b=c>");
        page.Append("<i");
        for (int i = 0; i < Copies; i++)
            page.Append(" b=c");
        page.Append("><p");
        for (int copy = 0; copy < 2; copy++)
            for (int i = 0; i < Distinct; i++)
                page.Append(" a").Append(i).Append("=v").Append(copy);
        page.Append('>');
        var (text, _, tokenizer) = Open(page.ToString());

        var clock = Stopwatch.StartNew();
        int tags = 0;
        while (tokenizer.Next() == TokenKind.StartTag && tokenizer.TagName == KnownNames.A)
            tags++;
        int copiesKept = tokenizer.Attributes.Length;
        Assert.Equal(TokenKind.StartTag, tokenizer.Next());
        var attributes = tokenizer.Attributes.ToArray();
        clock.Stop();

        Assert.Equal(Tags, tags);
        Assert.Equal(1, copiesKept);
        Assert.Equal(Distinct, attributes.Length);
        Assert.All(attributes, a => Assert.Equal("v0", text.ToString(a.Value)));
        // A quadratic duplicate check takes seconds here (some ten billion comparisons); linear work takes milliseconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Theory]
    [InlineData("<![CDATA[x]]>", (int)ContentState.Data, true)]
    [InlineData("<![CDATA[", (int)ContentState.Data, false)]
    [InlineData("&notin&amp", (int)ContentState.RcData, false)]
    [InlineData("--!-", (int)ContentState.Data, false)]
    [InlineData("<!--<script>-->", (int)ContentState.ScriptData, false)]
    [InlineData("</titl</title", (int)ContentState.RcData, false)]
    [InlineData("<a b='c' d", (int)ContentState.Data, false)]
    public void RepeatedMarkupCostsLinearTime(string piece, int state, bool allowCData)
    {
        string page = (piece.StartsWith('-') ? "<!--" : "") + string.Concat(Enumerable.Repeat(piece, 50_000));
        var (_, _, tokenizer) = Open(page);
        tokenizer.State = (ContentState)state;
        tokenizer.AllowCData = allowCData;
        tokenizer.LastStartTag = KnownNames.Title;

        var clock = Stopwatch.StartNew();
        while (tokenizer.Next() != TokenKind.EndOfFile)
        {
        }
        clock.Stop();

        // Work that goes back over the rest of the page for each piece would take minutes here.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void HugeAttributeValuesAndTextStayRanges()
    {
        string value = new('x', 5_000_000);
        var (text, _, tokenizer) = Open($"<a href=\"{value}\" title='{value}&amp;'>{value}");

        tokenizer.Next();
        Assert.Equal(new TextRange(9, value.Length), tokenizer.Attributes[0].Value);
        Assert.Equal(value.Length + 1, tokenizer.Attributes[1].Value.Length);
        Assert.True(tokenizer.Attributes[1].Value.Start >= text.SourceLength);
        tokenizer.Next();
        Assert.Equal(value.Length, tokenizer.Data.Length);
        Assert.True(tokenizer.Data.End <= text.SourceLength);
    }

    // Markup that passes through every state: cut off after each character, in each initial state, it must still end.
    const string EveryState =
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD\" 'sys'><!doctype x SYSTEM 'y' z><!DOCTYPE><!DOCTYPEa PUBLIC'a'\"b\">"
        + "<!-- a -- b --!><!----><!--><!---><!--<!--x--!-->t&amp;&notit;&#x110000;&#0;&#128;&ampx<b a=1 b='&amp' c=\"&notin;\" d e/>"
        + "</b x=y><?pi><!bogus></><![CDATA[c]]]><script><!--<script>-->--></script>x</script><title>&lt;</title></TITLE>"
        + "<textarea></textare></textarea><plaintext>";

    [Fact]
    public void EveryStateEndsAtTheEndOfTheInput()
    {
        foreach (var state in Enum.GetValues<ContentState>())
            foreach (bool cdata in (bool[])[false, true])
                foreach (int last in (int[])[0, KnownNames.Script, KnownNames.Title, KnownNames.Textarea])
                    for (int length = 0; length <= EveryState.Length; length++)
                        CheckedTokens(EveryState[..length], state, cdata, last);
    }

    [Fact]
    public void RandomMarkupNeverThrowsAndCarriageReturnsReadAsLineFeeds()
    {
        const string Alphabet = "<>&/!-?\"'= \r\n\0;#xXaAbzZ09[]";
        string[] pieces = ["script", "SCRIPT", "title", "<!--", "-->", "--!>", "<!DOCTYPE ", "PUBLIC", "SYSTEM", "<![CDATA[", "]]>", "&amp;", "&not", "&#x", "\r\n", "<a ", "</script"];
        string[] inserts = ["\r", "\r\n", "\r\r\n", "\0", "<", "-", "&", "\"", "'"];
        var random = new Random(20240601);
        var input = new StringBuilder();
        for (int round = 0; round < 6000; round++)
        {
            input.Clear();
            if (round % 2 == 0)
            {
                // Random characters and pieces of markup.
                int length = random.Next(0, 60);
                while (input.Length < length)
                {
                    if (random.Next(4) == 0)
                        input.Append(pieces[random.Next(pieces.Length)]);
                    else
                        input.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
            }
            else
            {
                // The markup that passes through every state, with CRs and other characters slipped in and cut off.
                input.Append(EveryState, 0, random.Next(EveryState.Length + 1));
                for (int i = random.Next(1, 8); i > 0; i--)
                    input.Insert(random.Next(input.Length + 1), inserts[random.Next(inserts.Length)]);
            }
            string markup = input.ToString();
            var state = (ContentState)random.Next(6);
            int last = random.Next(2) == 0 ? KnownNames.Script : KnownNames.Title;
            bool cdata = random.Next(2) == 0;

            var tokens = CheckedTokens(markup, state, cdata, last);
            // Preprocessing the input first must make no difference: the tokenizer reads CR as LF in every state.
            string preprocessed = markup.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            Assert.Equal(tokens, CheckedTokens(preprocessed, state, cdata, last));
        }
    }

    // The tokens of `markup`, after checking that it reaches the end without throwing and that every range is inside the
    // page's text, wholly in the markup or wholly in the buffer.
    static List<string> CheckedTokens(string markup, ContentState state, bool allowCData, int lastStartTag)
    {
        var (text, names, tokenizer) = Open(markup);
        tokenizer.State = state;
        tokenizer.AllowCData = allowCData;
        tokenizer.LastStartTag = lastStartTag;
        var tokens = new List<string>();
        try
        {
            foreach (string token in TokenizerSuite.Tokens(tokenizer, text, names, markup.Length))
            {
                tokens.Add(token);
                foreach (var range in Ranges(tokenizer))
                    Assert.True(range.Start >= 0 && range.End <= text.End && (range.End <= text.SourceLength || range.Start >= text.SourceLength),
                        $"{range} outside the page's text ({text.SourceLength} + {text.BufferLength})");
            }
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{state} {TokenizerSuite.Quote(markup)}: {e}");
        }
        Assert.Equal(markup.Length, tokenizer.Position);
        return tokens;
    }

    static IEnumerable<TextRange> Ranges(HtmlTokenizer tokenizer)
    {
        var ranges = new List<TextRange>();
        if (tokenizer.Kind is TokenKind.Character or TokenKind.Comment)
            ranges.Add(tokenizer.Data);
        foreach (var attribute in tokenizer.Attributes)
            ranges.Add(attribute.Value);
        if (tokenizer.Kind == TokenKind.Doctype)
            ranges.AddRange(new[] { tokenizer.Data, tokenizer.PublicId, tokenizer.SystemId }.Where(r => r.Exists));
        return ranges;
    }

    static List<string> Tokens(string markup, bool allowCData = false)
    {
        var (text, names, tokenizer) = Open(markup);
        tokenizer.AllowCData = allowCData;
        return TokenizerSuite.Tokens(tokenizer, text, names, markup.Length).ToList();
    }

    static (PageText Text, NameTable Names, HtmlTokenizer Tokenizer) Open(string markup)
    {
        var text = new PageText(markup);
        var names = new NameTable();
        return (text, names, new HtmlTokenizer(text, names));
    }
}
