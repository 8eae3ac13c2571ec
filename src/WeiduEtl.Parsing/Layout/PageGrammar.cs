using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Reads classified blocks in order and decides where each belongs: page head, headline group, byline, body,
/// caption, column of briefs. One instance reads one document. Nothing is dropped silently: what fits nowhere
/// goes to the unplaced lines, what was removed on purpose (repeats, page furniture) to the warnings.
/// </summary>
internal sealed partial class PageGrammar(IReadOnlyList<ClassifiedBlock> blocks, PressLexicon lexicon)
{
    private const int MaxHeadlineLines = 4;
    private const int LongCaptionLength = 30;

    /// <summary>A column's name is a word or two (建议, 读者来信), never a sentence.</summary>
    private const int LettersColumnNameLength = 4;
    private const double SubheadingSizeRatio = 0.9;

    /// <summary>A headline this much larger than a brief column's item titles is no item of the column.</summary>
    private const double BriefColumnGrowth = 1.3;

    private readonly List<ArticleBuilder> items = [];
    private readonly List<string> unplaced = [];
    private readonly List<string> warnings = [];
    private readonly List<ParsedPhoto> loosePhotos = [];

    /// <summary>Pages that rule off their stories: two or more heads on them stand right under a rule.</summary>
    private readonly HashSet<int> pagesRuledOff = blocks.Where(b => b.Block.UnderRule).GroupBy(b => b.Block.Page)
        .Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
    private ArticleBuilder? current;

    /// <summary>The item left open at the foot of the page before, which body text at the top of this one continues.</summary>
    private ArticleBuilder? carriedOver;
    private (string Name, ArticleKind Kind)? section;
    private double? sectionTitleSize;
    private string? pageLabel;
    private DateOnly? issueDate;
    private bool afterGap;
    private bool atPageTop;
    private int i;

    public ParsedIssue Read(int pageCount)
    {
        var page = int.MinValue;
        while (i < blocks.Count)
        {
            var b = blocks[i];
            if (b.Block.Page != page)
            {
                carriedOver = page == int.MinValue ? null : CarriedOver(page);
                runningOn = page == int.MinValue ? [] : RunningOn(page);
                leadInsWaiting = page == int.MinValue ? [] : LeadInsWaiting(page);
                page = b.Block.Page;
                EndItem();
                section = null;
                atPageTop = true;
                afterGap = false;
            }
            // The one place the reading advances: each reader returns the index of the block after what it read.
            var gap = b.Kind == BlockKind.Gap;
            var next = gap ? i + 1 : Step(b);
            afterGap = gap && (items.Count > 0 || current is not null);
            i = next;
        }
        EndItem();
        GatherPackages();
        GatherRoundUps();
        TitlePictureStories();
        var articles = items.Select(a => a.Build()).ToList();
        return new ParsedIssue(pageLabel, issueDate, pageCount, articles, unplaced, warnings) { LoosePhotos = loosePhotos };
    }

    /// <summary>Reads the block at <see cref="i"/> (and any it takes with it); returns the index of the next block to read.</summary>
    private int Step(ClassifiedBlock b)
    {
        if (b.Kind == BlockKind.Furniture)
        {
            ReadFurniture(b);
            return i + 1;
        }
        if (atPageTop && TryReadPageLabel(b))
        {
            return i + 1;
        }
        atPageTop = false;
        if (TakeSubheadlineBrokenOff(b, out var afterHead) || TakeHeadlineUnderLeadIn(b, out afterHead) || TakeHeadlineBrokenOff(b, out afterHead))
        {
            return afterHead;
        }
        RunOnFromPageBefore(b);
        TakeTextUnderHeaderBeside(b);
        if (b.ClosesItem)
        {
            ReadClosingCredit(b);
            return i + 1;
        }
        if (b.IsContactLine && current is not null)
        {
            current.Paragraphs.Add(b.Text);
            current.Cover(b.Block);
            return i + 1;
        }
        if (current is { Closed: false, EndsMidSentence: true } && TryContinue(b))
        {
            return i + 1;
        }
        if (b.Kind == BlockKind.Body && HeadingShapeRule.IsNameLeadIn(b.Text) && NextIndex(i + 1) is var k and >= 0
            && blocks[k].Kind == BlockKind.Heading && StartsItem(k))
        {
            // 明德英： over 沂蒙红嫂 声名不朽（…英雄烈士谱）: a name and a colon over a headline is its kicker, though
            // a text dump cannot show it in display type.
            return ReadHeadingRun();
        }
        switch (b.Kind)
        {
            case BlockKind.Section:
                EndItem();
                section = b.Section;
                sectionTitleSize = null;
                return i + 1;
            case BlockKind.Note:
                return ReadNote(b);
            case BlockKind.Byline:
                ReadByline(b);
                return i + 1;
            case BlockKind.Dateline:
                ReadDateline(b);
                return i + 1;
            case BlockKind.CreditedCaption or BlockKind.Caption:
                ReadCaption(b);
                return i + 1;
            case BlockKind.Heading:
                return ReadHeadingRun();
            case BlockKind.BoxLabel:
                return ReadBoxLabel(b);
            default:
                ReadBody(b);
                return i + 1;
        }
    }

