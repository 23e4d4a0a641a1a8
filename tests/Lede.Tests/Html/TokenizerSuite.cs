using System.Globalization;
using System.Text;
using System.Text.Json;
using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>One run of an html5lib tokenizer test: a case of a .test file in one of its initial states.</summary>
internal sealed record TokenizerCase(string File, int Index, string Description, string InitialState, string Input, string? LastStartTag, IReadOnlyList<string> Expected)
{
    /// <summary>The run's key in tokenizer-failures.md: "test3.test #12 (RCDATA state)".</summary>
    public string Key => $"{File} #{Index} ({InitialState})";
}

/// <summary>
/// Reads html5lib's tokenizer/*.test files (format: tokenizer/README.md) and runs our tokenizer the way they expect:
/// the input as the input stream, each initial state a run of its own, adjacent character tokens joined, and every
/// token written as one line of JSON-like text, so that a run passes when the two lists of lines are equal.
/// </summary>
internal static class TokenizerSuite
{
    static readonly Dictionary<string, ContentState> InitialStates = new()
    {
        ["Data state"] = ContentState.Data,
        ["PLAINTEXT state"] = ContentState.PlainText,
        ["RCDATA state"] = ContentState.RcData,
        ["RAWTEXT state"] = ContentState.RawText,
        ["Script data state"] = ContentState.ScriptData,
        ["CDATA section state"] = ContentState.CDataSection,
    };

    /// <summary>Every run of a .test file; none for a file without a "tests" list (xmlViolation.test).</summary>
    public static List<TokenizerCase> Load(string path)
    {
        string file = Path.GetFileName(path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<TokenizerCase>();
        if (!document.RootElement.TryGetProperty("tests", out var tests))
            return cases;
        int index = 0;
        foreach (var test in tests.EnumerateArray())
        {
            bool doubleEscaped = test.TryGetProperty("doubleEscaped", out var flag) && flag.GetBoolean();
            string Text(string value) => doubleEscaped ? Unescape(value) : value;

            string input = Text(test.GetProperty("input").GetString()!);
            string? lastStartTag = test.TryGetProperty("lastStartTag", out var last) ? last.GetString() : null;
            var expected = JoinCharacters(test.GetProperty("output").EnumerateArray().Select(token => Expected(token, Text)));
            var states = test.TryGetProperty("initialStates", out var list)
                ? list.EnumerateArray().Select(state => state.GetString()!).ToList()
                : ["Data state"];
            foreach (string state in states)
                cases.Add(new TokenizerCase(file, index, test.GetProperty("description").GetString()!, state, input, lastStartTag, expected));
            index++;
        }
        return cases;
    }

    /// <summary>The tokens our tokenizer reads from a run's input, as lines; throws when it does not reach the end.</summary>
    public static List<string> Run(TokenizerCase run)
    {
        var text = new PageText(run.Input);
        var names = new NameTable();
        var tokenizer = new HtmlTokenizer(text, names) { State = InitialStates[run.InitialState] };
        if (run.LastStartTag is not null)
            tokenizer.LastStartTag = names.Intern(run.LastStartTag);
        return JoinCharacters(Tokens(tokenizer, text, names, run.Input.Length));
    }

    /// <summary>Every token up to the end of the input, as lines (character runs not joined).</summary>
    public static IEnumerable<string> Tokens(HtmlTokenizer tokenizer, PageText text, NameTable names, int inputLength)
    {
        // Each token but the last consumes at least one character: more reads than that means a loop.
        for (int reads = 0; tokenizer.Next() != TokenKind.EndOfFile; reads++)
        {
            if (reads > inputLength + 1)
                throw new InvalidOperationException($"no end of file after {reads} tokens");
            yield return Describe(tokenizer, text, names);
        }
    }

    /// <summary>The current token as a line: ["StartTag","a",{"href":"x"},true] and so on.</summary>
    public static string Describe(HtmlTokenizer tokenizer, PageText text, NameTable names) => tokenizer.Kind switch
    {
        TokenKind.Character => Line("Character", Quote(text[tokenizer.Data])),
        TokenKind.Comment => Line("Comment", Quote(text[tokenizer.Data])),
        TokenKind.EndTag => Line("EndTag", Quote(names[tokenizer.TagName])),
        TokenKind.StartTag => StartTag(names[tokenizer.TagName],
            AttributeList(tokenizer.Attributes.ToArray().Select(a => (names[a.Name], text.ToString(a.Value)))), tokenizer.SelfClosing),
        TokenKind.Doctype => Line("DOCTYPE", Optional(text, tokenizer.Data), Optional(text, tokenizer.PublicId),
            Optional(text, tokenizer.SystemId), tokenizer.ForceQuirks ? "false" : "true"),
        _ => throw new InvalidOperationException($"unexpected token {tokenizer.Kind}"),
    };

    // An expected token as a line; `text` unescapes every string of a double-escaped test, attribute names included.
    static string Expected(JsonElement token, Func<string, string> text)
    {
        string kind = token[0].GetString()!;
        string String(int i) => text(token[i].GetString()!);
        string? Optional(int i) => token[i].ValueKind == JsonValueKind.Null ? null : String(i);
        return kind switch
        {
            "Character" or "Comment" or "EndTag" => Line(kind, Quote(String(1))),
            "StartTag" => StartTag(String(1),
                AttributeList(token[2].EnumerateObject().Select(a => (text(a.Name), text(a.Value.GetString()!)))),
                token.GetArrayLength() > 3 && token[3].GetBoolean()),
            "DOCTYPE" => Line(kind, QuoteOrNull(Optional(1)), QuoteOrNull(Optional(2)), QuoteOrNull(Optional(3)), token[4].GetBoolean() ? "true" : "false"),
            _ => throw new InvalidDataException($"unknown token kind {kind}"),
        };
    }

    static string StartTag(string name, string attributes, bool selfClosing) =>
        selfClosing ? Line("StartTag", Quote(name), attributes, "true") : Line("StartTag", Quote(name), attributes);

    // Attributes sorted by name: the suite writes them as a JSON object, whose order means nothing.
    static string AttributeList(IEnumerable<(string Name, string Value)> attributes) =>
        "{" + string.Join(",", attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => Quote(a.Name) + ":" + Quote(a.Value))) + "}";

