using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lede;

/// <summary>Writes and reads an enum as its member name in camelCase ("notHtml", "rail").</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
