using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lede.Cli.Eval;

/// <summary>Writes a metadata evaluation: the misses page by page and the per-field accuracy as text, everything as JSON.</summary>
internal static class MetadataReport
{
    private const int IdPrefix = 8;
    private const int ValueWidth = 48;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Keep accents and quotes readable in the file; it is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The field's name as the gold file and the JSON report spell it.</summary>
    public static string FieldName(MetadataField field) => field switch
    {
        MetadataField.SiteName => "siteName",
        _ => field.ToString().ToLowerInvariant(),
    };

    /// <summary>The run, the table of misses, then the accuracy of each field.</summary>
    public static void WriteText(TextWriter output, string name, MetadataRunResult run, string goldPath, string reportPath)
    {
        var totals = run.Totals;
        output.WriteLine(Invariant($"{name}: {totals.Pages.Count} gold pages in {run.Elapsed.TotalSeconds:0.00} s, Lede {LedeVersion.Value}"));
        output.WriteLine($"  gold: {goldPath}");
        output.WriteLine($"  report: {reportPath}");
        output.WriteLine();

        var missed = totals.Pages.Where(page => page.Misses.Count > 0).ToList();
        output.WriteLine($"misses: {missed.Sum(page => page.Misses.Count)} on {missed.Count} of {totals.Pages.Count} pages");
        output.WriteLine($"{"id",-IdPrefix}  {"field",-9}  {"gold",-ValueWidth}  got");
        foreach (var page in missed)
        {
            var id = page.Gold.Id[..Math.Min(IdPrefix, page.Gold.Id.Length)];
            foreach (var miss in page.Misses)
                output.WriteLine($"{id,-IdPrefix}  {FieldName(miss.Field),-9}  {Clip(miss.Gold),-ValueWidth}  {Clip(miss.Got)}");
        }
        output.WriteLine();

        WriteAccuracy(output, totals);
    }

    /// <summary>The accuracy of each field over <paramref name="totals"/>' pages.</summary>
    public static void WriteAccuracy(TextWriter output, MetadataTotals totals)
    {
        output.WriteLine($"{"field",-9}  accuracy  right");
        foreach (var field in Enum.GetValues<MetadataField>())
        {
            var line = Invariant($"{FieldName(field),-9}  {totals.Accuracy(field),8:0.000}  {totals.Right(field)}/{totals.Pages.Count}");
            if (field == MetadataField.Title)
                line += Invariant($"  (ignoring case and punctuation: {totals.TitleLooseAccuracy:0.000})");
            output.WriteLine(line);
        }
    }

    /// <summary>Writes the whole evaluation as JSON, creating the folder if needed.</summary>
    public static void WriteJson(string path, string preset, MetadataRunResult run, string goldPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        var totals = run.Totals;
        writer.WriteStartObject();
        writer.WriteString("version", LedeVersion.Value);
        writer.WriteString("preset", preset);
        writer.WriteString("gold", goldPath);
        writer.WriteNumber("pages", totals.Pages.Count);
        writer.WriteNumber("seconds", Math.Round(run.Elapsed.TotalSeconds, 3));
        writer.WriteStartObject("accuracy");
        foreach (var field in Enum.GetValues<MetadataField>())
            writer.WriteNumber(FieldName(field), Math.Round(totals.Accuracy(field), 4));
        writer.WriteNumber("titleLoose", Math.Round(totals.TitleLooseAccuracy, 4));
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        foreach (var page in totals.Pages)
            WritePage(writer, page);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter writer, MetadataPageScore page)
    {
        writer.WriteStartObject();
        writer.WriteString("id", page.Gold.Id);
        writer.WriteString("url", page.Gold.Url);
        writer.WriteStartObject("got");
        writer.WriteString("title", page.Got.Title);
        writer.WriteStartArray("authors");
        foreach (var author in page.Got.Authors)
            writer.WriteStringValue(author);
        writer.WriteEndArray();
        writer.WriteString("published", page.Got.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("siteName", page.Got.SiteName);
        writer.WriteString("language", page.Got.Language);
        writer.WriteEndObject();
        writer.WriteStartArray("misses");
        foreach (var miss in page.Misses)
        {
            writer.WriteStartObject();
            writer.WriteString("field", FieldName(miss.Field));
            writer.WriteString("gold", miss.Gold);
            writer.WriteString("got", miss.Got);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Clip(string value)
    {
        var flat = MetadataScorer.Whitespace(value);
        return flat.Length <= ValueWidth ? flat : flat[..(ValueWidth - 1)] + "…";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
