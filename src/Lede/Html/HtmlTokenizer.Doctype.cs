using System.Buffers;
using System.Text;

namespace Lede.Html;

/// <summary>
/// The DOCTYPE states (13.2.5.53–68): the name, the PUBLIC and SYSTEM keywords, both identifiers in either quote,
/// and the bogus DOCTYPE state. The name is lowercased; the identifiers are runs of the markup unless they hold a
/// CR or U+0000. An identifier that is absent stays <see cref="TextRange.Missing"/>, apart from an empty one.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    static readonly SearchValues<char> DoubleQuotedIdentifierStops = SearchValues.Create("\">\r\0");
    static readonly SearchValues<char> SingleQuotedIdentifierStops = SearchValues.Create("'>\r\0");

    enum DoctypeState : byte
    {
        Doctype,
        BeforeName,
        Name,
        AfterName,
        AfterPublicKeyword,
        BeforePublicIdentifier,
        AfterPublicIdentifier,
        BetweenIdentifiers,
        AfterSystemKeyword,
        BeforeSystemIdentifier,
        AfterSystemIdentifier,
        Bogus,
    }

    // DOCTYPE state onwards, after "<!DOCTYPE".
    TokenKind ReadDoctype(int p)
    {
        char[] s = source;
        var state = DoctypeState.Doctype;
        TextRange name = TextRange.Missing, publicId = TextRange.Missing, systemId = TextRange.Missing;
        bool forceQuirks = false;
        while (true)
        {
            if (p >= sourceLength)
            {
                // eof-in-doctype: every state but the bogus one sets force-quirks.
                if (state == DoctypeState.Name)
                    name = EndRun(p);
                return EmitDoctype(name, publicId, systemId, forceQuirks || state != DoctypeState.Bogus, p);
            }
            char c = s[p];
            bool whitespace = IsWhitespace(c);
            switch (state)
            {
                case DoctypeState.Doctype:
                    // Without whitespace (missing-whitespace-before-doctype-name) the character is read before the name.
                    state = DoctypeState.BeforeName;
                    if (whitespace)
                        p++;
                    break;
                case DoctypeState.BeforeName:
                    if (whitespace)
                        p++;
                    else if (c == '>')
                        return EmitDoctype(name, publicId, systemId, forceQuirks: true, p + 1); // missing-doctype-name
                    else
                    {
                        BeginRun(p); // the name state lowercases and replaces the first character as the others
                        state = DoctypeState.Name;
                    }
                    break;
                case DoctypeState.Name:
                    if (whitespace || c == '>')
                    {
                        name = EndRun(p);
                        if (c == '>')
                            return EmitDoctype(name, publicId, systemId, forceQuirks, p + 1);
                        (state, p) = (DoctypeState.AfterName, p + 1);
                    }
                    else if (char.IsAsciiLetterUpper(c))
                        p = ReplaceInRun(p, (char)(c | 0x20));
                    else
                        p = c == '\0' ? ReplaceInRun(p, ReplacementCharacter) : p + 1;
                    break;
                case DoctypeState.AfterName:
                    if (whitespace)
                        p++;
                    else if (c == '>')
                        return EmitDoctype(name, publicId, systemId, forceQuirks, p + 1);
                    else if (StartsWithKeyword(p, "PUBLIC"))
                        (state, p) = (DoctypeState.AfterPublicKeyword, p + 6);
                    else if (StartsWithKeyword(p, "SYSTEM"))
                        (state, p) = (DoctypeState.AfterSystemKeyword, p + 6);
                    else
                        (state, forceQuirks) = (DoctypeState.Bogus, true); // invalid-character-sequence-after-doctype-name
                    break;
                case DoctypeState.AfterPublicKeyword:
                case DoctypeState.BeforePublicIdentifier:
                case DoctypeState.AfterSystemKeyword:
                case DoctypeState.BeforeSystemIdentifier:
                    bool isPublic = state is DoctypeState.AfterPublicKeyword or DoctypeState.BeforePublicIdentifier;
                    if (whitespace)
                    {
                        // After the keyword, whitespace leads to the state before the identifier, which skips the rest.
                        state = isPublic ? DoctypeState.BeforePublicIdentifier : DoctypeState.BeforeSystemIdentifier;
                        p++;
                    }
                    else if (c is '"' or '\'')
                    {
                        // Straight after the keyword a quote is missing-whitespace-after-doctype-*-keyword, read the same.
                        p = ReadDoctypeIdentifier(p, out var identifier);
                        if (isPublic)
                            publicId = identifier;
                        else
                            systemId = identifier;
                        if (p >= sourceLength || s[p] == '>')
                            return EmitDoctype(name, publicId, systemId, forceQuirks: true, Math.Min(p + 1, sourceLength));
                        (state, p) = (isPublic ? DoctypeState.AfterPublicIdentifier : DoctypeState.AfterSystemIdentifier, p + 1);
                    }
                    else if (c == '>')
                        return EmitDoctype(name, publicId, systemId, forceQuirks: true, p + 1); // missing-doctype-*-identifier
                    else
                        (state, forceQuirks) = (DoctypeState.Bogus, true); // missing-quote-before-doctype-*-identifier
                    break;
                case DoctypeState.AfterPublicIdentifier:
                case DoctypeState.BetweenIdentifiers:
                    if (whitespace)
                        (state, p) = (DoctypeState.BetweenIdentifiers, p + 1);
                    else if (c == '>')
                        return EmitDoctype(name, publicId, systemId, forceQuirks, p + 1);
                    else if (c is '"' or '\'')
                        state = DoctypeState.BeforeSystemIdentifier; // reads the quote: missing-whitespace-between-…
                    else
                        (state, forceQuirks) = (DoctypeState.Bogus, true); // missing-quote-before-doctype-system-identifier
                    break;
                case DoctypeState.AfterSystemIdentifier:
                    if (whitespace)
                        p++;
                    else if (c == '>')
                        return EmitDoctype(name, publicId, systemId, forceQuirks, p + 1);
                    else
                        state = DoctypeState.Bogus; // unexpected-character-after-doctype-system-identifier: no force-quirks
                    break;
                case DoctypeState.Bogus:
                    int close = s.AsSpan(p, sourceLength - p).IndexOf('>');
                    if (close < 0)
                        p = sourceLength;
                    else
                        return EmitDoctype(name, publicId, systemId, forceQuirks, p + close + 1);
                    break;
            }
        }
    }

    // The DOCTYPE public and system identifier states (double- and single-quoted), from the opening quote at `p`:
    // returns where the identifier ends, at its closing quote, at a '>' (abrupt-doctype-*-identifier) or at the end.
    int ReadDoctypeIdentifier(int p, out TextRange identifier)
    {
        char[] s = source;
        char quote = s[p];
        var stops = quote == '"' ? DoubleQuotedIdentifierStops : SingleQuotedIdentifierStops;
        p++;
        BeginRun(p);
        while (true)
        {
            p = NextStop(p, stops);
            if (p == sourceLength || s[p] == quote || s[p] == '>')
            {
                identifier = EndRun(p);
                return p;
            }
            p = s[p] == '\r' ? NewlineInRun(p) : ReplaceInRun(p, ReplacementCharacter);
        }
    }

    // Whether the six characters at `p` are the keyword, in any ASCII case.
    bool StartsWithKeyword(int p, string keyword) =>
        p + keyword.Length <= sourceLength && Ascii.EqualsIgnoreCase(source.AsSpan(p, keyword.Length), keyword);

    TokenKind EmitDoctype(TextRange name, TextRange publicId, TextRange systemId, bool forceQuirks, int next)
    {
        pos = next;
        contentState = ContentState.Data;
        Kind = TokenKind.Doctype;
        Data = name;
        PublicId = publicId;
        SystemId = systemId;
        ForceQuirks = forceQuirks;
        DataHasNul = false;
        attributeCount = 0;
        return Kind;
    }
}
