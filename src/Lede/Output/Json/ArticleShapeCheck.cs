using System.Text.Json;
using Lede.Extraction;

namespace Lede;

/// <summary>
/// Rejects a deserialized article that lacks a required member. The serializer leaves a missing constructor
/// argument null (it cannot require them: a related link's omitted <c>"url"</c> is a legitimate null), so without
/// this check a hand-edited document would fail later, inside a writer, with a null reference.
/// </summary>
internal static class ArticleShapeCheck
{
    public static void Check(Article article)
    {
        foreach (var author in article.Authors) Require(author, "authors[]");
        foreach (var tag in article.Tags) Require(tag, "tags[]");
        CheckBlocks(article.Blocks);
        foreach (var figure in article.Figures) Require(figure, "figures[]");
        foreach (var link in article.Related)
        {
            Require(link, "related[]");
            Require(link.Title, "related[].title");
        }
        CheckQuotations(article.Quotations, "quotations[]");
        foreach (var person in article.People)
        {
            Require(person, "people[]");
            Require(person.Name, "people[].name");
            foreach (var form in Require(person.Mentions, "people[].mentions")) Require(form, "people[].mentions[]");
            Require(person.MentionSpans, "people[].mentionSpans");
        }
    }

    private static void CheckQuotations(IReadOnlyList<Quotation> quotations, string member)
    {
        foreach (var quotation in quotations)
        {
            Require(quotation, member);
            Require(quotation.Text, member + ".text");
            Require(quotation.Parts, member + ".parts");
            Require(quotation.Nested, member + ".nested");
            if (quotation.Speaker is not null) Require(quotation.Speaker.Mention, member + ".speaker.mention");
            if (quotation.Cue is not null) Require(quotation.Cue.Verb, member + ".cue.verb");
            CheckQuotations(quotation.Nested, member + ".nested[]");
        }
    }

    public static void Check(IReadOnlyList<TraceEntry> trace)
    {
        foreach (var entry in trace)
        {
            Require(entry, "trace[]");
            Require(entry.Stage, "trace[].stage");
            Require(entry.What, "trace[].what");
            Require(entry.Why, "trace[].why");
        }
    }

    private static void CheckBlocks(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading: Require(heading.Text, "heading.text"); break;
                case ParagraphBlock paragraph: Require(paragraph.Text, "paragraph.text"); break;
                case CodeBlock code: Require(code.Text, "code.text"); break;
                case ListBlock list: CheckList(list); break;
                case QuoteBlock quote: CheckBlocks(Require(quote.Blocks, "quote.blocks")); break;
                case TableBlock table: CheckTable(table); break;
                case FigureBlock figure: Require(figure.Figure, "figure.figure"); break;
                default: Require(block, "blocks[]"); break;
            }
        }
    }

    private static void CheckList(ListBlock list)
    {
        foreach (var item in Require(list.Items, "list.items"))
        {
            foreach (var child in Require(item, "list.items[]").Children) CheckList(child);
        }
    }

    private static void CheckTable(TableBlock table)
    {
        foreach (var row in Require(table.Rows, "table.rows"))
        {
            foreach (var cell in Require(Require(row, "table.rows[]").Cells, "table.rows[].cells")) Require(cell, "table.rows[].cells[]");
        }
    }

    private static T Require<T>(T? value, string member) where T : class =>
        value ?? throw new JsonException($"The JSON lacks \"{member}\", or holds null there.");
}
