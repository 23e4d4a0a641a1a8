namespace Lede.Quotes;

/// <summary>What the text around a quotation says about it: the cue, the speaker's words, and to whom or where.</summary>
internal sealed class Attribution
{
    /// <summary>The cue's token (the first word of "according to"), or -1 when there is none ("Trump: “…”", a continued quotation).</summary>
    public int CueToken { get; init; } = -1;

    public CueKind Kind { get; init; }

    /// <summary>The speaker's phrase, as a token range.</summary>
    public int SpeakerFirst { get; init; } = -1;

    public int SpeakerLast { get; init; } = -1;

    /// <summary>For a continued quotation: the speaker mention of the quotation it continues.</summary>
    public QuoteSpeaker? Inherited { get; init; }

    public string? Addressee { get; set; }

    public string? Medium { get; set; }

    /// <summary>The token range of the cue phrase ("according to" is two).</summary>
    public int CueLast { get; init; } = -1;
}
