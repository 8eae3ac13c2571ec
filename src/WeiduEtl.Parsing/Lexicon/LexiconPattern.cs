namespace WeiduEtl.Parsing.Lexicon;

/// <summary>
/// A rule's regular expression written over lexicon words (house names, agencies). Each lexicon compiles it once, on
/// first use, into a slot of its own: rules call it per line, so the lookup is an array index, not a dictionary.
/// </summary>
internal sealed class LexiconPattern(Func<PressLexicon, string> build)
{
    public const int MaxPatterns = 32;
    private static int count;

    public int Slot { get; } = Interlocked.Increment(ref count) - 1 is var slot and < MaxPatterns
        ? slot
        : throw new InvalidOperationException($"more than {MaxPatterns} lexicon patterns: raise LexiconPattern.MaxPatterns");

    public string Build(PressLexicon lexicon) => build(lexicon);
}
