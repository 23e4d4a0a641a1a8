using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lede;

/// <summary>
/// Source-generated serialization metadata for the article model: no reflection at run time,
/// so the JSON writer stays fast and works trimmed or compiled ahead of time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n",
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(CamelCaseEnumConverter<ExtractionStatus>), typeof(CamelCaseEnumConverter<ArticleKind>), typeof(CamelCaseEnumConverter<RelatedPlacement>), typeof(CamelCaseEnumConverter<CueKind>), typeof(ListItemConverter), typeof(ArticleDateConverter)])]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Block))]
[JsonSerializable(typeof(IReadOnlyList<InlineRun>))]
internal sealed partial class LedeJsonContext : JsonSerializerContext;
