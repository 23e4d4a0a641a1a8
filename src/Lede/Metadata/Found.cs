namespace Lede.Metadata;

/// <summary>A value one source gave for a metadata field, with the name of that source ("JSON-LD datePublished").</summary>
internal readonly record struct Found<T>(T Value, string Source);
