using Lede.Cli.Eval;
using Lede.Figures;
using Lede.Lexicon;

namespace Lede.Tests.Figures;

/// <summary>
/// <see cref="CreditLine.IsCreditParagraph"/> turns most paragraphs away with a cheap check before the full split; it
/// must answer exactly as the full split does, on real pages' text and on lines built from the lexicon.
/// </summary>
public sealed class CreditPreCheckTests
{
    // The check as it was before the pre-check: a label opens the line, or the full split reads a credit alone.
    private static bool FullCheck(string text)
    {
        if (text.Length > 300) return false;
        var t = text.TrimStart();
        bool labelled = CaptionSplitter.MatchLabel(t, 0, out _, out _) || t.Length > 1 && t[0] is '(' or '[' && CaptionSplitter.MatchLabel(t, 1, out _, out _);
        return labelled || CreditLine.Read(t) is { Caption: null, Credit: not null };
    }

    [Fact]
    public void AnswersAsTheFullSplitOnTheGoldenPages()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "pages");
        var texts = PageTexts(Directory.GetFiles(root, "source.html", SearchOption.AllDirectories));
        AssertSameAnswers(texts, minCredits: 3);
    }

    [SkippableFact]
    public void AnswersAsTheFullSplitOnTheScrapingHubPages()
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, "the ScrapingHub benchmark data is absent");
        var texts = PageTexts(Directory.GetFiles(Path.Combine(root, "html"), "*", SearchOption.AllDirectories));
        AssertSameAnswers(texts, minCredits: 20);
    }

    [Fact]
    public void AnswersAsTheFullSplitOnLinesBuiltFromTheLexicon()
    {
        string[] prose = ["the", "crowd", "gathered", "at", "dawn", "Paris", "Jane", "Doe", "said", "on", "Tuesday", "2024", "photo", "credit", "of", "via", "de", "für"];
        string[] marks = [". ", ", ", " | ", " – ", " — ", " - ", "; ", ": ", " / ", "/", " (", ") ", "[", "] ", " © ", "\u00A0", "  ", "\n", "! ", "? ", " • ", "(", ")", " ", "“", "” ", "\"", "'", "« ", " »", "‘", "’ ", "* ", "# ", "@", "…", "·", "•"];
        var pieces = new List<string>(prose);
        pieces.AddRange(CreditWords.CreditPhrases);
        pieces.AddRange(CreditWords.Agencies);
        pieces.AddRange(CreditWords.AgencyAcronyms);
        pieces.AddRange(CreditWords.NameConnectors);
        pieces.AddRange(WordLists.Words(Section.CreditLabels));
        pieces.AddRange(WordLists.Words(Section.PictureLabels));

        var texts = new List<string>();
        foreach (var piece in pieces)
        {
            texts.Add(piece);
            texts.Add(piece.ToUpperInvariant());
            texts.Add(piece.ToLowerInvariant());
            texts.Add(piece + ".");
            texts.Add("(" + piece + ")");
            texts.Add("Jane Doe/" + piece);
            texts.Add("The crowd at dawn. " + piece);
        }
        var random = new Random(14);
        for (int n = 0; n < 60_000; n++)
        {
            var line = new System.Text.StringBuilder();
            int parts = random.Next(1, 8);
            for (int i = 0; i < parts; i++)
            {
                if (i > 0 || random.Next(4) == 0) line.Append(marks[random.Next(marks.Length)]);
                var piece = pieces[random.Next(pieces.Count)];
                line.Append(random.Next(5) switch { 0 => piece.ToUpperInvariant(), 1 => char.ToUpperInvariant(piece[0]) + piece[1..], _ => piece });
            }
            if (random.Next(3) == 0) line.Append(marks[random.Next(marks.Length)]);
            texts.Add(line.ToString());
        }
        AssertSameAnswers(texts, minCredits: 1000);
    }

    [Fact]
    public void EveryAgencyOfTheLexiconLooksLikeACredit()
    {
        foreach (var agency in CreditWords.Agencies)
            foreach (var text in (string[])[agency, agency.ToUpperInvariant(), agency.ToLowerInvariant(), "Jane Doe via " + agency])
                Assert.True(CaptionSplitter.LooksLikeCredit(text), text);
        foreach (var acronym in CreditWords.AgencyAcronyms)
            foreach (var text in (string[])[acronym, "Jane Doe via " + acronym, "Jane Doe/" + acronym])
                Assert.True(CaptionSplitter.LooksLikeCredit(text), text);
    }

    private static void AssertSameAnswers(IEnumerable<string> texts, int minCredits)
    {
        int credits = 0;
        foreach (var text in texts)
        {
            bool full = FullCheck(text);
            Assert.True(full == CreditLine.IsCreditParagraph(text), $"{(full ? "turned away" : "let in")}: “{text}”");
            if (full) credits++;
        }
        Assert.True(credits >= minCredits, $"only {credits} credit lines among the texts: the check is not exercised");
    }

    // Every element's text, as it is and with its whitespace collapsed, and each of its lines: what a paragraph may be.
    private static List<string> PageTexts(IEnumerable<string> files)
    {
        var texts = new List<string>();
        foreach (var file in files)
        {
            var page = TestPages.Parse(Read(file));
            for (int element = 0; element < page.Count; element++)
            {
                var text = page.TextContent(element);
                if (text.Length > 400) continue;
                texts.Add(text);
                texts.Add(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                if (text.Contains('\n')) texts.AddRange(text.Split('\n'));
            }
        }
        return texts;
    }

    // The ScrapingHub pages are gzipped.
    private static string Read(string file)
    {
        if (!file.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllText(file);
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        return new StreamReader(gzip).ReadToEnd();
    }
}
