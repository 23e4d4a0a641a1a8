using System.Text;

namespace Lede.Cli.Batch;

/// <summary>
/// Writes one output part under a temporary name and gives it its real name only when it is complete, so that a
/// part under its real name is always whole: <c>Name.jsonl</c>, or for <c>--format text</c> the folder
/// <c>Name/</c> with one .txt per document and an <c>index.jsonl</c> of every document's line.
/// A URL list's part is the exception that keeps its partial: fetching is slow and impolite to repeat, so each line
/// is flushed as it is written, an unfinished part is left in place, and <c>--resume</c> goes on from it (see
/// <see cref="UrlListSource"/>) rather than starting over.
/// </summary>
internal sealed class PartWriter : IDisposable
{
    private const string Partial = ".partial";
    private readonly string _final;
    private readonly string _temporary;
    private readonly bool _text;
    private readonly bool _keep;
    private readonly FileStream _lines;

    /// <param name="resume">For a URL list's part: go on from its partial, if any, rather than start it anew.</param>
    public PartWriter(string outputFolder, BatchPart part, bool text, bool resume = false)
    {
        _text = text;
        _keep = part.IsUrlList;
        _final = FinalPath(outputFolder, part, text);
        _temporary = _final + Partial;
        bool goOn = resume && _keep;
        if (!goOn)
            DeleteLeftovers(_temporary);
        if (text)
            Directory.CreateDirectory(_temporary);
        var linesPath = LinesPath(outputFolder, part, text);
        long whole = goOn && File.Exists(linesPath) ? WholeLinesLength(linesPath) : 0;
        _lines = new FileStream(linesPath, goOn ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (goOn)
        {
            _lines.SetLength(whole);
            _lines.Seek(0, SeekOrigin.End);
        }
    }

    /// <summary>The file an unfinished part's lines are in: <c>Name.jsonl.partial</c>, or <c>Name.partial/index.jsonl</c>.</summary>
    public static string LinesPath(string outputFolder, BatchPart part, bool text)
    {
        var temporary = FinalPath(outputFolder, part, text) + Partial;
        return text ? Path.Combine(temporary, "index.jsonl") : temporary;
    }

    // A run killed mid-line leaves a broken last line: the part goes on after the last whole one.
    // Read backwards a chunk at a time: a long part's lines are not all read again.
    private static long WholeLinesLength(string path)
    {
        using var file = File.OpenRead(path);
        var chunk = new byte[64 * 1024];
        for (long end = file.Length; end > 0;)
        {
            int size = (int)Math.Min(chunk.Length, end);
            file.Position = end - size;
            file.ReadExactly(chunk, 0, size);
            int newline = Array.LastIndexOf(chunk, (byte)'\n', size - 1);
            if (newline >= 0)
                return end - size + newline + 1;
            end -= size;
        }
        return 0;
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
        // A fetched page is worth keeping the moment it is written (the text file above went first).
        if (_keep)
            _lines.Flush();
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

    /// <summary>
    /// Drops an unfinished part (its input broke off, or the run was stopped): no half part is left to look complete.
    /// A URL list's partial stays, under its partial name, for <c>--resume</c>.
    /// </summary>
    public void Abandon()
    {
        try
        {
            _lines.Dispose();
        }
        catch (IOException)
        {
            // The lines still buffered could not be written (a full disk): the file is closed all the same, and the
            // part dropped, or a URL list's part left to go on from its last whole line. On a full disk, the
            // dropped part is the room the user needs.
        }
        if (!_keep)
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