    private void ReadFurniture(ClassifiedBlock b)
    {
        issueDate ??= PageFurnitureRule.IssueDate(b.Text);
        if (atPageTop && PageFurnitureRule.HeaderLabel(b.Text) is { } label)
        {
            pageLabel ??= label;
        }
        if (PageFurnitureRule.ClosesArticles(b.Text))
        {
            EndItem();
            section = null;
        }
        else if (WebCopyLineRule.IsReaderControlLine(Punctuation.FoldTrimmed(b.Text)))
        {
            // The reader's controls under the piece it shows (上一篇 下一篇) end it: the lines after them are the site's.
            EndItem();
        }
        warnings.Add($"page furniture: {b.Text}");
    }

    private bool TryReadPageLabel(ClassifiedBlock b)
    {
        if (b.Kind is not (BlockKind.Heading or BlockKind.Body) || !PageLabelRule.IsLabel(b.Text))
        {
            return false;
        }
        var k = NextIndex(i + 1);
        while (k >= 0 && JumpLineRule.IsContinuedFromElsewhere(blocks[k].Text))
        {
            k = NextIndex(k + 1);
        }
        var next = k >= 0 ? blocks[k] : null;
        if (next?.Kind is not (BlockKind.Heading or BlockKind.Section or BlockKind.Furniture))
        {
            return false;
        }
        if (pageLabel is not null && pageLabel != b.Text)
        {
            warnings.Add($"second page label ignored: {b.Text}");
        }
        pageLabel ??= b.Text;
        atPageTop = false;
        return true;
    }

    /// <summary>The block after a paragraph cut mid-sentence: a caption the picture carried, or the sentence's rest; true when it took the block.</summary>
    private bool TryContinue(ClassifiedBlock b)
    {
        if (b.Kind is BlockKind.Furniture or BlockKind.Section or BlockKind.Byline or BlockKind.Dateline or BlockKind.Note or BlockKind.BoxLabel
            || JumpLineRule.IsContinuedOnOnly(b.Text))
        {
            return false;
        }
        if (b.Block.Indented && b.Kind is BlockKind.Body or BlockKind.Heading)
        {
            warnings.Add($"paragraph ends mid-sentence: …{Tail(current!.Paragraphs[^1])}");
            return false;
        }
        if (b.Kind is BlockKind.CreditedCaption or BlockKind.Caption || (afterGap && b.Kind == BlockKind.Heading))
        {
            AttachCaption(current!, b);
            return true;
        }
        // Display type never carries on a sentence set in body type: it heads what follows.
        if (b.Kind == BlockKind.Heading && (StartsItem(i) || b.Block.Hint == BlockHint.Display))
        {
            warnings.Add($"paragraph ends mid-sentence before a new item: …{Tail(current!.Paragraphs[^1])}");
            return false;
        }
        var last = current!.Paragraphs[^1];
        if (SentenceJoinRule.IsRepeatedFragment(last, b.Text))
        {
            warnings.Add($"repeated fragment removed: {b.Text}");
        }
        else
        {
            current.Paragraphs[^1] = SentenceJoinRule.Join(last, WithoutJump(b.Text, out var jumped));
            current.Cover(b.Block);
            SplitTrailingNote(current);
            current.Closed |= jumped;
        }
        return true;
    }

    /// <summary>
    /// The text without a trailing（下转第3版）, which is reported and ends the item here: the rest is on another
    /// page. A jump is never a source tag.
    /// </summary>
    private string WithoutJump(string text, out bool jumped)
    {
        var cut = JumpLineRule.StripContinuedOn(text);
        jumped = cut is not null;
        if (cut is null)
        {
            return text;
        }
        var last = cut.Length > 0 ? cut : current?.Paragraphs.LastOrDefault() ?? "";
        warnings.Add($"item continues on another page: …{Tail(last)}");
        return cut;
    }

