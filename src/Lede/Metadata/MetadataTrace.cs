using Lede.Extraction;

namespace Lede.Metadata;

/// <summary>Takes the winning value of each field and, when the caller asked for an explanation, records where it came from.</summary>
internal readonly struct MetadataTrace(ExtractionContext context)
{
    private const string Stage = nameof(ReadMetadata);

    public T? Pick<T>(string field, Found<T>? found) where T : class
    {
        if (found is not { } f) return null;
        if (context.Explaining) context.Explain(Stage, $"{field}: {f.Value}", f.Source);
        return f.Value;
    }

    public IReadOnlyList<string> PickList(string field, Found<IReadOnlyList<string>>? found)
    {
        if (found is not { } f) return [];
        if (context.Explaining) context.Explain(Stage, $"{field}: {string.Join(", ", f.Value)}", f.Source);
        return f.Value;
    }
}
