using System.Text;

namespace Lede.Cli.Batch;

/// <summary>
/// Writes one output part under a temporary name and gives it its real name only when it is complete, so that a
/// part under its real name is always whole: <c>Name.jsonl</c>, or for <c>--format text</c> the folder
/// <c>Name/</c> with one .txt per document and an <c>index.jsonl</c> of every document's line.
/// </summary>
internal sealed class PartWriter : IDisposable
{
    private const string Partial = ".partial";
    private readonly string _final;
    private readonly string _temporary;
    private readonly bool _text;
    private readonly FileStream _lines;

    public PartWriter(string outputFolder, BatchPart part, bool text)
    {
        _text = text;
        _final = FinalPath(outputFolder, part, text);
        _temporary = _final + Partial;
        DeleteLeftovers(_temporary);
        string linesPath = _temporary;
        if (text)
        {
            Directory.CreateDirectory(_temporary);
            linesPath = Path.Combine(_temporary, "index.jsonl");
        }
        _lines = new FileStream(linesPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Documents written so far.</summary>
    public int Written { get; private set; }

    /// <summary>The name a complete part has: what <c>--resume</c> looks for.</summary>
    public static string FinalPath(string outputFolder, BatchPart part, bool text)
        => Path.Combine(outputFolder, text ? part.Name : part.Name + ".jsonl");

    /// <summary>True when the part is already complete in the output folder.</summary>
    public static bool IsComplete(string outputFolder, BatchPart part, bool text)
        => text ? Directory.Exists(FinalPath(outputFolder, part, text)) : File.Exists(FinalPath(outputFolder, part, text));

    public void Write(BatchJob job, DocumentOutcome outcome)
    {
        _lines.Write(outcome.Line);
        _lines.WriteByte((byte)'\n');
        if (_text && outcome.Text is { } text)
            File.WriteAllText(Path.Combine(_temporary, DocumentWorker.TextFileName(job.Index)), text, Utf8);
        Written++;
    }

    /// <summary>Flushes the part to disk and gives it its real name, replacing an older complete part.</summary>
    public void Complete()
    {
        _lines.Flush(flushToDisk: true);
        _lines.Dispose();
        DeleteLeftovers(_final);
        if (_text)
            Directory.Move(_temporary, _final);
        else
            File.Move(_temporary, _final);
    }

    /// <summary>Drops an unfinished part (its input broke off): no half part is left to look complete.</summary>
    public void Abandon()
    {
        _lines.Dispose();
        DeleteLeftovers(_temporary);
    }

    public void Dispose() => _lines.Dispose();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void DeleteLeftovers(string path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
        else if (File.Exists(path))
            File.Delete(path);
    }
}
