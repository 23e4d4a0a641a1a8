namespace Lede.Html;

/// <summary>
/// The document's mode from its DOCTYPE (WHATWG HTML 13.2.6.4.1, "initial"). For the tree it decides one thing:
/// whether a <c>&lt;table&gt;</c> start tag closes an open <c>p</c> (it does not in quirks mode).
/// </summary>
internal static class Quirks
{
    // Public identifiers (compared case-insensitively) that put a page in quirks mode when they start its DOCTYPE.
    static readonly string[] QuirkyPublicPrefixes =
    [
        "+//Silmaril//dtd html Pro v0r11 19970101//", "-//AS//DTD HTML 3.0 asWedit + extensions//",
        "-//AdvaSoft Ltd//DTD HTML 3.0 asWedit + extensions//", "-//IETF//DTD HTML 2.0 Level 1//",
        "-//IETF//DTD HTML 2.0 Level 2//", "-//IETF//DTD HTML 2.0 Strict Level 1//", "-//IETF//DTD HTML 2.0 Strict Level 2//",
        "-//IETF//DTD HTML 2.0 Strict//", "-//IETF//DTD HTML 2.0//", "-//IETF//DTD HTML 2.1E//", "-//IETF//DTD HTML 3.0//",
        "-//IETF//DTD HTML 3.2 Final//", "-//IETF//DTD HTML 3.2//", "-//IETF//DTD HTML 3//", "-//IETF//DTD HTML Level 0//",
        "-//IETF//DTD HTML Level 1//", "-//IETF//DTD HTML Level 2//", "-//IETF//DTD HTML Level 3//",
        "-//IETF//DTD HTML Strict Level 0//", "-//IETF//DTD HTML Strict Level 1//", "-//IETF//DTD HTML Strict Level 2//",
        "-//IETF//DTD HTML Strict Level 3//", "-//IETF//DTD HTML Strict//", "-//IETF//DTD HTML//",
        "-//Metrius//DTD Metrius Presentational//", "-//Microsoft//DTD Internet Explorer 2.0 HTML Strict//",
        "-//Microsoft//DTD Internet Explorer 2.0 HTML//", "-//Microsoft//DTD Internet Explorer 2.0 Tables//",
        "-//Microsoft//DTD Internet Explorer 3.0 HTML Strict//", "-//Microsoft//DTD Internet Explorer 3.0 HTML//",
        "-//Microsoft//DTD Internet Explorer 3.0 Tables//", "-//Netscape Comm. Corp.//DTD HTML//",
        "-//Netscape Comm. Corp.//DTD Strict HTML//", "-//O'Reilly and Associates//DTD HTML 2.0//",
        "-//O'Reilly and Associates//DTD HTML Extended 1.0//", "-//O'Reilly and Associates//DTD HTML Extended Relaxed 1.0//",
        "-//SQ//DTD HTML 2.0 HoTMetaL + extensions//",
        "-//SoftQuad Software//DTD HoTMetaL PRO 6.0::19990601::extensions to HTML 4.0//",
        "-//SoftQuad//DTD HoTMetaL PRO 4.0::19971010::extensions to HTML 4.0//", "-//Spyglass//DTD HTML 2.0 Extended//",
        "-//Sun Microsystems Corp.//DTD HotJava HTML//", "-//Sun Microsystems Corp.//DTD HotJava Strict HTML//",
        "-//W3C//DTD HTML 3 1995-03-24//", "-//W3C//DTD HTML 3.2 Draft//", "-//W3C//DTD HTML 3.2 Final//",
        "-//W3C//DTD HTML 3.2//", "-//W3C//DTD HTML 3.2S Draft//", "-//W3C//DTD HTML 4.0 Frameset//",
        "-//W3C//DTD HTML 4.0 Transitional//", "-//W3C//DTD HTML Experimental 19960712//",
        "-//W3C//DTD HTML Experimental 970421//", "-//W3C//DTD W3 HTML//", "-//W3O//DTD W3 HTML 3.0//",
        "-//WebTechs//DTD Mozilla HTML 2.0//", "-//WebTechs//DTD Mozilla HTML//",
    ];

    static readonly string[] QuirkyPublicIds = ["-//W3O//DTD W3 HTML Strict 3.0//EN//", "-/W3C/DTD HTML 4.0 Transitional/EN", "HTML"];

    // HTML 4.01 Frameset and Transitional: quirks without a system identifier, limited quirks with one.
    static readonly string[] Html401Prefixes = ["-//W3C//DTD HTML 4.01 Frameset//", "-//W3C//DTD HTML 4.01 Transitional//"];

    static readonly string[] LimitedQuirkyPublicPrefixes = ["-//W3C//DTD XHTML 1.0 Frameset//", "-//W3C//DTD XHTML 1.0 Transitional//"];

    /// <summary>The mode a DOCTYPE puts the document in.</summary>
    public static QuirksMode Of(PageText text, DoctypeInfo doctype, bool forceQuirks)
    {
        if (forceQuirks || !text[doctype.Name].SequenceEqual("html"))
            return QuirksMode.Quirks;
        var publicId = text[doctype.PublicId];
        var systemId = text[doctype.SystemId];
        foreach (string id in QuirkyPublicIds)
            if (doctype.PublicId.Exists && publicId.Equals(id, StringComparison.OrdinalIgnoreCase))
                return QuirksMode.Quirks;
        if (doctype.SystemId.Exists && systemId.Equals("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd", StringComparison.OrdinalIgnoreCase))
            return QuirksMode.Quirks;
        if (!doctype.PublicId.Exists)
            return QuirksMode.NoQuirks;
        if (StartsWithAny(publicId, QuirkyPublicPrefixes))
            return QuirksMode.Quirks;
        if (StartsWithAny(publicId, Html401Prefixes))
            return doctype.SystemId.Exists ? QuirksMode.LimitedQuirks : QuirksMode.Quirks;
        return StartsWithAny(publicId, LimitedQuirkyPublicPrefixes) ? QuirksMode.LimitedQuirks : QuirksMode.NoQuirks;
    }

    static bool StartsWithAny(ReadOnlySpan<char> value, string[] prefixes)
    {
        foreach (string prefix in prefixes)
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
