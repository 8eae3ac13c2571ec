using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Marks the classified lines that are none of the page's flow (<see cref="ClassifiedBlock.IsOutsideFlow"/>): a web
/// copy's own lines, the site's lines over a copied page, and a teaser of the page's headlines. The assembler takes
/// them out before the grammar reads the page, and keeps them as warnings.
/// </summary>
internal static partial class OutsideFlowMarks
{
    public static void Mark(List<ClassifiedBlock> blocks)
    {
        MarkWebCopyLines(blocks);
        MarkFieldLinesBesideCopyLines(blocks);
        MarkSiteButtonsUnderFieldLines(blocks);
        MarkTeasersOfLaterHeadlines(blocks);
        MarkSiteLinesOverThePage(blocks);
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
            // What a PDF's layout found in its furniture band is the page's own print; but the outlet's time stamp under
            // a display line is the copied piece's, wherever the layout put it.
            // An editors' credit (责任编辑:X 编辑:Y) is the print's own too, and it ends the articles over it.
            if (b.Kind != BlockKind.Furniture || (b.Block.Hint == BlockHint.PageFurniture && !IsStampUnderHead(blocks, k))
                || !WebCopyLineRule.IsWebCopyLine(Punctuation.FoldTrimmed(b.Text)) || Rules.PageFurnitureRule.ClosesArticles(b.Text))
            {
                continue;
            }
            blocks[k] = b with { IsOutsideFlow = true };
            MarkCopyTagBeside(blocks, k);
            var value = NextNonGap(blocks, k + 1);
            if (value < blocks.Count && blocks[value].Kind != BlockKind.Furniture && WebCopyLineRule.AwaitsValue(b.Text)
                && WebCopyLineRule.CanBeValue(blocks[value].Text))
            {
                blocks[value] = blocks[value] with { Kind = BlockKind.Furniture, IsStrictHeading = false, IsOutsideFlow = true };
            }
        }
    }

    /// <summary>
    /// A field alone (来源:某报, 作者:X, • 消息来源:某日报社) may be a notice's line or an article's last, but right over or
    /// under a line the copy added (2020-08-02 15:37:43, 发布时间:…, 索引号: 发文日期:…) it is one more of the copy's
    /// fields, and so is the next such field beside it: never the piece's headline. A line read as text or a credit
    /// stays, and an editors' credit ends the articles over it.
    /// </summary>
    private static void MarkFieldLinesBesideCopyLines(List<ClassifiedBlock> blocks)
    {
        for (var k = 0; k < blocks.Count; k++)
        {
            if (!blocks[k].IsOutsideFlow || blocks[k].Kind != BlockKind.Furniture)
            {
                continue;
            }
            foreach (var step in Sides)
            {
                var at = k;
                while (true)
                {
                    var t = step < 0 ? PreviousNonGap(blocks, at - 1) : NextNonGap(blocks, at + 1);
                    if (t < 0 || t >= blocks.Count || blocks[t].Block.Page != blocks[k].Block.Page || blocks[t].IsOutsideFlow
                        || blocks[t].Kind is not (BlockKind.Heading or BlockKind.Furniture)
                        || !WebCopyLineRule.IsAnyFieldLine(Punctuation.FoldTrimmed(blocks[t].Text)) || PageFurnitureRule.ClosesArticles(blocks[t].Text))
                    {
                        break;
                    }
                    blocks[t] = blocks[t] with { Kind = BlockKind.Furniture, IsStrictHeading = false, IsOutsideFlow = true };
                    at = t;
                }
            }
        }
    }

    /// <summary>Over (−1) and under (+1) a line, the two ways a run of the copy's fields is followed.</summary>
    private static readonly int[] Sides = [-1, 1];

    private static bool IsStampUnderHead(List<ClassifiedBlock> blocks, int k)
    {
        if (!WebCopyLineRule.IsSiteStamp(Punctuation.FoldTrimmed(blocks[k].Text)))
        {
            return false;
        }
        var above = PreviousNonGap(blocks, k - 1);
        if (above >= 0 && WebCopyLineRule.IsCopyTag(Punctuation.FoldTrimmed(blocks[above].Text)))
        {
            above = PreviousNonGap(blocks, above - 1);
        }
        return above >= 0 && blocks[above].Kind == BlockKind.Heading && blocks[above].Block.Page == blocks[k].Block.Page;
    }

    /// <summary>A site's 原创 or 转载 right over or under its stamp or field line is the site's too.</summary>
    private static void MarkCopyTagBeside(List<ClassifiedBlock> blocks, int k)
    {
        foreach (var t in new[] { PreviousNonGap(blocks, k - 1), NextNonGap(blocks, k + 1) })
        {
            if (t >= 0 && t < blocks.Count && blocks[t].Block.Page == blocks[k].Block.Page && !blocks[t].IsOutsideFlow
                && WebCopyLineRule.IsCopyTag(Punctuation.FoldTrimmed(blocks[t].Text)))
            {
                blocks[t] = blocks[t] with { Kind = BlockKind.Furniture, IsStrictHeading = false, IsOutsideFlow = true };
            }
        }
    }

    private static int PreviousNonGap(List<ClassifiedBlock> blocks, int from)
    {
        var k = from;
        while (k >= 0 && blocks[k].Kind == BlockKind.Gap)
        {
            k--;
        }
        return k;
    }

    /// <summary>The most letters of a site's button (微博, QQ空间, 关注某某网, 某某新闻 for its app).</summary>
    private const int MaxButtonLength = 6;

    /// <summary>A site sets its buttons in a bar of several; one short line there is the head's (a place under it: 某某市).</summary>
    private const int MinButtons = 2;

    /// <summary>
    /// A copied piece's head stands over the site's field line (标题 / ——副题 / 2019-01-16 09:11 来源:某报 作者:X); the short
    /// display lines between that field line and the piece's text are the site's buttons (关注某网, 微博, Qzone, its app's
    /// name), never a headline: the head was read above. Only where a head does stand above the field line, and only
    /// where nothing but two or more such buttons stands between it and the text.
    /// </summary>
    private static void MarkSiteButtonsUnderFieldLines(List<ClassifiedBlock> blocks)
    {
        var headAbove = false;
        for (var k = 0; k < blocks.Count; k++)
        {
            var b = blocks[k];
            if (b.Kind is BlockKind.Body or BlockKind.Dateline or BlockKind.Byline || (k > 0 && b.Block.Page != blocks[k - 1].Block.Page))
            {
                headAbove = false;
            }
            if (b.Kind == BlockKind.Heading && !b.IsOutsideFlow)
            {
                headAbove = true;
                continue;
            }
            if (!headAbove || !b.IsOutsideFlow || b.Kind != BlockKind.Furniture || !WebCopyLineRule.IsWebCopyLine(Punctuation.FoldTrimmed(b.Text)))
            {
                continue;
            }
            var buttons = new List<int>();
            var j = k + 1;
            for (; j < blocks.Count && blocks[j].Block.Page == b.Block.Page; j++)
            {
                var c = blocks[j];
                if (c.Kind == BlockKind.Gap || c.IsOutsideFlow)
                {
                    continue;
                }
                if (c.Kind is not (BlockKind.Heading or BlockKind.Furniture) || c.Block.Hint == BlockHint.Display)
                {
                    break;
                }
                if (c.Kind == BlockKind.Heading && Punctuation.VisibleLength(c.Text) > MaxButtonLength)
                {
                    buttons.Clear();
                    break;
                }
                if (c.Kind == BlockKind.Heading)
                {
                    buttons.Add(j);
                }
            }
            if (buttons.Count >= MinButtons && j < blocks.Count && blocks[j].Kind is BlockKind.Body or BlockKind.Dateline or BlockKind.Byline)
            {
                foreach (var button in buttons)
                {
                    blocks[button] = blocks[button] with { IsOutsideFlow = true };
                }
            }
        }
    }

    /// <summary>
    /// Display lines at a copied page's top over the last of the site's own lines (您当前的位置:…, 当前报纸名称:…, the
    /// day's date alone, the outlet's time stamp) that stand before the page's head are the site's too (its name, its
    /// app's, its menu): the page's own head comes after them. On a copied page a channel's name there (本地新闻, 县域新闻
    /// 某县) is such a line of the site's, and goes with them.
    /// </summary>
    private static void MarkSiteLinesOverThePage(List<ClassifiedBlock> blocks)
    {
        var pageStart = 0;
        while (pageStart < blocks.Count)
        {
            var page = blocks[pageStart].Block.Page;
            var copied = false;
            var end = pageStart;
            for (; end < blocks.Count && blocks[end].Block.Page == page; end++)
            {
                copied |= blocks[end].IsOutsideFlow && blocks[end].Kind == BlockKind.Furniture;
            }
            var top = pageStart;
            while (top < end && blocks[top].Kind is not (BlockKind.Body or BlockKind.Dateline or BlockKind.Byline))
            {
                top++;
            }
            // The page's head is its last display line over its first text; a bare date under it is the article's own.
            var head = -1;
            for (var j = pageStart; j < top; j++)
            {
                if (blocks[j].Kind == BlockKind.Heading && !blocks[j].IsOutsideFlow && !(copied && IsChannel(blocks[j])))
                {
                    head = j;
                }
            }
            var lastSiteLine = -1;
            for (var j = pageStart; j < head; j++)
            {
                if ((blocks[j].IsOutsideFlow && blocks[j].Kind == BlockKind.Furniture && WebCopyLineRule.IsSiteLine(Punctuation.FoldTrimmed(blocks[j].Text)))
                    || (copied && IsChannel(blocks[j])))
                {
                    lastSiteLine = j;
                }
            }
            for (var h = pageStart; h <= lastSiteLine; h++)
            {
                if (blocks[h].Kind == BlockKind.Heading && blocks[h].Block.Hint != BlockHint.Display && !blocks[h].IsOutsideFlow)
                {
                    blocks[h] = blocks[h] with { IsOutsideFlow = true };
                }
            }
            pageStart = end;
        }
    }

    private static bool IsChannel(ClassifiedBlock b) =>
        b.Kind == BlockKind.Heading && b.Block.Hint != BlockHint.Display && WebCopyLineRule.IsChannelName(Punctuation.FoldTrimmed(b.Text));

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
            if (teasers.Count >= 2 && end < blocks.Count && Elision().IsMatch(Punctuation.WithoutSpaces(blocks[end].Text)))
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

    private static string TeaserKey(string text) => Punctuation.WithoutSpaces(text).TrimEnd('—', '-');

    private static int NextNonGap(List<ClassifiedBlock> blocks, int from)
    {
        var k = from;
        while (k < blocks.Count && blocks[k].Kind == BlockKind.Gap)
        {
            k++;
        }
        return k;
    }

    // Dots, or the Chinese ellipsis (……, two letters each of three dots).
    [GeneratedRegex(@"^(?:…+|[.。…·]{3,})$")]
    private static partial Regex Elision();
}
