using System.Text;

namespace Lede.Tests.Html;

/// <summary>
/// Reads html5lib's tree-construction <c>.dat</c> files (format: <c>tree-construction/README.md</c> in the suite).
/// A file is cases separated by one blank line and ends with one newline. The file is split on LF only: some
/// cases' markup holds carriage returns, which are data. A case's <c>#data</c> may hold blank lines (it runs until
/// <c>#errors</c>), and its <c>#document</c> may too (inside a multi-line text node), so a case ends only at a blank
/// line followed by <c>#data</c>, or at the end of the file.
/// </summary>
internal static class TreeConstructionCases
{
    // Strict UTF-8 with no BOM stripping: a character the decoder changed would change a case's markup.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private enum Section { Between, Data, Errors, FragmentLine, Document }

    /// <summary>Every case of every <c>tree-construction/*.dat</c> file under the suite's folder, files in ordinal name order.</summary>
    /// <param name="suiteRoot">The html5lib-tests folder (<c>SharedData.Html5libTests</c>).</param>
    public static IReadOnlyList<TreeConstructionCase> Load(string suiteRoot)
        => Directory.EnumerateFiles(Path.Combine(suiteRoot, "tree-construction"), "*.dat")
            .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
            .SelectMany(path => Read(Path.GetFileName(path), Utf8.GetString(File.ReadAllBytes(path))))
            .ToList();

    /// <summary>The cases in the text of one <c>.dat</c> file.</summary>
    /// <exception cref="FormatException">The text does not follow the format; the message names the file and line.</exception>
    public static IReadOnlyList<TreeConstructionCase> Read(string fileName, string text)
    {
        var cases = new List<TreeConstructionCase>();
        string[] lines = text.Split('\n');
        // The file's final newline ends the last line; it does not start an empty one.
        int count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var builder = new CaseBuilder(fileName);
        var section = Section.Between;
        for (int i = 0; i < count; i++)
        {
            string line = lines[i];
            switch (section)
            {
                case Section.Between:
                    if (line != "#data")
                        throw Error(fileName, i, $"expected #data, found '{line}'");
                    section = Section.Data;
                    break;
                case Section.Data:
                    if (line == "#errors")
                        section = Section.Errors;
                    else
                        builder.Data.Add(line);
                    break;
                case Section.Errors:
                    section = line switch
                    {
                        "#new-errors" => Section.Errors,
                        "#document-fragment" => Section.FragmentLine,
                        "#script-on" => builder.SetScripting(ScriptingMode.OnOnly),
                        "#script-off" => builder.SetScripting(ScriptingMode.OffOnly),
                        "#document" => Section.Document,
                        "" => throw Error(fileName, i, "an empty line among the errors"),
                        _ => builder.CountError(),
                    };
                    break;
                case Section.FragmentLine:
                    builder.Fragment = FragmentContext.Parse(line);
                    section = Section.Errors;
                    break;
                case Section.Document:
                    if (line.Length == 0 && i + 1 < count && lines[i + 1] == "#data")
                    {
                        cases.Add(builder.Build(cases.Count + 1));
                        builder = new CaseBuilder(fileName);
                        section = Section.Between;
                    }
                    else
                    {
                        builder.Document.Add(line.StartsWith("| ", StringComparison.Ordinal) ? line[2..] : line);
                    }
                    break;
            }
        }
        if (section == Section.Document)
            cases.Add(builder.Build(cases.Count + 1));
        else if (section != Section.Between || cases.Count == 0)
            throw Error(fileName, count, "the file ends inside a case, before its #document");
        return cases;
    }

    private static FormatException Error(string fileName, int lineIndex, string message)
        => new($"{fileName}:{lineIndex + 1}: {message}");

    /// <summary>The parts of the case being read.</summary>
    private sealed class CaseBuilder(string fileName)
    {
        public List<string> Data { get; } = [];
        public List<string> Document { get; } = [];
        public FragmentContext? Fragment { get; set; }
        private int _errors;
        private ScriptingMode _scripting = ScriptingMode.Both;

        public Section CountError()
        {
            _errors++;
            return Section.Errors;
        }

        public Section SetScripting(ScriptingMode mode)
        {
            _scripting = mode;
            return Section.Errors;
        }

        public TreeConstructionCase Build(int index)
            => new(fileName, index, string.Join('\n', Data), _errors, Fragment, _scripting, string.Join('\n', Document));
    }
}
