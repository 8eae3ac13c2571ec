using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Runs the block rules (<see cref="BlockRules"/>, in their order) over each block with the page's press lexicon.
/// Letter sizes, when known, are read against the body text's size with the lexicon's layout thresholds.
/// </summary>
internal static class BlockClassifier
{
    public static List<ClassifiedBlock> Classify(IReadOnlyList<PageBlock> blocks, PressLexicon lexicon)
    {
        // Sizes are read per page: a supplement's page may be set in other sizes than the front page.
        var bodySizes = blocks.GroupBy(b => b.Page).ToDictionary(g => g.Key, g => BodyFontSize(g.ToList()));
        var classified = blocks.Select(b => Classify(b, bodySizes[b.Page], lexicon)).ToList();
        ReadProseUnderDisplayLinesAsText(classified);
        return classified;
    }

    /// <summary>
    /// Without letter sizes, display lines under a first one are terse (a headline under its kicker, a subheadline);
    /// a line of prose there (a clause longer than a headline's) is the first piece of a paragraph a column end cut, so
    /// it is text. A first line keeps its reading: a kicker may run long (一段时间以来，…时有发生).
    /// </summary>
    private static void ReadProseUnderDisplayLinesAsText(List<ClassifiedBlock> blocks)
    {
        for (var k = 1; k < blocks.Count; k++)
        {
            var b = blocks[k];
            if (b.Kind == BlockKind.Heading && blocks[k - 1].Kind == BlockKind.Heading && b.IsCutProse)
            {
                blocks[k] = b with { Kind = BlockKind.Body, IsStrictHeading = false };
            }
        }
    }

    private static ClassifiedBlock Classify(PageBlock block, double? bodySize, PressLexicon lexicon)
    {
        var text = Punctuation.TrimSpaces(block.Text.Replace("\uFEFF", "", StringComparison.Ordinal));
        var sized = block.FontSize is > 0 && bodySize is > 0;
        var context = new BlockContext(block, text, sized ? block.FontSize!.Value / bodySize!.Value : 1.0, sized, lexicon);
        foreach (var rule in BlockRules.InOrder)
        {
            if (rule.Apply(context) is { } classified)
            {
                return classified;
            }
        }
        return context.As(BlockKind.Body);
    }

    /// <summary>The letter size most of the page's text is set in, weighted by length; null without sizes.</summary>
    public static double? BodyFontSize(IReadOnlyList<PageBlock> blocks) =>
        BodyTextSize.Of(blocks.Where(b => b.FontSize is > 0 && b.Hint is BlockHint.None).Select(b => (b.FontSize!.Value, b.Text.Length)));
}