    static string Optional(PageText text, TextRange range) => range.Exists ? Quote(text[range]) : "null";

    static string QuoteOrNull(string? value) => value is null ? "null" : Quote(value);

    static string Line(params string[] parts) => "[\"" + parts[0] + "\"," + string.Join(",", parts.Skip(1)) + "]";

    /// <summary>A string in quotes: printable ASCII as it is, the rest as \uHHHH (lone surrogates too), readable and exact.</summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\')
                quoted.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~')
                quoted.Append(c);
            else
                quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return quoted.Append('"').ToString();
    }

    static List<string> JoinCharacters(IEnumerable<string> tokens)
    {
        const string prefix = "[\"Character\",\"";
        var joined = new List<string>();
        foreach (string token in tokens)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal) && joined.Count > 0 && joined[^1].StartsWith(prefix, StringComparison.Ordinal))
                joined[^1] = joined[^1][..^2] + token[prefix.Length..];
            else
                joined.Add(token);
        }
        return joined;
    }

    // doubleEscaped: each \uHHHH stands for one UTF-16 unit, which may be half of a pair or a lone surrogate.
    static string Unescape(string value)
    {
        var unescaped = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 5 < value.Length && value[i + 1] == 'u'
                && ushort.TryParse(value.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort unit))
            {
                unescaped.Append((char)unit);
                i += 5;
            }
            else
                unescaped.Append(value[i]);
        }
        return unescaped.ToString();
    }
}
