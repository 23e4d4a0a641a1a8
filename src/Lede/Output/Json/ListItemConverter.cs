using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Lede;

/// <summary>
/// Reads and writes a <see cref="ListItem"/> as <c>{"text": …, "children": [list blocks], "inlines": [runs]}</c>.
/// </summary>
/// <remarks>
/// Needed for two reasons: ListItem has two public constructors, which the serializer refuses to choose
/// between; and nested lists are typed <see cref="ListBlock"/>, so left to itself the serializer would drop
/// their <c>"type": "list"</c> tag, making a nested list look different from a top-level one.
/// </remarks>
internal sealed class ListItemConverter : JsonConverter<ListItem>
{
    public override void Write(Utf8JsonWriter writer, ListItem value, JsonSerializerOptions options)
    {
        var blockInfo = BlockInfo(options);
        writer.WriteStartObject();
        writer.WriteString("text", value.Text);
        writer.WriteStartArray("children");
        foreach (var child in value.Children) JsonSerializer.Serialize(writer, child, blockInfo);
        writer.WriteEndArray();
        writer.WritePropertyName("inlines");
        JsonSerializer.Serialize(writer, value.Inlines, RunsInfo(options));
        writer.WriteEndObject();
    }

    public override ListItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A list item must be a JSON object.");
        string? text = null;
        List<ListBlock>? children = null;
        IReadOnlyList<InlineRun>? inlines = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "text")
            {
                text = reader.GetString() ?? throw new JsonException("A list item's \"text\" must be a string.");
            }
            else if (name == "children")
            {
                children = ReadChildren(ref reader, options);
            }
            else if (name == "inlines")
            {
                inlines = JsonSerializer.Deserialize(ref reader, RunsInfo(options));
            }
            else
            {
                reader.Skip();
            }
        }
        if (text is null) throw new JsonException("A list item needs a \"text\".");
        return new ListItem(text, children is null ? [] : children) { Inlines = inlines ?? [] };
    }

    private static List<ListBlock> ReadChildren(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A list item's \"children\" must be an array.");
        var blockInfo = BlockInfo(options);
        var children = new List<ListBlock>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var block = JsonSerializer.Deserialize(ref reader, blockInfo);
            children.Add(block as ListBlock ?? throw new JsonException("A list item's children must be lists."));
        }
        return children;
    }

    private static JsonTypeInfo<IReadOnlyList<InlineRun>> RunsInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<IReadOnlyList<InlineRun>>)options.GetTypeInfo(typeof(IReadOnlyList<InlineRun>));

    private static JsonTypeInfo<Block> BlockInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<Block>)options.GetTypeInfo(typeof(Block));
}
