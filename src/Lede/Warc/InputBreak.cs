namespace Lede.Warc;

/// <summary>Damage in the compressed input that ended a run of decompressed bytes; reading goes on after it.</summary>
/// <param name="Offset">Where the damage starts, in bytes of the file.</param>
/// <param name="Reason">One line: what was wrong and what was skipped.</param>
internal sealed record InputBreak(long Offset, string Reason);
