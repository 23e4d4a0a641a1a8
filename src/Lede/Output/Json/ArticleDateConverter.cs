using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lede;

/// <summary>Writes an <see cref="ArticleDate"/> as its ISO 8601 string, only as precise as it is, and reads it back.</summary>
internal sealed class ArticleDateConverter : JsonConverter<ArticleDate>
{
    public override ArticleDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ArticleDate.ParseIso(reader.GetString()) ?? throw new JsonException("not an ISO 8601 date: " + reader.GetString());

    public override void Write(Utf8JsonWriter writer, ArticleDate value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
