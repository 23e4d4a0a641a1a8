using Lede.Extraction;
namespace Lede.PlainText;

/// <summary>
/// Turns the text a naive scraper produced (a page's lines, noise left in) into an <see cref="Article"/>. In order:
/// <list type="number">
/// <item>read the lines, their markup and their place in the input (<see cref="TextLines"/>);</item>
/// <item>say what the lexicons make of each line on its own: credit, promo, byline, widget label … (<see cref="LineNoise"/>);</item>
/// <item>decide which lines are the story, each line weighed in its context by the learned model (<see cref="StoryLines"/>);</item>
/// <item>a picture's credit takes its caption and alt text (<see cref="FigureLines"/>), a widget's title its entries (<see cref="WidgetLists"/>);</item>
/// <item>find the headline and standfirst over the story (<see cref="ArticleHead"/>), and join the pieces of a paragraph a
/// scraper broke at its links (<see cref="FragmentJoining"/>);</item>
/// <item>turn the story's lines into blocks (<see cref="BodyStructure"/>), read the byline and dates (<see cref="TextMetadata"/>),
/// then the quotations (<see cref="Quotes.QuoteStage"/>), each also placed in the input (<see cref="InputSpans"/>).</item>
/// </list>
/// Every line that is not body text is in the trace, with the reason.
/// </summary>
internal static class TextCleaner
{
    public static ExtractionResult Run(string text, ExtractionOptions options, CancellationToken cancellationToken)
        => Run(text, options, LineModel.Default, cancellationToken);

    /// <summary>Cleans with the given model (the trainer's cross-validation runs each fold's model through here).</summary>
    internal static ExtractionResult Run(string text, ExtractionOptions options, LineModel model, CancellationToken cancellationToken)
    {
        var lines = TextLines.Read(text, cancellationToken);
        if (lines.Count == 0)
            return new ExtractionResult { Status = ExtractionStatus.Empty, Article = new Article { Kind = ArticleKind.Other, KindConfidence = 1 }, Reason = "the text is empty or only whitespace" };

        var rules = new LineVerdict[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if ((i & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            rules[i] = LineNoise.Classify(lines[i].Text);
        }
        var verdicts = StoryLines.Decide(lines, rules, model, options.Explain, cancellationToken);
        bool blockStyle = TextLines.SeparatedByBlankLines(lines);
        FigureLines.Join(lines, verdicts, blockStyle);
        WidgetLists.Take(lines, verdicts, blockStyle);
        ArticleHead.Find(lines, verdicts, blockStyle);
        FragmentJoining.Join(lines, verdicts);
        cancellationToken.ThrowIfCancellationRequested();
        return Assemble(lines, verdicts, options);
    }

    private static ExtractionResult Assemble(List<TextLine> lines, LineVerdict[] verdicts, ExtractionOptions options)
    {
        string? title = null, standfirst = null;
        var body = new BodyStructure();
        var figures = new List<Figure>();
        var related = new List<RelatedLink>();
        var metadata = new TextMetadata();
        var story = new List<string>();
        var trace = new List<TraceEntry>();
        int[] nextStory = NextStoryLines(verdicts);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            var verdict = verdicts[i];
            switch (verdict.Role)
            {
                case LineRole.Body:
                    body.Add(lines[i], nextStory[i] < 0 ? null : lines[nextStory[i]]);
                    story.Add(line);
                    continue;
                case LineRole.Title: title = line; break;
                case LineRole.Standfirst: standfirst = line; break;
                case LineRole.Credit when verdict.Figure is { } figure:
                    figures.Add(figure);
                    body.Add(figure);
                    break;
                case LineRole.Related when verdict.Related is { } link: related.Add(link); break;
                case LineRole.Byline: metadata.ReadByline(line); break;
                case LineRole.Dateline: metadata.AddDateline(line); break;
                case LineRole.Continuation: continue; // part of the story line before it
            }
            if (options.Explain) trace.Add(new TraceEntry(verdict.Stage ?? StageOf(verdict.Role), lines[i].Describe(), verdict.Why ?? verdict.Role.ToString()));
        }
        metadata.Finish(title is null ? story : story.Prepend(title));

        var blocks = body.Blocks;
        bool hasText = blocks.Exists(b => b is not FigureBlock);
        var article = new Article
        {
            // A text given to the cleaner is taken for a story: it is an article unless nothing of it is.
            Kind = hasText ? ArticleKind.Article : ArticleKind.Other,
            KindConfidence = 1,
            Title = title,
            Standfirst = standfirst,
            Authors = metadata.Authors,
            Publisher = metadata.Publisher,
            Published = metadata.Published,
            Modified = metadata.Modified,
            Language = metadata.Language,
            Blocks = blocks,
            Figures = figures,
            Related = related,
        };
        article = Quotes.QuoteStage.Attach(article, options); // who said what, as for a page
        article = InputSpans.Attach(article, body.Sources);
        return new ExtractionResult
        {
            Status = hasText ? ExtractionStatus.Ok : ExtractionStatus.Empty,
            Article = article,
            Reason = hasText ? null : "no story text: every line is a headline, a credit, a promo or page furniture",
            Trace = trace,
        };
    }

    // For each line, the next line of story after it (-1 when none): a subheading is told by what follows it.
    private static int[] NextStoryLines(LineVerdict[] verdicts)
    {
        var next = new int[verdicts.Length];
        int following = -1;
        for (int i = verdicts.Length - 1; i >= 0; i--)
        {
            next[i] = following;
            if (verdicts[i].Role == LineRole.Body) following = i;
        }
        return next;
    }

    // The trace names the part of the cleaner that decided, as the HTML stages name themselves.
    private static string StageOf(LineRole role) => role switch
    {
        LineRole.Title or LineRole.Standfirst => nameof(ArticleHead),
        LineRole.Credit or LineRole.Caption or LineRole.AltText => nameof(FigureLines),
        LineRole.Related => nameof(Figures.RelatedLine),
        LineRole.Byline or LineRole.Dateline => nameof(TextMetadata),
        _ => nameof(LineNoise),
    };
}
