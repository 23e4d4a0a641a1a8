using System.Globalization;
using System.Text;

namespace Lede;

/// <summary>
/// Writes a string as a YAML 1.2 scalar that every YAML reader reads back as that same string: plain when that is
/// safe beyond doubt, double-quoted (with escapes) otherwise.
/// </summary>
/// <remarks>
/// Plain is kept for ordinary text and URLs. Anything a reader could take as another type or as syntax is quoted:
/// booleans and nulls of YAML 1.1 ("yes", "off", "~"), text opening with a digit or a sign (numbers, dates), an
/// indicator character first ("- ", "#", "&amp;", "*", "!", "|", "&gt;", quotes, "%", "@", backtick, "[", "{"),
/// ": " or " #" inside, a colon last, surrounding blanks, and any control, line or paragraph separator.
/// </remarks>
internal static class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf",
    };

    public static void Append(StringBuilder sb, string value)
    {
        if (IsSafePlain(value)) sb.Append(value);
        else AppendQuoted(sb, value);
    }

    private static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || Reserved.Contains(value)) return false;
        char first = value[0];
        if (char.IsWhiteSpace(first) || char.IsWhiteSpace(value[^1]) || char.IsAsciiDigit(first)) return false;
        if ("-?:,[]{}#&*!|>'\"%@`+.".Contains(first)) return false;
        if (value[^1] == ':') return false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (NeedsEscape(c) || c == '\t') return false;
            if (c == ':' && i + 1 < value.Length && value[i + 1] == ' ') return false;
            if (c == '#' && i > 0 && value[i - 1] == ' ') return false;
        }
        return true;
    }

    // YAML 1.2, 5.7 escaped characters: the printable set excludes C0 and C1 controls, DEL, the line and paragraph
    // separators, the byte-order mark and lone surrogates.
    private static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u00A0': sb.Append("\\_"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        sb.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }

    private static bool NeedsEscape(char c)
        => c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\u00A0' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c);
}