    private void ReadBody(ClassifiedBlock b)
    {
        var text = b.Text;
        if (JumpLineRule.IsContinuedFromElsewhere(text))
        {
            // The rest of an item printed on another page: it has no headline here to belong to, nor has the
            // text after the mark.
            EndItem();
            unplaced.Add(text);
            warnings.Add($"continued from another page, not placed: {Head(text)}");
            return;
        }
        var rest = WithoutJump(text, out var jumps);
        if (rest.Length == 0)
        {
            if (current is not null)
            {
                current.Closed = true;
            }
            return;
        }
        text = rest;
        if (section?.Kind == ArticleKind.Brief && RunInTitleRule.Split(BulletRule.StripBullet(text) ?? text, lexicon) is var (title, runIn))
        {
            var brief = StartItem(ArticleKind.Brief, b.Block, StartRules.RunInBriefTitle);
            brief.Headline = title;
            ApplyDateline(brief, runIn);
            return;
        }
        if (section?.Kind == ArticleKind.Brief && BulletRule.StripBullet(text) is { } bulleted)
        {
            var brief = StartItem(ArticleKind.Brief, b.Block, StartRules.BulletedBrief);
            if (DatelineRule.Match(bulleted, lexicon) is { } dateline)
            {
                ApplyDateline(brief, dateline);
            }
            else
            {
                AddParagraph(brief, bulleted);
            }
            return;
        }
        if (current is null || current.Closed)
        {
            if (section is not null)
            {
                AddParagraph(StartItem(section.Value.Kind == ArticleKind.Photo ? ArticleKind.Photo : ArticleKind.Brief, b.Block, StartRules.TextInColumn), text);
                return;
            }
            if (HeadingShapeRule.IsCriedHeadline(text) && NextBlock(i + 1)?.Kind == BlockKind.Body)
            {
                // 总投资454.3亿元！某市…集中开工 over a paragraph, with no item open to take either: a line of prose
                // there would belong to nothing, so the cry is the headline of the text under it.
                StartItem(ArticleKind.Article, b.Block, StartRules.CriedHeadlineOverText).Headline = text;
                return;
            }
            unplaced.Add(text);
            return;
        }
        if (current.Paragraphs.Count > 0 && SentenceJoinRule.IsRepeatedFragment(current.Paragraphs[^1], text))
        {
            warnings.Add($"repeated fragment removed: {text}");
            return;
        }
        current.Cover(b.Block);
        AddParagraph(current, text);
        current.Closed |= jumps;
    }

    /// <summary>A closing credit is the open item's last line, kept as printed; never a sentence's rest nor an item's start.</summary>
    private void ReadClosingCredit(ClassifiedBlock b)
    {
        if (current is not { Closed: false })
        {
            unplaced.Add(b.Text);
            return;
        }
        current.Paragraphs.Add(b.Text);
        current.Cover(b.Block);
        current.Closed = !(ReaderSignatureRule.IsSignature(b.Text) && IsLettersColumn(current));
    }

    /// <summary>
    /// A column of readers' letters under a short name (建议, 反馈): each letter under its own title, set as the column's
    /// subheadline or subheadings, or, where no letter sizes tell, the name read as the first title's kicker. A signature
    /// ends one letter there, not the column.
    /// </summary>
    private static bool IsLettersColumn(ArticleBuilder item) =>
        item.Headline is { } headline
        && (IsColumnName(headline) && (item.Subheadline is not null || item.Subheadings.Count > 0)
            || item.Kicker is { } kicker && IsColumnName(kicker));

    private static bool IsColumnName(string text) => Punctuation.VisibleLength(text) <= LettersColumnNameLength;

    private void AddParagraph(ArticleBuilder item, string text)
    {
        item.Paragraphs.Add(text);
        SplitTrailingNote(item);
    }

    private void SplitTrailingNote(ArticleBuilder item)
    {
        if (SourceTagRule.SplitTrailing(item.Paragraphs[^1], lexicon) is var (paragraph, note))
        {
            var printed = item.Paragraphs[^1];
            if (paragraph.Length == 0)
            {
                item.Paragraphs.RemoveAt(item.Paragraphs.Count - 1);
                ApplyNote(item, note, printed);
                return;
            }
            item.Paragraphs[^1] = paragraph;
            ApplyNote(item, note, paragraph);
        }
    }

    private ArticleBuilder StartItem(ArticleKind kind, PageBlock first, string rule)
    {
        EndItem();
        if (section is not null && first.FontSize is { } size)
        {
            sectionTitleSize = Math.Max(sectionTitleSize ?? 0, size);
        }
        var item = new ArticleBuilder(first.Page, kind, kind == ArticleKind.Article ? null : section?.Name) { StartedBy = rule };
        item.Cover(first);
        items.Add(item);
        current = item;
        return item;
    }

    private void EndItem() => current = null;

    private ClassifiedBlock? NextBlock(int from) => NextIndex(from) is var k and >= 0 ? blocks[k] : null;

    private int NextIndex(int from)
    {
        for (var k = from; k < blocks.Count; k++)
        {
            if (blocks[k].Kind != BlockKind.Gap)
            {
                return k;
            }
        }
        return -1;
    }

    private static string Head(string text) => text.Length <= 20 ? text : text[..20] + "…";

    private static string Tail(string text) => text.Length <= 20 ? text : text[^20..];
}
