using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Runs the block rules (<see cref="BlockRules"/>, in their order) over each block with the page's press lexicon.
/// Letter sizes, when known, are read against the body text's size with the lexicon's layout thresholds.
/// </summary>
internal static partial class BlockClassifier
{
    public static List<ClassifiedBlock> Classify(IReadOnlyList<PageBlock> blocks, PressLexicon lexicon)
    {
        // Sizes are read per page: a supplement's page may be set in other sizes than the front page.
        var bodySizes = blocks.GroupBy(b => b.Page).ToDictionary(g => g.Key, g => BodyFontSize(g.ToList()));
        var classified = blocks.Select(b => Classify(b, bodySizes[b.Page], lexicon)).ToList();
        ReadProseUnderDisplayLinesAsText(classified);
        ReadHeadlinesOverCredits(classified, lexicon);
        ReadLongHeadlinesBetweenDisplayLines(classified, lexicon);
        ReadBareNamesUnderHeadlinesAsBylines(classified);
        OutsideFlowMarks.Mark(classified);
        return classified;
    }

    /// <summary>
    /// Evening papers set the writer's name alone under the headline (王小明, or 王小明 李四), with no 记者 before it,
    /// and credit them again in the opening dateline's brackets (本报讯（记者 王小明）). A line of such names right under
    /// display type that the dateline after it names too is that byline: it never heads the item. A bare name the
    /// dateline does not echo stays as it is read: a column of commentaries sets each piece's title over its writer's
    /// name, and a compiler's name may stand over another paper's report.
    /// </summary>
    private static void ReadBareNamesUnderHeadlinesAsBylines(List<ClassifiedBlock> blocks)
    {
        for (var k = 1; k + 1 < blocks.Count; k++)
        {
            var b = blocks[k];
            if (b.Kind is not (BlockKind.Heading or BlockKind.Body) || blocks[k - 1].Kind != BlockKind.Heading || BareNames(b.Text) is not { } names)
            {
                continue;
            }
            var echoed = NextDateline(blocks, k + 1)?.Contributors.Where(c => names.Contains(c.Name, StringComparer.Ordinal)).ToList() ?? [];
            if (echoed.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == names.Count)
            {
                blocks[k] = b with { Kind = BlockKind.Byline, IsStrictHeading = false, Byline = echoed };
            }
        }
    }

    private const int MaxBareNames = 3;

    /// <summary>The names of a line that is one to three personal names of two or three letters apart, else null.</summary>
    private static List<string>? BareNames(string text)
    {
        var tokens = text.Split([' ', '\u3000', '、'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length is >= 1 and <= MaxBareNames
            && tokens.All(PersonNames.IsBareName)
            ? [.. tokens]
            : null;
    }

    /// <summary>The dateline that opens the item within the next two blocks (a subheading may stand between).</summary>
    private static DatelineMatch? NextDateline(List<ClassifiedBlock> blocks, int from)
    {
        for (var k = from; k < Math.Min(blocks.Count, from + 2); k++)
        {
            if (blocks[k].Kind == BlockKind.Dateline)
            {
                return blocks[k].Dateline;
            }
        }
        return null;
    }

    /// <summary>
    /// A line with a cry inside (…亿元！…开工) reads as prose on its own, but right over a dateline or byline it is the
    /// item's headline: a paragraph of text never stands over a credit. Nor over a web copy's field line (来源:某报
    /// 2020-08-06 07:48), which a site prints under the title of the piece: there a line with no clause mark, however
    /// long (走出“某路” 跑出“某度”——某镇推进某工作小记, its subtitle run on after a dash), is that title too, as sure
    /// as display type.
    /// </summary>
    private static void ReadHeadlinesOverCredits(List<ClassifiedBlock> blocks, PressLexicon lexicon)
    {
        for (var k = 0; k + 1 < blocks.Count; k++)
        {
            var b = blocks[k];
            var under = blocks[k + 1];
            if (b.Kind != BlockKind.Body && !(b.Kind == BlockKind.Heading && !b.IsStrictHeading))
            {
                continue;
            }
            var overFieldLine = under.Kind == BlockKind.Furniture && WebCopyLineRule.IsWebCopyLine(Punctuation.FoldTrimmed(under.Text));
            if (b.Kind == BlockKind.Body && HeadingShapeRule.IsCriedHeadline(b.Text) && (overFieldLine || under.Kind is BlockKind.Dateline or BlockKind.Byline))
            {
                blocks[k] = b with { Kind = BlockKind.Heading, IsStrictHeading = false };
            }
            else if (overFieldLine && Punctuation.VisibleLength(b.Text) <= lexicon.MaxHeadlineLength && !ClauseMark().IsMatch(Punctuation.Fold(b.Text)))
            {
                // The site's field line sets the title apart as display type does.
                blocks[k] = b with { Kind = BlockKind.Heading, IsStrictHeading = true };
            }
        }
    }

    /// <summary>
    /// A main headline may run past a loose heading's length (聚焦高质量发展提高人道服务能力 为…作出新的更大贡献), set in
    /// phrases apart with no clause mark; between its kicker and its subheadline over a dateline or byline it is that
    /// headline: prose of its length holds commas, and a paragraph stands under a credit, never over one.
    /// </summary>
    private static void ReadLongHeadlinesBetweenDisplayLines(List<ClassifiedBlock> blocks, PressLexicon lexicon)
    {
        for (var k = 1; k + 2 < blocks.Count; k++)
        {
            var b = blocks[k];
            if (b.Kind == BlockKind.Body && blocks[k - 1].Kind == BlockKind.Heading && blocks[k + 1].Kind == BlockKind.Heading
                && blocks[k + 2].Kind is BlockKind.Dateline or BlockKind.Byline
                && Punctuation.VisibleLength(b.Text) <= lexicon.MaxHeadlineLength && !ClauseMark().IsMatch(Punctuation.Fold(b.Text)))
            {
                blocks[k] = b with { Kind = BlockKind.Heading, IsStrictHeading = false };
            }
        }
    }

    [GeneratedRegex(@"[,。.;:!?、…]")]
    private static partial Regex ClauseMark();

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
