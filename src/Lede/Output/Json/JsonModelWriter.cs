using System.Text.Json;
using Names = Lede.JsonModelNames;

namespace Lede;

/// <summary>
/// Writes the model (a result, an article and what it holds) to a <see cref="Utf8JsonWriter"/> in the form
/// <c>docs/json-schema.md</c> gives: every property in the order of its tables, null values left out, lists always
/// written, blocks tagged with <c>"type"</c> first.
/// </summary>
/// <remarks>
/// Written by hand, though <see cref="LedeJsonContext"/> describes the same form and still reads it: the serializer
/// writes this model through its metadata path (blocks are polymorphic, several types have converters, and the
/// result's derived flags are removed by a modifier, each of which rules out its generated fast path), and that took
/// 6% of a batch's CPU time, most of it the serializer's own bookkeeping. The tests hold this writer to the
/// serializer byte for byte, as the oracle, over the golden pages and over articles that fill every property.
/// Escaping, indentation and number formats are the writer's, so they are the serializer's too.
/// </remarks>
internal static class JsonModelWriter
{
    /// <summary>The result: status, article, reason, truncated (only when true), trace.</summary>
    public static void Write(Utf8JsonWriter json, ExtractionResult result)
    {
        json.WriteStartObject();
        json.WriteString(Names.Status, StatusName(result.Status));
        if (result.Article is { } article)
        {
            json.WritePropertyName(Names.Article);
            Write(json, article);
        }
        WriteIf(json, Names.Reason, result.Reason);
        if (result.Truncated) json.WriteBoolean(Names.Truncated, true);
        WriteArray(json, Names.Trace, result.Trace, WriteTraceEntry);
        json.WriteEndObject();
    }

