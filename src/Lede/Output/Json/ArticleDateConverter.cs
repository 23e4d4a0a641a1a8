using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lede;

/// <summary>Writes an <see cref="ArticleDate"/> as its ISO 8601 string, only as precise as it is, and reads it back.</summary>
internal sealed class ArticleDateConverter : JsonConverter<ArticleDate>
{
    public override ArticleDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        // The document promises ISO 8601; a free-form date ("12 April 2019") would parse, but not mean one thing everywhere.
        if (text is null || !StartsWithIsoDay(text) || ArticleDate.ParseIso(text) is not { } date)
            throw new JsonException("not an ISO 8601 date: " + text);
        return date;
    }

    public override void Write(Utf8JsonWriter writer, ArticleDate value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());

    // "yyyy-MM-dd", then nothing or a 'T'.
    private static bool StartsWithIsoDay(string text)
    {
        if (text.Length < 10 || (text.Length > 10 && text[10] is not ('T' or 't'))) return false;
        for (int i = 0; i < 10; i++)
        {
            bool dash = i is 4 or 7;
            if (dash ? text[i] != '-' : !char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }
}
