using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// One block of a page in reading order: a paragraph of a text dump, or a block of lines a PDF layout
/// analysis found. Text and PDF parsers both feed blocks to the same article grammar.
/// </summary>
/// <param name="Text">The block's text, lines joined without separators (CJK has no spaces between words).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="FontSize">Dominant letter size in points (PDF only).</param>
/// <param name="Bbox">Where the block sits (PDF only).</param>
/// <param name="Hint">What the layout already knows about the block.</param>
/// <param name="Column">0-based column index on the page (PDF only).</param>
public sealed record PageBlock(string Text, int Page = 1, double? FontSize = null, BoundingBox? Bbox = null, BlockHint Hint = BlockHint.None, int? Column = null)
{
    /// <summary>
    /// The block's first line was indented (　　), as a paragraph's first line is: it starts a paragraph and
    /// continues no sentence cut before it. False when the source does not show indents.
    /// </summary>
    public bool Indented { get; init; }

    /// <summary>
    /// The block's last line runs to the right edge of its page column, as a line inside a paragraph does, so the
    /// block is read as text, never as a body-size heading (a heading that fills its column is told from text by
    /// weight alone, which the layout does not see). False without geometry.
    /// </summary>
    public bool RunsOn { get; init; }

    /// <summary>
    /// The block is the first line of a head set right under a rule (a story ruled off from the one above). False
    /// without geometry, or when the page draws no rules.
    /// </summary>
    public bool UnderRule { get; init; }
}
