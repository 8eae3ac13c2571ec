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
        ReadCriesOverCreditsAsHeadlines(classified);
        ReadBareNamesUnderHeadlinesAsBylines(classified);
        MarkWebCopyLines(classified);
        MarkTeasersOfLaterHeadlines(classified);
        MarkSiteLinesOverThePage(classified);
        return classified;
    }

    /// <summary>
    /// Marks the lines a web copy added to the page (<see cref="WebCopyLineRule"/>). A copy may break each field over
    /// two lines (发布时间: over 2019-03-03, | 编辑: over 张瑜): the short line under a label printed alone is that
    /// field's value, the copy's like its label, never a headline or a subheading.
    /// </summary>
    private static void MarkWebCopyLines(List<ClassifiedBlock> blocks)
    {
        for (var k = 0; k < blocks.Count; k++)
        {
            var b = blocks[k];
            // What a PDF's layout found in its furniture band is the page's own print.
            if (b.Kind != BlockKind.Furniture || b.Block.Hint == BlockHint.PageFurniture || !WebCopyLineRule.IsWebCopyLine(Punctuation.FoldTrimmed(b.Text)))
            {
                continue;
            }
            blocks[k] = b with { IsOutsideFlow = true };
            var value = NextNonGap(blocks, k + 1);
            if (value < blocks.Count && blocks[value].Kind != BlockKind.Furniture && WebCopyLineRule.AwaitsValue(b.Text)
                && WebCopyLineRule.CanBeValue(blocks[value].Text))
            {
                blocks[value] = blocks[value] with { Kind = BlockKind.Furniture, IsStrictHeading = false, IsOutsideFlow = true };
            }
        }
    }

    /// <summary>
    /// Display lines at a copied page's top over the last of the site's own lines (您当前的位置:…, 当前报纸名称:…, the
    /// day's date alone) that stand before the page's first text are the site's too (its name, its app's, its menu):
    /// the page's own head comes after them.
    /// </summary>
    private static void MarkSiteLinesOverThePage(List<ClassifiedBlock> blocks)
    {
        var pageStart = 0;
        while (pageStart < blocks.Count)
        {
            var page = blocks[pageStart].Block.Page;
            var lastSiteLine = -1;
            var k = pageStart;
            for (; k < blocks.Count && blocks[k].Block.Page == page && blocks[k].Kind is not (BlockKind.Body or BlockKind.Dateline or BlockKind.Byline); k++)
            {
                if (blocks[k].IsOutsideFlow && blocks[k].Kind == BlockKind.Furniture && WebCopyLineRule.IsSiteLine(Punctuation.FoldTrimmed(blocks[k].Text)))
                {
                    lastSiteLine = k;
                }
            }
            for (var h = pageStart; h < lastSiteLine; h++)
            {
                if (blocks[h].Kind == BlockKind.Heading && blocks[h].Block.Hint != BlockHint.Display)
                {
                    blocks[h] = blocks[h] with { IsOutsideFlow = true };
                }
            }
            while (k < blocks.Count && blocks[k].Block.Page == page)
            {
                k++;
            }
            pageStart = k;
        }
    }

    private const int MinTeaserLength = 6;

    /// <summary>
    /// A run of display lines that the page prints again below as headlines (spaces and a lead-in's dash aside) teases
    /// them: a site's title over the copied page, or a list of the page's headlines at its top, with the …… that ends
    /// it, over the page's first text. It heads nothing; the headlines below head their articles. Where two or more lines
    /// of the run are printed again, the run is such a list and goes whole (a teased piece the copy cut off included);
    /// where one is, only it.
    /// </summary>
    private static void MarkTeasersOfLaterHeadlines(List<ClassifiedBlock> blocks)
    {
        var k = 0;
        var textOnPage = new HashSet<int>();
        while (k < blocks.Count)
        {
            if (blocks[k].Kind is BlockKind.Body or BlockKind.Dateline or BlockKind.Byline)
            {
                textOnPage.Add(blocks[k].Block.Page);
            }
            // Only over the page's first text: lines inside a piece that its text prints again (a law's contents over
            // its chapters) are the piece's own.
            if (blocks[k].Kind != BlockKind.Heading || blocks[k].Block.Hint == BlockHint.Display || textOnPage.Contains(blocks[k].Block.Page))
            {
                k++;
                continue;
            }
            var run = new List<int> { k };
            for (var next = NextNonGap(blocks, k + 1); next < blocks.Count && blocks[next].Kind == BlockKind.Heading
                && blocks[next].Block.Page == blocks[k].Block.Page; next = NextNonGap(blocks, next + 1))
            {
                run.Add(next);
            }
            var after = run[^1] + 1;
            var teasers = run.Where(r => PrintedAgainBelow(blocks, r, after)).ToList();
            var marked = teasers.Count >= 2 ? run : teasers;
            foreach (var r in marked)
            {
                blocks[r] = blocks[r] with { IsOutsideFlow = true };
            }
            var end = NextNonGap(blocks, after);
            if (teasers.Count >= 2 && end < blocks.Count && Elision().IsMatch(Punctuation.TrimSpaces(blocks[end].Text)))
            {
                blocks[end] = blocks[end] with { IsOutsideFlow = true };
            }
            k = after;
        }
    }

    private static bool PrintedAgainBelow(List<ClassifiedBlock> blocks, int at, int from)
    {
        var title = TeaserKey(blocks[at].Text);
        if (title.Length < MinTeaserLength)
        {
            return false;
        }
        for (var k = from; k < blocks.Count && blocks[k].Block.Page == blocks[at].Block.Page; k++)
        {
            if (blocks[k].Kind == BlockKind.Heading && TeaserKey(blocks[k].Text) == title)
            {
                return true;
            }
        }
        return false;
    }

    private static string TeaserKey(string text) => WithoutSpaces(text).TrimEnd('—', '-');

    private static int NextNonGap(List<ClassifiedBlock> blocks, int from)
    {
        var k = from;
        while (k < blocks.Count && blocks[k].Kind == BlockKind.Gap)
        {
            k++;
        }
        return k;
    }

    [GeneratedRegex(@"^[.。…·]{3,}$")]
    private static partial Regex Elision();

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

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
    /// item's headline: a paragraph of text never stands over a credit.
    /// </summary>
    private static void ReadCriesOverCreditsAsHeadlines(List<ClassifiedBlock> blocks)
    {
        for (var k = 0; k + 1 < blocks.Count; k++)
        {
            var b = blocks[k];
            if (b.Kind == BlockKind.Body && blocks[k + 1].Kind is BlockKind.Dateline or BlockKind.Byline && HeadingShapeRule.IsCriedHeadline(b.Text))
            {
                blocks[k] = b with { Kind = BlockKind.Heading, IsStrictHeading = false };
            }
        }
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
