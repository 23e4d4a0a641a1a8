namespace Lede.PlainText;

/// <summary>Which rule of <see cref="LineNoise"/> a line matched on its own: what the lexicons say it is, before its context is weighed.</summary>
internal enum LineRule : byte
{
    /// <summary>No rule matched: the line may be story.</summary>
    None,
    /// <summary>Symbols or punctuation only.</summary>
    NoWords,
    /// <summary>A bare URL.</summary>
    BareUrl,
    /// <summary>A bare e-mail address.</summary>
    BareEmail,
    /// <summary>"© 2019 …", "All rights reserved".</summary>
    Copyright,
    /// <summary>"By Jane Doe", "Jane Doe - 12 April 2019".</summary>
    Byline,
    /// <summary>"Published 12 April 2019".</summary>
    Dateline,
    /// <summary>"About / Contact / Privacy".</summary>
    LinkRow,
    /// <summary>A picture's credit or labelled caption.</summary>
    Credit,
    /// <summary>"Related: …", "Lire aussi : …".</summary>
    Related,
    /// <summary>"Advertisement", "Share this".</summary>
    WidgetLabel,
    /// <summary>"More From The Post", "Related Stories".</summary>
    WidgetTitle,
    /// <summary>"Photo:" with nothing after it.</summary>
    PictureLabel,
    /// <summary>"Click here to subscribe", "Follow us on …".</summary>
    Promo,
    /// <summary>"1 of 12", "Next image".</summary>
    Gallery,
    /// <summary>"2 hours ago", "Updated 10:32 AM ET".</summary>
    Timestamp,
}