    private static void WriteTraceEntry(Utf8JsonWriter json, TraceEntry? entry)
    {
        if (entry is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        WriteIf(json, Names.Stage, entry.Stage);
        WriteIf(json, Names.What, entry.What);
        WriteIf(json, Names.Why, entry.Why);
        json.WriteEndObject();
    }

    /// <summary>The article, as the next value of <paramref name="json"/>.</summary>
    public static void Write(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString(Names.Kind, KindName(article.Kind));
        json.WriteNumber(Names.KindConfidence, article.KindConfidence);
        WriteIf(json, Names.Title, article.Title);
        WriteIf(json, Names.Standfirst, article.Standfirst);
        WriteIf(json, Names.Description, article.Description);
        WriteStrings(json, Names.Authors, article.Authors);
        WriteIf(json, Names.Published, article.Published);
        WriteIf(json, Names.Modified, article.Modified);
        WriteIf(json, Names.SiteName, article.SiteName);
        WriteIf(json, Names.Publisher, article.Publisher);
        WriteIf(json, Names.Url, article.Url);
        WriteIf(json, Names.CanonicalUrl, article.CanonicalUrl);
        WriteIf(json, Names.Language, article.Language);
        WriteIf(json, Names.Section, article.Section);
        WriteStrings(json, Names.Tags, article.Tags);
        WriteIf(json, Names.License, article.License);
        WriteIf(json, Names.MainImage, article.MainImage);
        WriteArray(json, Names.Blocks, article.Blocks, WriteBlock);
        WriteArray(json, Names.Figures, article.Figures, WriteFigure);
        WriteArray(json, Names.Related, article.Related, WriteRelated);
        WriteArray(json, Names.Quotations, article.Quotations, WriteQuotation);
        WriteArray(json, Names.People, article.People, WritePerson);
        WriteIf(json, Names.Text, article.Text);
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, Block? block)
    {
        switch (block)
        {
            case null:
                json.WriteNullValue();
                return;
            case ParagraphBlock paragraph:
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.Paragraph);
                WriteIf(json, Names.Text, paragraph.Text);
                WriteRuns(json, Names.Inlines, paragraph.Inlines);
                break;
            case HeadingBlock heading:
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.Heading);
                json.WriteNumber(Names.Level, heading.Level);
                WriteIf(json, Names.Text, heading.Text);
                WriteRuns(json, Names.Inlines, heading.Inlines);
                break;
            case ListBlock list:
                WriteList(json, list);
                return;
            case QuoteBlock quote:
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.Quote);
                WriteArray(json, Names.Blocks, quote.Blocks, WriteBlock);
                break;
            case TableBlock table:
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.Table);
                WriteArray(json, Names.Rows, table.Rows, WriteRow);
                break;
            case CodeBlock code:
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.Code);
                WriteIf(json, Names.Text, code.Text);
                WriteIf(json, Names.Language, code.Language);
                break;
            case FigureBlock figure:
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.Figure);
                if (figure.Figure is { } image)
                {
                    json.WritePropertyName(Names.Figure);
                    WriteFigure(json, image);
                }
                break;
            default:
                // As the serializer does with a block type the form does not know.
                throw new NotSupportedException($"The block type '{block.GetType()}' has no JSON form.");
        }
        json.WriteEndObject();
    }

    // A list, top-level or nested in an item, tagged as a list either way.
    private static void WriteList(Utf8JsonWriter json, ListBlock? list)
    {
        if (list is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        json.WriteString(Names.Type, Names.List);
        json.WriteBoolean(Names.Ordered, list.Ordered);
        WriteArray(json, Names.Items, list.Items, WriteItem);
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, ListItem? item)
    {
        if (item is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        json.WriteString(Names.Text, item.Text); // written even when null, as the serializer's list item converter does
        WriteArray(json, Names.Children, item.Children ?? [], WriteList);
        WriteRuns(json, Names.Inlines, item.Inlines);
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, TableRow? row)
    {
        if (row is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        WriteStrings(json, Names.Cells, row.Cells);
        json.WriteBoolean(Names.IsHeader, row.IsHeader);
        json.WriteStartArray(Names.CellInlines);
        foreach (var runs in row.CellInlines) WriteRuns(json, runs);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRuns(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<InlineRun> runs)
    {
        json.WritePropertyName(name);
        WriteRuns(json, runs);
    }

    private static void WriteRuns(Utf8JsonWriter json, IReadOnlyList<InlineRun>? runs)
    {
        if (runs is null) { json.WriteNullValue(); return; }
        json.WriteStartArray();
        foreach (var run in runs)
        {
            if (run is null) { json.WriteNullValue(); continue; }
            json.WriteStartObject();
            WriteIf(json, Names.Text, run.Text);
            WriteIf(json, Names.Link, run.Link);
            if (run.Emphasis) json.WriteBoolean(Names.Emphasis, true);
            if (run.Strong) json.WriteBoolean(Names.Strong, true);
            if (run.Code) json.WriteBoolean(Names.Code, true);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteFigure(Utf8JsonWriter json, Figure? figure)
    {
        if (figure is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        WriteIf(json, Names.Src, figure.Src);
        WriteIf(json, Names.Alt, figure.Alt);
        WriteIf(json, Names.Caption, figure.Caption);
        WriteIf(json, Names.Credit, figure.Credit);
        if (figure.Width is { } width) json.WriteNumber(Names.Width, width);
        if (figure.Height is { } height) json.WriteNumber(Names.Height, height);
        json.WriteEndObject();
    }

    private static void WriteRelated(Utf8JsonWriter json, RelatedLink? link)
    {
        if (link is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        WriteIf(json, Names.Title, link.Title);
        WriteIf(json, Names.Url, link.Url);
        json.WriteString(Names.Placement, link.Placement switch
        {
            RelatedPlacement.Inline => "inline",
            RelatedPlacement.Rail => "rail",
            _ => throw UnknownValue(link.Placement),
        });
        json.WriteEndObject();
    }

    private static void WriteQuotation(Utf8JsonWriter json, Quotation? quotation)
    {
        if (quotation is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        WriteIf(json, Names.Text, quotation.Text);
        WriteSpan(json, Names.Span, quotation.Span);
        WriteSpans(json, Names.Parts, quotation.Parts);
        WriteIf(json, Names.InputSpan, quotation.InputSpan);
        WriteSpans(json, Names.InputParts, quotation.InputParts);
        json.WriteNumber(Names.Paragraph, quotation.Paragraph);
        if (quotation.Speaker is { } speaker)
        {
            json.WriteStartObject(Names.Speaker);
            WriteIf(json, Names.Mention, speaker.Mention);
            WriteSpan(json, Names.Span, speaker.Span);
            WriteIf(json, Names.Name, speaker.Name);
            WriteIf(json, Names.InputSpan, speaker.InputSpan);
            json.WriteEndObject();
        }
        if (quotation.Cue is { } cue)
        {
            json.WriteStartObject(Names.Cue);
            WriteIf(json, Names.Verb, cue.Verb);
            json.WriteString(Names.Kind, cue.Kind switch
            {
                CueKind.Spoken => "spoken",
                CueKind.Written => "written",
                _ => throw UnknownValue(cue.Kind),
            });
            WriteSpan(json, Names.Span, cue.Span);
            WriteIf(json, Names.InputSpan, cue.InputSpan);
            json.WriteEndObject();
        }
        WriteIf(json, Names.Addressee, quotation.Addressee);
        WriteIf(json, Names.Medium, quotation.Medium);
        WriteArray(json, Names.Nested, quotation.Nested, WriteQuotation);
        json.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter json, Person? person)
    {
        if (person is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        WriteIf(json, Names.Name, person.Name);
        WriteStrings(json, Names.Mentions, person.Mentions);
        WriteSpans(json, Names.MentionSpans, person.MentionSpans);
        json.WriteNumber(Names.QuotationCount, person.QuotationCount);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, JsonEncodedText name, TextSpan span)
    {
        json.WritePropertyName(name);
        WriteSpan(json, span);
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartObject();
        json.WriteNumber(Names.Start, span.Start);
        json.WriteNumber(Names.Length, span.Length);
        json.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<TextSpan>? spans)
        => WriteArray(json, name, spans, WriteSpan);

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string>? values)
        => WriteArray(json, name, values, static (json, value) => json.WriteStringValue(value));

    // A list, always written when there is one (the form's lists are never left out); nothing when it is null.
    private static void WriteArray<T>(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null) return;
        json.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++) write(json, items[i]);
        json.WriteEndArray();
    }

    // Every string property is left out when null, even one the model declares non-null (a caller's hand-built model,
    // or one read from JSON that lacked it), as the serializer leaves out every null.
    private static void WriteIf(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void WriteIf(Utf8JsonWriter json, JsonEncodedText name, ArticleDate? date)
    {
        if (date is not null) json.WriteString(name, date.ToString());
    }

    private static void WriteIf(Utf8JsonWriter json, JsonEncodedText name, TextSpan? span)
    {
        if (span is { } value) WriteSpan(json, name, value);
    }

    private static string StatusName(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Ok => "ok",
        ExtractionStatus.Empty => "empty",
        ExtractionStatus.NotHtml => "notHtml",
        ExtractionStatus.TooLarge => "tooLarge",
        ExtractionStatus.Timeout => "timeout",
        _ => throw UnknownValue(status),
    };

    private static string KindName(ArticleKind kind) => kind switch
    {
        ArticleKind.Article => "article",
        ArticleKind.Listing => "listing",
        ArticleKind.Other => "other",
        _ => throw UnknownValue(kind),
    };

    // The serializer's enum converter refuses a value the enum does not name (integers are not allowed); so does this.
    private static JsonException UnknownValue<T>(T value) where T : struct, Enum
        => new($"The value '{value}' is not a defined {typeof(T).Name}.");
}
