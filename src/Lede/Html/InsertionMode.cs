namespace Lede.Html;

/// <summary>The tree builder's insertion modes (WHATWG HTML 13.2.4.1), each handled by one method of <see cref="TreeBuilder"/>.</summary>
internal enum InsertionMode : byte
{
    Initial,
    BeforeHtml,
    BeforeHead,
    InHead,
    InHeadNoscript,
    AfterHead,
    InBody,
    Text,
    InTable,
    InTableText,
    InCaption,
    InColumnGroup,
    InTableBody,
    InRow,
    InCell,
    InTemplate,
    AfterBody,
    InFrameset,
    AfterFrameset,
    AfterAfterBody,
    AfterAfterFrameset,
}
