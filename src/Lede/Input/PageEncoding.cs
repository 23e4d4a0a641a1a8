using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace Lede.Input;

/// <summary>One of the encodings a page may be in, by its WHATWG name, and the .NET decoder for it.</summary>
internal sealed class PageEncoding
{
    // Code pages outside the framework's own encodings (windows-125x, shift_jis, gbk, euc-kr, koi8-r, …)
    // come from the code-pages provider, which must be registered once per process before first use.
    static PageEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly ConcurrentDictionary<int, Encoding> Decoders = new();

    private PageEncoding(string name, int codePage)
    {
        Name = name;
        CodePage = codePage;
    }

    public static PageEncoding Utf8 { get; } = new("utf-8", 65001);
    public static PageEncoding Utf16LE { get; } = new("utf-16le", 1200);
    public static PageEncoding Utf16BE { get; } = new("utf-16be", 1201);
    public static PageEncoding Windows1252 { get; } = new("windows-1252", 1252);

    /// <summary>The WHATWG name ("utf-8", "windows-1252", "shift_jis", …).</summary>
    public string Name { get; }

    /// <summary>The Windows code page that decodes it.</summary>
    public int CodePage { get; }

    public bool IsUtf8 => CodePage == 65001;

    public bool IsUtf16 => CodePage is 1200 or 1201;

    /// <summary>
    /// A decoder that turns undecodable bytes into U+FFFD, as browsers do (the code-page encodings
    /// default to '?', which would read as real punctuation).
    /// </summary>
    public Encoding Decoder => Decoders.GetOrAdd(CodePage, static cp => cp switch
    {
        65001 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
        _ => Encoding.GetEncoding(cp, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")),
    });

    /// <summary>
    /// The encoding a label names, mapped the WHATWG way ("latin1", "iso-8859-1" and "us-ascii" all mean
    /// windows-1252); null for labels the Encoding Standard does not know, which browsers ignore.
    /// </summary>
    public static PageEncoding? FromLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim(" \t\n\f\r");
        if (label.IsEmpty || label.Length > 32)
            return null;
        Span<char> lower = stackalloc char[label.Length];
        label.ToLowerInvariant(lower);
        return ByLabel.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var encoding) ? encoding : null;
    }

    /// <inheritdoc cref="FromLabel(ReadOnlySpan{char})"/>
    public static PageEncoding? FromLabel(string? label) => label is null ? null : FromLabel(label.AsSpan());

    // The labels of the WHATWG Encoding Standard, grouped by the encoding they name ("name=codepage: labels").
    // Left out: iso-8859-10/14/16 (no .NET decoder) and the "replacement" labels (iso-2022-kr, hz-gb-2312, …),
    // which a browser decodes to a single U+FFFD; for extraction, ignoring such a label and sniffing is better.
    // x-user-defined is read as windows-1252, the prescan's rule for it.
    private const string LabelTable = """
        utf-8=65001: unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8
        utf-16le=1200: csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le
        utf-16be=1201: unicodefffe utf-16be
        windows-1252=1252: ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined
        ibm866=866: 866 cp866 csibm866 ibm866
        iso-8859-2=28592: csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2
        iso-8859-3=28593: csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3
        iso-8859-4=28594: csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4
        iso-8859-5=28595: csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988
        iso-8859-6=28596: arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987
        iso-8859-7=28597: csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek
        iso-8859-8=28598: csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual
        iso-8859-8-i=38598: csiso88598i iso-8859-8-i logical
        iso-8859-13=28603: iso-8859-13 iso8859-13 iso885913
        iso-8859-15=28605: csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9
        koi8-r=20866: cskoi8r koi koi8 koi8-r koi8_r
        koi8-u=21866: koi8-ru koi8-u
        macintosh=10000: csmacintosh mac macintosh x-mac-roman
        x-mac-cyrillic=10007: x-mac-cyrillic x-mac-ukrainian
        windows-874=874: dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874
        windows-1250=1250: cp1250 windows-1250 x-cp1250
        windows-1251=1251: cp1251 windows-1251 x-cp1251
        windows-1253=1253: cp1253 windows-1253 x-cp1253
        windows-1254=1254: cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254
        windows-1255=1255: cp1255 windows-1255 x-cp1255
        windows-1256=1256: cp1256 windows-1256 x-cp1256
        windows-1257=1257: cp1257 windows-1257 x-cp1257
        windows-1258=1258: cp1258 windows-1258 x-cp1258
        gbk=936: chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk
        gb18030=54936: gb18030
        big5=950: big5 big5-hkscs cn-big5 csbig5 x-x-big5
        euc-jp=51932: cseucpkdfmtjapanese euc-jp x-euc-jp
        iso-2022-jp=50220: csiso2022jp iso-2022-jp
        shift_jis=932: csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis
        euc-kr=949: cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949
        """;

    private static readonly FrozenDictionary<string, PageEncoding> ByLabel = BuildLabels();

    private static FrozenDictionary<string, PageEncoding> BuildLabels()
    {
        var known = new[] { Utf8, Utf16LE, Utf16BE, Windows1252 }.ToDictionary(e => e.Name);
        var labels = new Dictionary<string, PageEncoding>(StringComparer.Ordinal);
        foreach (var line in LabelTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            var head = line[..colon].Split('=');
            var encoding = known.GetValueOrDefault(head[0]) ?? new PageEncoding(head[0], int.Parse(head[1], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var label in line[(colon + 2)..].Split(' '))
                labels.Add(label, encoding);
        }
        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
