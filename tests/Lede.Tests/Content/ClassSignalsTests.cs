using System.Text.RegularExpressions;
using Lede.Content;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Tests.Golden;
using Lede.Tests.Html;

namespace Lede.Tests.Content;

public sealed partial class ClassSignalsTests
{
    [Theory]
    [InlineData("article-body", "StoryBody")]
    [InlineData("entry-content clearfix", "StoryBody")]
    [InlineData("c-entry-content", "None")] // "centrycontent" is not a known compound; scoring decides
    [InlineData("share-bar", "Chrome")]
    [InlineData("relatedArticles", "Chrome")]
    [InlineData("ad-slot top", "Chrome")]
    [InlineData("newsletter_signup", "Chrome")]
    [InlineData("header", "None")]
    [InlineData("shadow", "None")]
    [InlineData("add-to-cart", "None")]
    [InlineData("headline", "None")]
    [InlineData("", "None")]
    [InlineData(null, "None")]
    public void ReadsClassValuesByWholeToken(string? value, string expected)
        => Assert.Equal(expected, ClassSignals.ReadValue(value).ToString());

    [Fact]
    public void ABodyNameWinsOverAChromeWordInTheSameClassList()
        => Assert.Equal(ClassSignal.StoryBody, ClassSignals.ReadValue("article-body ad-free"));

    [Fact]
    public void VeryLongClassNamesDoNotOverflow()
        => Assert.Equal(ClassSignal.None, ClassSignals.ReadValue(new string('x', 10_000) + " " + new string('y', 500)));

    [Fact]
    public void APageReadOnceGivesEachElementTheSignalOfItsOwnAttributes()
    {
        // Repeated class lists are remembered within a page; a second page with other text at the same places must not
        // inherit the first page's answers.
        string[] pages =
        [
            "<div class='menu-item'>a</div><div class='menu-item'>b</div><div class='story' id='share-bar'>c</div>"
                + "<div itemprop='articleBody' class='menu-item'>d</div><section class='article-body'>e</section>",
            "<div class='article-body'>a</div><div class='menu-item'>b</div><div class='story'>c</div>",
            // Classes are remembered too: the same class in other lists, in another order, in a list too long to hint
            // at metadata, beside the body's compound, and a class that is a longer class's start.
            "<div class='byline share-bar'>a</div><div class='share-bar byline'>b</div><div class='byline'>c</div>"
                + $"<div class='{new string('x', PageHints.MaxValueLength)} byline'>d</div><div class='byline article-body'>e</div>"
                + "<div class='related related-posts'>f</div><div class='relatedx'>g</div><p class='author\tauthor'>h</p>",
        ];
        foreach (var markup in pages)
        {
            using var page = TestPages.Parse(markup);
            var signals = page.Signal.AsSpan(0, page.Count).ToArray(); // read with the page's facts
            for (int i = 0; i < page.Count; i++)
            {
                Assert.Equal(HintByTheTwoReaders(page.ClassName(i)) | HintByTheTwoReaders(page.Id(i)), page.Hint[i]);
                var expected = ClassSignals.DeclaresArticleBody(page, i) ? ClassSignal.StoryBody
                    : ClassSignals.ReadValue(page.ClassName(i)) is var byClass and not ClassSignal.None ? byClass
                    : ClassSignals.ReadValue(page.Id(i));
                Assert.Equal(expected, signals[i]);
            }
            Assert.Contains(ClassSignal.Chrome, signals);
            Assert.Contains(ClassSignal.StoryBody, signals);
        }
    }

    // ReadValue reads words and compounds in one pass; it must agree with the two readers of ClassWords run in turn,
    // on every class and id of the golden and ScrapingHub pages and on random lists made of vocabulary pieces.
    [Fact]
    public void TheOnePassReadingAgreesWithTheTwoReaders()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var pages = GoldenPage.Slugs().Select(slug => System.Text.Encoding.UTF8.GetString(GoldenPage.Load(slug).Source))
            .Concat(RealPages.ScrapingHubPages().Select(page => page.Markup));
        foreach (var markup in pages)
        {
            foreach (Match match in ClassOrId().Matches(markup)) values.Add(match.Groups[1].Value);
        }
        Assert.True(values.Count > 1_000, $"{values.Count} values");
        var random = new Random(14);
        string[] pieces = [.. Vocabulary.Chrome, .. Vocabulary.Related, .. Vocabulary.RelatedCompounds, "byline", "dateline", "postAuthor", "by", "dek", "comments", .. Vocabulary.ChromeCompounds, .. Vocabulary.StoryBodyCompounds, "col", "md", "Article", "BODY", "x1", "é", new string('q', 70)];
        string[] joins = ["", "-", "_", " ", "  ", "\t", "\n", "--", "2", "A"];
        for (int i = 0; i < 20_000; i++)
        {
            var value = new System.Text.StringBuilder();
            for (int n = random.Next(1, 6); n > 0; n--)
            {
                var piece = pieces[random.Next(pieces.Length)];
                value.Append(random.Next(3) == 0 ? piece.ToUpperInvariant() : random.Next(3) == 0 ? char.ToUpperInvariant(piece[0]) + piece[1..] : piece);
                value.Append(joins[random.Next(joins.Length)]);
            }
            values.Add(value.ToString());
        }
        foreach (var value in values)
        {
            Assert.True(ByTheTwoReaders(value) == ClassSignals.Read(value, out var hint), $"“{value}”");
            Assert.True(HintByTheTwoReaders(value) == hint, $"hint of “{value}”");
        }
    }

    private static ClassSignal ByTheTwoReaders(string value)
    {
        var chromeWords = new HashSet<string>(Vocabulary.Chrome, StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[ClassWords.BufferLength];
        bool chrome = false, body = false;
        foreach (var word in ClassWords.Of(value, buffer))
            chrome |= chromeWords.Contains(word.ToString());
        foreach (var compound in ClassWords.Compounds(value, buffer))
        {
            var text = compound.ToString();
            body |= Vocabulary.StoryBodyCompounds.Contains(text);
            chrome |= Vocabulary.ChromeCompounds.Any(c => text.Contains(c, StringComparison.Ordinal));
        }
        return body ? ClassSignal.StoryBody : chrome ? ClassSignal.Chrome : ClassSignal.None;
    }

    // What PageHints gives for each word and compound of the value (up to its longest value), and whether a word is
    // related or a compound holds a related one (at any length), read by the two readers in turn.
    private static PageHint HintByTheTwoReaders(string? value)
    {
        var hint = PageHint.None;
        if (string.IsNullOrEmpty(value)) return hint;
        bool metadata = value.Length <= PageHints.MaxValueLength;
        Span<char> buffer = stackalloc char[ClassWords.BufferLength];
        foreach (var word in ClassWords.Of(value, buffer))
        {
            if (metadata) hint |= Of(word.ToString());
            if (Vocabulary.Related.Contains(word.ToString())) hint |= PageHint.Related;
        }
        foreach (var compound in ClassWords.Compounds(value, buffer))
        {
            var text = compound.ToString();
            if (metadata) hint |= Of(text);
            if (Vocabulary.RelatedCompounds.Any(c => text.Contains(c, StringComparison.Ordinal))) hint |= PageHint.Related;
        }
        return hint;

        static PageHint Of(string token) => token.Length is >= 3 and <= 32 ? PageHints.Words.GetValueOrDefault(token) : PageHint.None;
    }

    [GeneratedRegex("(?:class|id)\\s*=\\s*[\"']([^\"']*)[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex ClassOrId();
}
