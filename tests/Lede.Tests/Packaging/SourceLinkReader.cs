using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;

namespace Lede.Tests.Packaging;

/// <summary>Reads the Source Link map (local path prefix → URL) a portable pdb carries.</summary>
internal static class SourceLinkReader
{
    // The kind of custom debug information that holds Source Link JSON (Portable PDB specification).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The pdb's "documents" map, and the paths of the documents it lists; an empty map when it has none.</summary>
    public static (Dictionary<string, string> Map, List<string> Documents) Read(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
        foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) != SourceLinkKind) continue;
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value)));
            var map = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            return (map, documents);
        }
        return ([], documents);
    }
}
