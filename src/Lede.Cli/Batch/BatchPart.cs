namespace Lede.Cli.Batch;

/// <summary>
/// One unit of input and of output: an input file (WARC, JSONL, one HTML page, a URL list) or a run of up to
/// <see cref="InputPlan.PagesPerPart"/> HTML files of a folder, and the output part it becomes.
/// </summary>
/// <param name="Name">The output part's name (an input file's name, made unique): <c>Name.jsonl</c> or folder <c>Name/</c>.</param>
/// <param name="Source">The input file, or <c>-</c> for standard input; for a folder run, the folder.</param>
/// <param name="Pages">For a folder run, the HTML files in order; otherwise null.</param>
/// <param name="Bytes">The input's size, for progress; 0 when unknown (standard input, a URL list).</param>
/// <param name="Problem">
/// Why the input cannot be read, found while planning (it does not exist): the part is reported and skipped, and
/// keeps its place so that the other parts keep their names and tasks.
/// </param>
/// <param name="IsUrlList">True for a list of URLs (<c>-i</c>): each fetched, then extracted.</param>
internal sealed record BatchPart(string Name, string Source, IReadOnlyList<string>? Pages, long Bytes, string? Problem = null, bool IsUrlList = false)
{
    /// <summary>True for standard input.</summary>
    public bool IsStdin => Source == "-";
}
