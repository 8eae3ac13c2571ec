using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout;

/// <summary>One block as the block rules see it: its cleaned text, its size against body text, and the page's lexicon.</summary>
internal sealed record BlockContext(PageBlock Block, string Text, double Ratio, bool Sized, PressLexicon Lexicon)
{
    public ClassifiedBlock As(BlockKind kind) => new(Block, Text, kind) { SizeRatio = Sized ? Ratio : null };
}
