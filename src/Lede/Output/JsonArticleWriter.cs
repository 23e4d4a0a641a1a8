using System.Text.Json;

namespace Lede;

/// <summary>Writes an extraction result as JSON (camelCase). (STUB)</summary>
public static class JsonArticleWriter
{
    /// <summary>The result as indented JSON.</summary>
    public static string Write(ExtractionResult result) => JsonSerializer.Serialize(result);
}
