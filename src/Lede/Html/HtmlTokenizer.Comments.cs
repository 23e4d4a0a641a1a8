using System.Buffers;
using System.Text;

namespace Lede.Html;

/// <summary>
/// The markup declaration open state (13.2.5.42), which tells comments, DOCTYPEs and CDATA sections apart, the
/// bogus comment state (13.2.5.41) and the comment states (13.2.5.43–52). A comment's data is always the markup
/// from its start up to its closing delimiter (the spec appends the dashes it held back one by one, in order),
/// so it is built as one run that ends where the delimiter begins: how many characters that is depends on the
/// state that sees the '>' or the end of the input.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    static readonly SearchValues<char> CommentStops = SearchValues.Create("<-\r\0");
    static readonly SearchValues<char> BogusCommentStops = SearchValues.Create(">\r\0");

    enum CommentState : byte
    {
        Start,
        StartDash,
        Comment,
        LessThanSign,
        LessThanSignBang,
        LessThanSignBangDash,
        LessThanSignBangDashDash,
        EndDash,
        End,
        EndBang,
    }

    // Markup declaration open state, after "<!".
    TokenKind ReadMarkupDeclarationOpen(int p)
    {
        var rest = source.AsSpan(p, sourceLength - p);
        if (rest.StartsWith("--", StringComparison.Ordinal))
            return ReadComment(p + 2);
        if (rest.Length >= 7 && Ascii.EqualsIgnoreCase(rest[..7], "DOCTYPE"))
            return ReadDoctype(p + 7);
        if (AllowCData && rest.StartsWith("[CDATA[", StringComparison.Ordinal))
        {
            pos = p + 7;
            contentState = ContentState.CDataSection;
            return TokenKind.None;
        }
        // incorrectly-opened-comment, or cdata-in-html-content: the bogus comment's data starts right here.
        return ReadBogusComment(p);
    }

    // Bogus comment state: everything up to the next '>'.
    TokenKind ReadBogusComment(int p)
    {
        char[] s = source;
        BeginRun(p);
        while (true)
        {
            p = NextStop(p, BogusCommentStops);
            if (p == sourceLength)
                return EmitComment(EndRun(p), p);
            if (s[p] == '>')
                return EmitComment(EndRun(p), p + 1);
            p = s[p] == '\r' ? NewlineInRun(p) : ReplaceInRun(p, ReplacementCharacter);
        }
    }

    // Comment start state onwards, after "<!--".
    TokenKind ReadComment(int p)
    {
        char[] s = source;
        var state = CommentState.Start;
        BeginRun(p);
        while (true)
        {
            if (p >= sourceLength)
                return EmitComment(EndRun(sourceLength - HeldBack(state)), sourceLength); // eof-in-comment
            char c = s[p];
            switch (state)
            {
                case CommentState.Start:
                    if (c == '-')
                        (state, p) = (CommentState.StartDash, p + 1);
                    else if (c == '>')
                        return EmitComment(EndRun(p), p + 1); // abrupt-closing-of-empty-comment
                    else
                        state = CommentState.Comment;
                    break;
                case CommentState.StartDash:
                    if (c == '-')
                        (state, p) = (CommentState.End, p + 1);
                    else if (c == '>')
                        return EmitComment(EndRun(p - 1), p + 1); // abrupt-closing-of-empty-comment
                    else
                        state = CommentState.Comment; // the '-' is the comment's
                    break;
                case CommentState.Comment:
                    if ((p = NextStop(p, CommentStops)) == sourceLength)
                        break;
                    c = s[p];
                    if (c == '<')
                        (state, p) = (CommentState.LessThanSign, p + 1);
                    else if (c == '-')
                        (state, p) = (CommentState.EndDash, p + 1);
                    else
                        p = c == '\r' ? NewlineInRun(p) : ReplaceInRun(p, ReplacementCharacter);
                    break;
                case CommentState.LessThanSign:
                    if (c == '!')
                        (state, p) = (CommentState.LessThanSignBang, p + 1);
                    else if (c == '<')
                        p++;
                    else
                        state = CommentState.Comment;
                    break;
                case CommentState.LessThanSignBang:
                    if (c == '-')
                        (state, p) = (CommentState.LessThanSignBangDash, p + 1);
                    else
                        state = CommentState.Comment;
                    break;
                case CommentState.LessThanSignBangDash:
                    if (c == '-')
                        (state, p) = (CommentState.LessThanSignBangDashDash, p + 1);
                    else
                        state = CommentState.EndDash;
                    break;
                case CommentState.LessThanSignBangDashDash:
                    state = CommentState.End; // anything but '>' is a nested-comment error, read as in the end state
                    break;
                case CommentState.EndDash:
                    if (c == '-')
                        (state, p) = (CommentState.End, p + 1);
                    else
                        state = CommentState.Comment; // the '-' is the comment's
                    break;
                case CommentState.End:
                    if (c == '>')
                        return EmitComment(EndRun(p - 2), p + 1);
                    if (c == '!')
                        (state, p) = (CommentState.EndBang, p + 1);
                    else if (c == '-')
                        p++; // the first of three dashes is the comment's
                    else
                        state = CommentState.Comment; // "--" is the comment's
                    break;
                case CommentState.EndBang:
                    if (c == '-')
                        (state, p) = (CommentState.EndDash, p + 1); // "--!" is the comment's
                    else if (c == '>')
                        return EmitComment(EndRun(p - 3), p + 1); // incorrectly-closed-comment
                    else
                        state = CommentState.Comment; // "--!" is the comment's
                    break;
            }
        }
    }

    // How many of the characters read last are a closing delimiter the comment's data does not hold yet, when the
    // input ends in `state` (the states that reconsume at the end pass it on to the one that emits).
    static int HeldBack(CommentState state) => state switch
    {
        CommentState.StartDash or CommentState.EndDash or CommentState.LessThanSignBangDash => 1,
        CommentState.End or CommentState.LessThanSignBangDashDash => 2,
        CommentState.EndBang => 3,
        _ => 0,
    };
}
