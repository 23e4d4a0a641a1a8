using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lede;

/// <summary>
/// Writes an extraction result or an article as JSON, and reads it back. The form is documented in
/// <c>docs/json-schema.md</c> and <c>docs/article.schema.json</c>: camelCase names, enums as camelCase
/// strings, absent (null) values left out, blocks tagged with a <c>"type"</c> discriminator, and the
/// article's plain-text body included once as <c>"text"</c>.
/// </summary>
/// <remarks>Output is deterministic: the same model gives the same bytes on every machine (<c>\n</c> line breaks).</remarks>
public static class JsonArticleWriter
{
    private static readonly JsonSerializerOptions s_indented = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions s_compact = CreateOptions(indented: false);

    /// <summary>The result as JSON: status, reason, article and trace.</summary>
    /// <param name="result">The result to write.</param>
    /// <param name="indented">True (the default) for two-space indented JSON; false for one line, as JSON Lines needs.</param>
    public static string Write(ExtractionResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WriteString(result, indented, static (json, value) => JsonModelWriter.Write(json, value));
    }

    /// <summary>The article alone as JSON, the same object that <see cref="Write(ExtractionResult, bool)"/> nests under <c>"article"</c>.</summary>
    /// <param name="article">The article to write.</param>
    /// <param name="indented">True (the default) for two-space indented JSON; false for one line, as JSON Lines needs.</param>
    public static string Write(Article article, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        return WriteString(article, indented, static (json, value) => JsonModelWriter.Write(json, value));
    }

    /// <summary>
    /// Writes the article as the next value of <paramref name="writer"/> (a property's value, an array's item), as
    /// <see cref="Write(Article, bool)"/> gives it when the writer's encoder is the same: straight to UTF-8, without
    /// making a string of it first — what a JSON Lines writer wants.
    /// </summary>
    /// <param name="writer">The writer; its own options decide indentation and escaping.</param>
    /// <param name="article">The article to write.</param>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        JsonModelWriter.Write(writer, article);
    }

    private static string WriteString<T>(T value, bool indented, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, indented ? s_indentedWriter : s_compactWriter))
            write(json, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The form's writer options, as the serializer's options below give them.
    private static readonly JsonWriterOptions s_indentedWriter = WriterOptions(indented: true);
    private static readonly JsonWriterOptions s_compactWriter = WriterOptions(indented: false);

    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads a result written by <see cref="Write(ExtractionResult, bool)"/>. Unknown properties and <c>"text"</c> are
    /// ignored; a missing <c>"trace"</c>, <c>"authors"</c>, <c>"tags"</c>, <c>"blocks"</c>, <c>"figures"</c>, <c>"related"</c>
    /// or list item <c>"children"</c> reads as empty.
    /// </summary>
    /// <param name="json">The JSON document.</param>
    /// <exception cref="JsonException">The JSON is malformed, or lacks a required member (see docs/json-schema.md).</exception>
    public static ExtractionResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = Deserialize<ExtractionResult>(json)
            ?? throw new JsonException("The JSON holds null, not an extraction result.");
        result = result with { Article = result.Article is null ? null : Completed(result.Article), Trace = result.Trace ?? [] };
        ArticleShapeCheck.Check(result.Trace);
        return result;
    }

    /// <summary>Reads an article written by <see cref="Write(Article, bool)"/>, as leniently as <see cref="Read(string)"/>.</summary>
    /// <param name="json">The JSON document.</param>
    /// <exception cref="JsonException">The JSON is malformed, or lacks a required member (see docs/json-schema.md).</exception>
    public static Article ReadArticle(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var article = Deserialize<Article>(json)
            ?? throw new JsonException("The JSON holds null, not an article.");
        return Completed(article);
    }

    // System.Text.Json reports a block without its "type" discriminator as
    // NotSupportedException, which is about the input, not the reader: the documented JsonException then (found by fuzzing).
    private static T? Deserialize<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>(indented: false));
        }
        catch (NotSupportedException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    // The generated deserializer sets init-only properties through one object initializer, so a list missing from
    // the JSON comes back null instead of keeping its empty default: put the defaults back, then check the rest.
    private static Article Completed(Article article)
    {
        article = article with
        {
            Authors = article.Authors ?? [],
            Tags = article.Tags ?? [],
            Blocks = article.Blocks ?? [],
            Figures = article.Figures ?? [],
            Related = article.Related ?? [],
            Quotations = article.Quotations ?? [],
            People = article.People ?? [],
        };
        ArticleShapeCheck.Check(article);
        return article;
    }

    private static JsonTypeInfo<T> TypeInfo<T>(bool indented) =>
        (JsonTypeInfo<T>)SerializerOptions(indented).GetTypeInfo(typeof(T));

    /// <summary>
    /// The serializer's options for the form: they read it, and in the tests they are the oracle the hand-written
    /// <see cref="JsonModelWriter"/> is held to, byte for byte.
    /// </summary>
    internal static JsonSerializerOptions SerializerOptions(bool indented) => indented ? s_indented : s_compact;

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(LedeJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // Corpus text is read by people and tools, not embedded in HTML: keep "é" and "’" as they are.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = LedeJsonContext.Default.WithAddedModifier(LeaveOutDerivedFlags),
        };
        options.MakeReadOnly();
        return options;
    }

    // IsOk only restates Status; leaving it out keeps one source of truth in the document. Truncated is written only
    // when true, so that the documents of whole pages stay as they were.
    private static void LeaveOutDerivedFlags(JsonTypeInfo info)
    {
        if (info.Type != typeof(ExtractionResult)) return;
        for (int i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name == "isOk") info.Properties.RemoveAt(i);
            else if (info.Properties[i].Name == "truncated") info.Properties[i].ShouldSerialize = static (_, value) => value is true;
        }
    }
}
