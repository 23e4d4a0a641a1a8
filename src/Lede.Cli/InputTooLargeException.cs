namespace Lede.Cli;

/// <summary>An input over the size cap: a user's error like a missing file, but with a status of its own (too large).</summary>
internal sealed class InputTooLargeException(string message) : IOException(message);
