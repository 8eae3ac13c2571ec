using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A line set larger than the text that fills its column to the edge (a bold piece title of fourteen letters in a
/// narrow column) reads as a full line of a paragraph running on. A paragraph keeps its type size, so such a line runs
/// on only into a block set in the same size; before text in another size it is a line of its own.
/// </summary>
internal static class LargerTypeLineEnd
{
    public static void Settle(List<PageBlock> blocks, double bodySize)
    {
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = blocks[k];
            if (!block.RunsOn || block.FontSize is not { } size || size <= bodySize || SizeTolerance.Same(size, bodySize))
            {
                continue;
            }
            var next = blocks.Skip(k + 1).FirstOrDefault(b => b.Text.Length > 0);
            if (next?.FontSize is not { } nextSize || next.Page != block.Page || !SizeTolerance.Same(size, nextSize))
            {
                blocks[k] = block with { RunsOn = false };
            }
        }
    }
}
