using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Pdf;

namespace WeiduEtl.Parsing.Layout;

/// <summary>How a run of display lines is read: a new item's headline group, a subheading, a caption, or prose.</summary>
internal sealed partial class PageGrammar
{
    /// <summary>The most letters of the tag line of a two-line 小标题.</summary>
    private const int ShortTagLength = 8;

    /// <summary>The fewest letters of each of two headers read as set side by side.</summary>
    private const int MinHeaderBesideLength = 4;

    /// <summary>Headers set side by side start level: their tops differ by less than this share of a line (a kicker over its headline is a line apart).</summary>
    private const double LevelTopsEm = 0.5;

    /// <summary>The most letters of text a picture story carries between its title and its credit.</summary>
    private const int PictureStoryLength = 400;

    /// <summary>Reads a run of display lines; returns the index of the block after what it took.</summary>
    private int ReadHeadingRun()
    {
        var run = HeadingRun(i);
        var end = i + run.Count;
        var next = NextBlock(end);
        var first = run[0];
        var strict = run.All(r => r.IsStrictHeading || r.Block.Hint == BlockHint.Display);

        if (afterGap && run.Count == 1 && current is not null && next is { IsPhotographerByline: true })
        {
            // A caption under a picture with its credit on the next line (…巡查 / 吴迪摄).
            AttachCaptionBlock(first);
            return i + 1;
        }
        if (next?.Kind is BlockKind.Byline && PackageTitleLength(run) is var title and > 0)
        {
            section = null;
            StartFromRun(run[..title], ArticleKind.Article, StartRules.PackageTitle);
            return i + title;
        }
        if (next?.Kind is BlockKind.Byline && IsPieceHeadInText(run))
        {
            // A report from several places: each piece opens with its 小标题 in the text's bold type and its own
            // reporters' line, inside the article. A piece that were an article of its own would be headed in display type.
            AddSubheadings(run);
            TakeByline(current!, next);
            return NextIndex(end) + 1;
        }
        if (next?.Kind is BlockKind.Caption or BlockKind.CreditedCaption && !IsLongCaption(next) && NextBlock(NextIndex(end) + 1)?.Kind is BlockKind.Byline or BlockKind.Dateline)
        {
            // A headline, its picture's caption, then the dateline or byline: the credit confirms the headline as it
            // would right under it; the caption is the new item's.
            section = null;
            var head = DisplayLinesOf(run);
            StartFromRun(head, ArticleKind.Article, StartRules.HeadlineOverCaptionAndCredit);
            AddSubheadings(run[head.Count..]);
            return end;
        }
        if (next?.Kind is BlockKind.Byline or BlockKind.Dateline)
        {
            if (run.Count >= 2 || next.Kind == BlockKind.Byline || section?.Kind == ArticleKind.Photo)
            {
                section = null;
            }
            var head = DisplayLinesOf(run);
            var item = StartFromRun(head, section?.Kind ?? ArticleKind.Article, StartRules.HeadlineOverCredit);
            AddSubheadings(run[head.Count..]);
            if (next.Kind == BlockKind.Byline)
            {
                TakeByline(item, next);
                return NextIndex(end) + 1;
            }
            return end;
        }
        if (OpensReportAt(end) && !run.Exists(r => r.IsCutProse))
        {
            // （记者 X）3月1日，… opens a report as 本报讯 does: the lines over it are its headline, never a 小标题.
            section = null;
            StartFromRun(run, ArticleKind.Article, StartRules.HeadlineOverCreditOpener);
            return end;
        }
        if (next?.Kind is BlockKind.BoxLabel && NextBlock(NextIndex(end) + 1)?.Kind is not BlockKind.Heading)
        {
            // 核心阅读 and its like open the text of the article whose headline is above them.
            section = null;
            StartFromRun(run, ArticleKind.Article, StartRules.HeadlineOverBoxLabel);
            return end;
        }
        if (next is { Kind: BlockKind.CreditedCaption } && IsLongCaption(next))
        {
            StartFromRun(run, ArticleKind.Photo, StartRules.HeadlineOverLongCaption);
            return end;
        }
        if (next?.Kind is BlockKind.Body && InOpenArticle && RuledOff(run))
        {
            var head = HeadUnderOneRule(run);
            section = null;
            StartFromRun(head, ArticleKind.Article, StartRules.HeadUnderRule);
            return i + head.Count;
        }
        if (next?.Kind is BlockKind.Body && InOpenArticle && SubheadingLinesOf(run, current!) is var subheadings and > 0)
        {
            AddSubheadings(run[..subheadings]);
            return i + subheadings;
        }
        if (next?.Kind is BlockKind.Body && InOpenArticle && UnruledOnRuledPage(run))
        {
            AddSubheadings(run);
            return end;
        }
        if (next?.Kind is BlockKind.Body && IsLeadInSubheading(run, end))
        {
            AddSubheadings(run);
            return end;
        }
        if (next?.Kind is BlockKind.Body && IsMarkedHeadline(run))
        {
            // A lead-in ending in ——, a —— subheadline, or a column tag in brackets（人民时评）: a headline, never a
            // subheading. Lines after a tagged headline that no mark ties to it are its text's first lines (a deck).
            var group = IsMarkedGroup(run) ? run : run[..(run.FindIndex(r => HeadingShapeRule.HasColumnTag(r.Text)) + 1)];
            section = null;
            StartFromRun(group, ArticleKind.Article, StartRules.MarkedHeadlineGroup);
            return i + group.Count;
        }
        if (next?.Kind is BlockKind.Body or BlockKind.CreditedCaption or BlockKind.Caption)
        {
            if (!strict)
            {
                if (current is not null && !first.IsCutProse)
                {
                    current.DisplayLinesInBody++;
                }
                ReadBody(first with { Kind = BlockKind.Body });
                return i + 1;
            }
            var twoLineSubheading = IsTwoLineSubheading(run);
            if (twoLineSubheading && HeadsPlaceReport(run, end))
            {
                section = null;
                StartFromRun(run, ArticleKind.Article, StartRules.PlaceLedHeadline);
                return end;
            }
            if (twoLineSubheading && HeadsUncreditedArticle(run, end) is { } uncredited)
            {
                section = null;
                StartFromRun(run, ArticleKind.Article, uncredited);
                return end;
            }
            if (twoLineSubheading || IsPartHeadingRun(run))
            {
                AddSubheadings(run);
                return end;
            }
            if (run.Count == 1)
            {
                return ReadSingleHeading(first);
            }
            section = null;
            StartFromRun(run, ArticleKind.Article, StartRules.DisplayLinesOverText);
            return end;
        }
        if (next is { Kind: BlockKind.Heading } && SetBeside(run, next))
        {
            // Two headers side by side at a page's foot: each article's text follows on the next page.
            section = null;
            StartFromRun(run, ArticleKind.Article, StartRules.HeaderBesideHeader);
            return end;
        }
        if (next is { Kind: BlockKind.Heading } && StandsElsewhere(run[^1], next))
        {
            // A header whose text (or, for a lead-in, headline) follows in its own columns: under it, or at the top of
            // the next page; the display line read next heads something else.
            section = null;
            StartFromRun(run, ArticleKind.Article, StartRules.HeaderOverItsColumns);
            return end;
        }
        // Display lines with nothing of their own after them.
        if (run.Count == 1 && current is { Closed: false } && (afterGap || !first.IsStrictHeading))
        {
            if (afterGap)
            {
                AttachCaptionBlock(first);
            }
            else
            {
                ReadBody(first with { Kind = BlockKind.Body });
            }
            return i + 1;
        }
        unplaced.AddRange(run.Select(r => r.Text));
        return end;
    }

    /// <summary>
    /// A 小标题 in two lines inside an open article: a short tag (措施更精细, 抓落实) over the phrase it introduces. With
    /// letter sizes both lines are set in body size, which no headline is. Without them only the shape tells it from a
    /// new item's kicker and headline: a tag of a few letters, and no mark of a headline group.
    /// </summary>
    private bool IsTwoLineSubheading(List<ClassifiedBlock> run)
    {
        if (run.Count != 2 || !InOpenArticle || IsMarkedHeadline(run))
        {
            return false;
        }
        return run.All(r => r.Block.FontSize is > 0)
            ? SetAsSubheadings(run)
            : HasTwoLineSubheadingShape(run);
    }

    /// <summary>
    /// With letter sizes, the display lines that open <paramref name="run"/> set as <paramref name="article"/>'s 小标题 rather than a
    /// new item's headline group: no line of the run is in headline type (well above body, or near the article's
    /// headline), the display lines share one size, and they are two or more (a tag over its phrase) or a lead-in
    /// (…贯通运用“四种形态”——), or one tag over its phrase set in body type on a line of its own, in a heading's shape
    /// (攻克难关有办法 / “这个小伙子平时就好钻研”). Other body-size lines after them are the article's text. Returns how
    /// many lines, or 0.
    /// </summary>
    private int SubheadingLinesOf(List<ClassifiedBlock> run, ArticleBuilder article)
    {
        if (run.Any(r => !SetBelowHeadline(r, article)) || run.Any(r => HeadingShapeRule.HasColumnTag(r.Text)))
        {
            return 0;
        }
        var display = run.TakeWhile(r => r.SizeRatio >= lexicon.DisplaySizeRatio).ToList();
        if (display.Count == 0 || !InOneSize(display))
        {
            return 0;
        }
        if (display.Count == 1 && run.Count == 2 && run[1].IsStrictHeading && Punctuation.VisibleLength(display[0].Text) <= ShortTagLength)
        {
            return 2;
        }
        return display.Count >= 2 || HeadingShapeRule.IsLeadIn(display[0].Text) ? display.Count : 0;
    }

    /// <summary>
    /// On a page that rules off its stories (two or more heads stand right under rules), display lines right under a
    /// rule are the next story's head, in whatever type: a 小标题 stands in its article's text, under no rule of its
    /// own (or between two, which frame it; the layout does not mark those).
    /// </summary>
    private bool RuledOff(List<ClassifiedBlock> run) =>
        pagesRuledOff.Contains(run[0].Block.Page) && run.Any(r => r.Block.UnderRule);

    /// <summary>
    /// The run's lines up to a second line right under a rule: under that one stands the next story's head (two heads
    /// side by side at a page's foot, read one after the other).
    /// </summary>
    private static List<ClassifiedBlock> HeadUnderOneRule(List<ClassifiedBlock> run)
    {
        var second = run.FindIndex(run.FindIndex(r => r.Block.UnderRule) + 1, r => r.Block.UnderRule);
        return second > 0 ? run[..second] : run;
    }

    /// <summary>
    /// On a page that rules off its stories (two or more heads stand right under rules), display lines below headline
    /// type and under no rule stand inside the open article: a story of their own would have its rule over them.
    /// </summary>
    private bool UnruledOnRuledPage(List<ClassifiedBlock> run) =>
        pagesRuledOff.Contains(run[0].Block.Page) && !run.Any(r => r.Block.UnderRule)
        && run.All(r => r.Block.FontSize is > 0 && r.SizeRatio < lexicon.HeadlineSizeRatio)
        && !run.Any(r => HeadingShapeRule.HasColumnTag(r.Text));

    /// <summary>
    /// With letter sizes, <paramref name="line"/> is set below headline type for <paramref name="article"/>: under the
    /// headline size a page gives its smallest headlines, and well under the article's own headline.
    /// </summary>
    private bool SetBelowHeadline(ClassifiedBlock line, ArticleBuilder article) =>
        line.Block.FontSize is > 0 && article.HeadlineFontSize is > 0 && line.SizeRatio < lexicon.HeadlineSizeRatio
        && line.Block.FontSize.Value < article.HeadlineFontSize.Value * SubheadingSizeRatio;

    /// <summary>
    /// With letter sizes, lines set as 小标题 are: in body size, or both in one size between body and headline type
    /// and well below the open article's headline (a bold 10.5 pt tag over its phrase under an 18 pt headline). A new
    /// item's kicker and headline differ in size, and its headline is no smaller than the article's before.
    /// </summary>
    private bool SetAsSubheadings(List<ClassifiedBlock> run) =>
        run.All(r => r.SizeRatio < lexicon.DisplaySizeRatio)
        || (current is not null && SetBelowHeadline(run[0], current) && InOneSize(run) && run.All(r => r.SizeRatio < lexicon.HeadlineSizeRatio));

    /// <summary>
    /// The run's head in display type, when the lines after it are set in text type: a report's title over its first
    /// piece's two-line 小标题 (a place over a phrase), which stay the text's subheadings. The whole run otherwise.
    /// </summary>
    private static List<ClassifiedBlock> DisplayLinesOf(List<ClassifiedBlock> run)
    {
        var k = run.FindIndex(r => r.Block.Hint != BlockHint.Display);
        return k > 0 && run[k..] is var rest && rest.TrueForAll(SetInTextType)
            && HasTwoLineSubheadingShape(rest) && InOneSize(rest) ? run[..k] : run;
    }

    /// <summary>
    /// Lines the layout set in text type, not display type, inside an open article on the same sheet, under no rule of
    /// their own. On the next sheet, after the article's text ended there, such a head starts a report of its own.
    /// </summary>
    private bool IsPieceHeadInText(List<ClassifiedBlock> run) =>
        InOpenArticle && current!.Foot?.Page == run[0].Block.Page && run.TrueForAll(r => SetInTextType(r) && !r.Block.UnderRule) && SetAsSubheadings(run);

    /// <summary>A line whose letter size is known and that the layout did not set in display type.</summary>
    private static bool SetInTextType(ClassifiedBlock line) => line.Block is { FontSize: > 0, Hint: BlockHint.None };

    /// <summary>The lines (all with letter sizes) are set in one type size.</summary>
    private static bool InOneSize(List<ClassifiedBlock> lines) =>
        lines.TrueForAll(r => SizeTolerance.Same(r.Block.FontSize!.Value, lines[0].Block.FontSize!.Value));

    /// <summary>A tag of a few letters over a phrase, with no mark of a headline group: a two-line 小标题 as a text dump shows it.</summary>
    private static bool HasTwoLineSubheadingShape(List<ClassifiedBlock> run) =>
        run.Count == 2 && run.All(r => r.IsStrictHeading) && !IsMarkedHeadline(run) && Punctuation.VisibleLength(run[0].Text) <= ShortTagLength;

    /// <summary>
    /// A 小标题 led in by a short tag and a dash inside an open article (更顺畅—— / 高铁推出定制专列): a kicker's lead-in is a
    /// clause (…引发国际人士热议——), a section's is a word or two. With letter sizes both lines are set near body size;
    /// without them the tag must come again in the article (sections come in twos and more).
    /// </summary>
    private bool IsLeadInSubheading(List<ClassifiedBlock> run, int end)
    {
        if (run.Count != 2 || !IsShortLeadIn(run[0].Text) || HeadingShapeRule.HasColumnTag(run[1].Text) || !InOpenArticle)
        {
            return false;
        }
        return run.All(r => r.Block.FontSize is > 0)
            ? SetAsSubheadings(run)
            : current.Subheadings.Any(IsShortLeadIn) || ShortLeadInAhead(end);
    }

    private static bool IsShortLeadIn(string text) =>
        HeadingShapeRule.IsLeadIn(text) && Punctuation.VisibleLength(Punctuation.TrimSpaces(text).TrimEnd('—', '-')) <= ShortTagLength;

    /// <summary>Another short lead-in further on in the same article: before a credit, a column or the page's end.</summary>
    private bool ShortLeadInAhead(int from)
    {
        var page = blocks[from - 1].Block.Page;
        for (var k = NextIndex(from); k >= 0 && blocks[k].Block.Page == page; k = NextIndex(k + 1))
        {
            if (blocks[k].Kind is BlockKind.Byline or BlockKind.Dateline or BlockKind.Section or BlockKind.Furniture)
            {
                return false;
            }
            if (blocks[k].Kind == BlockKind.Heading && IsShortLeadIn(blocks[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>第一章 总则, 二、报名条件 and their like inside an open article: the parts of the text printed under its headline.</summary>
    private bool IsPartHeadingRun(List<ClassifiedBlock> run) =>
        InOpenArticle && run.All(r => PartHeadingRule.IsPartHeading(r.Text) || HeadingShapeRule.IsNumbered(r.Text));

    /// <summary>An article with text of its own is open, outside any round-up column: a display line may belong to it.</summary>
    [MemberNotNullWhen(true, nameof(current))]
    private bool InOpenArticle => current is { Closed: false, Kind: ArticleKind.Article, Paragraphs.Count: > 0 } && section is null;

    private void AddSubheadings(List<ClassifiedBlock> run)
    {
        foreach (var line in run)
        {
            current!.Subheadings.Add(line.Text);
            current.Cover(line.Block);
        }
    }

    /// <summary>A display run that marks itself as a headline group: a lead-in or —— line, or a column tag on any line.</summary>
    private static bool IsMarkedHeadline(List<ClassifiedBlock> run) =>
        IsMarkedGroup(run) || run.Any(r => HeadingShapeRule.HasColumnTag(r.Text));

    private static bool IsMarkedGroup(List<ClassifiedBlock> run) => HeadlineGroupRule.IsMarkedGroup(run.Select(r => r.Text).ToList());

    private int ReadBoxLabel(ClassifiedBlock label)
    {
        if (NextBlock(i + 1)?.Kind is BlockKind.Heading)
        {
            // Over a headline the label names the item's column.
            return ReadHeadingRun();
        }
        if (current is null)
        {
            unplaced.Add(label.Text);
            return i + 1;
        }
        current.Subheadings.Add(label.Text);
        current.Cover(label.Block);
        current.Closed = false;
        return i + 1;
    }

    private int ReadSingleHeading(ClassifiedBlock heading)
    {
        var openArticle = current is { Closed: false, Kind: ArticleKind.Article };
        if (afterGap && openArticle && section is null && HeadsStoryAfterGap(heading))
        {
            StartFromRun([heading], ArticleKind.Article, StartRules.HeadlineAfterGap);
            return i + 1;
        }
        if (afterGap && openArticle && section is null)
        {
            AttachCaptionBlock(heading);
            return i + 1;
        }
        if (openArticle && section is null && AppendixLineRule.IsAppendixTitle(heading.Text))
        {
            // 附：… over a list adds it to the article above.
            current!.Subheadings.Add(heading.Text);
            current.Cover(heading.Block);
            return i + 1;
        }
        if (openArticle && heading.IsCutProse)
        {
            ReadBody(heading with { Kind = BlockKind.Body });
            return i + 1;
        }
        if (section is not null && !OutgrowsBriefColumn(heading))
        {
            StartFromRun([heading], section.Value.Kind, StartRules.TitleInColumn);
            return i + 1;
        }
        section = null;
        var rule = !openArticle ? StartRules.HeadlineAfterClosedItem
            : PrintedLikeHeadline(heading) ? StartRules.PrintedLikeHeadline
            : GenreLabelRule.StartsItem(heading.Text, lexicon) ? StartRules.GenreLabelHeadline
            : NoticeTitleRule.IsNoticeTitle(heading.Text) ? StartRules.NoticeTitle
            : HeadsLetterAndReply(i + 1) ? StartRules.LetterAndReplyTitle
            : TitlesNextLetter(current!) ? null
            : (heading.Block.FontSize is null || heading.Block.UnderRule) && HeadsPictureStory(i + 1) ? StartRules.PictureStoryTitle
            : HeadsPlaceReport([heading], i + 1) ? StartRules.PlaceLedHeadline
            : HeadsUncreditedArticle([heading], i + 1);
        if (rule is null)
        {
            current!.Subheadings.Add(heading.Text);
            current.Cover(heading.Block);
            return i + 1;
        }
        StartFromRun([heading], ArticleKind.Article, rule);
        return i + 1;
    }

    /// <summary>
    /// Without letter sizes, display lines after a finished paragraph that open with the place a report comes from
    /// (某某街道：…) head the next report, when the text under them starts afresh: a feature's 小标题 names no place so.
    /// A round-up of places heads its sections so, though: an article that already has such a 小标题, or one under a
    /// headline naming no place with another such line ahead in its stretch, is a round-up, and this its next section.
    /// Reports of a page's local column each name their place, so one after a place-led article is the next report.
    /// </summary>
    private bool HeadsPlaceReport(List<ClassifiedBlock> run, int end) =>
        run.TrueForAll(r => r.Block.FontSize is null) && InOpenArticle && current is { EndsMidSentence: false } article
        && PlaceLedHeadlineRule.IsPlaceLed(run[0].Text) && !article.Subheadings.Exists(PlaceLedHeadlineRule.IsPlaceLed)
        && NextBlock(end) is { Kind: BlockKind.Body } first && !GoesOnFromBefore(first)
        && (IsPlaceLedHead(article) || !PlaceLedLineAhead(end));

    private static bool IsPlaceLedHead(ArticleBuilder article) =>
        article.Headline is { } headline && PlaceLedHeadlineRule.IsPlaceLed(headline)
        || article.Kicker is { } kicker && PlaceLedHeadlineRule.IsPlaceLed(kicker);

    /// <summary>A place-led display line stands ahead, before anything that surely starts an item.</summary>
    private bool PlaceLedLineAhead(int from)
    {
        for (var k = NextIndex(from); k >= 0; k = NextIndex(k + 1))
        {
            var b = blocks[k];
            if (b.Kind is BlockKind.Furniture or BlockKind.Section or BlockKind.Byline or BlockKind.Dateline)
            {
                return false;
            }
            if (b.Kind == BlockKind.Heading)
            {
                if (PlaceLedHeadlineRule.IsPlaceLed(b.Text))
                {
                    return true;
                }
                if (StartsItem(k))
                {
                    return false;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// In a text dump (no letter sizes) a wider blank run is a picture, and a caption under it carries its credit or is
    /// cut off the text; but a dump also leaves such a blank between stories. A line in a heading's shape after
    /// it, when the article above ended its last sentence and text follows, heads the next story: a caption in the
    /// middle of a finished article, over text that starts afresh, is the rarer reading. The line needs only a heading's
    /// loose shape: a caption describes in a sentence.
    /// </summary>
    private bool HeadsStoryAfterGap(ClassifiedBlock heading) =>
        heading.Block.FontSize is null && !heading.IsCutProse
        && current is { EndsMidSentence: false, Paragraphs.Count: > 0 }
        && NextBlock(i + 1) is { Kind: BlockKind.Body } first && !JumpLineRule.IsContinuedFromElsewhere(first.Text)
        && !GoesOnFromBefore(first);

    /// <summary>
    /// Text that goes on from what came before opens with a word pointing back (该区, 这些, 他们, 其) or a connective
    /// (据了解, 此外, 同时, 但): a new story never opens so, the text after a picture or a 小标题 in its article often does.
    /// </summary>
    private static bool GoesOnFromBefore(ClassifiedBlock text) => ContinuingOpener().IsMatch(Punctuation.FoldTrimmed(text.Text));

    [GeneratedRegex(@"^(?:[该此这那其他她它]|据(?:了解|介绍|悉)|另外|同时|与此同时|对此|随后|然而|但|不过|因此|所以|而且?|并且?)")]
    private static partial Regex ContinuingOpener();

    /// <summary>The paragraph from <paramref name="at"/> on, after a picture's caption if one stands first, opens a report with its reporters.</summary>
    private bool OpensReportAt(int at)
    {
        var k = NextIndex(at);
        if (k >= 0 && blocks[k].Kind is BlockKind.Caption or BlockKind.CreditedCaption)
        {
            k = NextIndex(k + 1);
        }
        return k >= 0 && blocks[k].Kind == BlockKind.Body && SourceTagRule.OpensWithCredit(blocks[k].Text);
    }

    /// <summary>The two paragraphs from <paramref name="at"/> on are a reader's question and a body's answer.</summary>
    private bool HeadsLetterAndReply(int at) =>
        NextIndex(at) is var q and >= 0 && blocks[q].Kind == BlockKind.Body
        && NextBlock(q + 1) is { Kind: BlockKind.Body } reply && LetterAndReplyRule.IsQueryAndReply(blocks[q].Text, reply.Text);

    /// <summary>A display line after a signed letter in a column of letters is the next letter's title.</summary>
    private static bool TitlesNextLetter(ArticleBuilder item) =>
        IsLettersColumn(item) && item.Paragraphs.Count > 0 && ReaderSignatureRule.IsSignature(item.Paragraphs[^1]);

    /// <summary>
    /// The text from <paramref name="at"/> to the next display line is a short story closed by a picture credit (新华社记者
    /// X摄) and nothing after it: a picture story's title heads it, not a subheading of the article above, whose part would carry no credit.
    /// Read so without letter sizes, or when the title stands right under a rule (the story ruled off from the article
    /// above); else, with letter sizes, the title's size says which it is: a subheading before an article's last picture
    /// heads text closed by a credit too.
    /// </summary>
    private bool HeadsPictureStory(int at)
    {
        var letters = 0;
        for (var k = NextIndex(at); k >= 0 && k < blocks.Count; k = NextIndex(k + 1))
        {
            var b = blocks[k];
            if (b.IsPictureCredit)
            {
                // The story ends at its credit; text running on after a picture is the article's own.
                return NothingRunsOnAfter(k);
            }
            if (b.Kind is not (BlockKind.Body or BlockKind.Caption))
            {
                return false;
            }
            letters += Punctuation.VisibleLength(b.Text);
            if (letters > PictureStoryLength)
            {
                return false;
            }
        }
        return false;
    }

    private void AttachCaptionBlock(ClassifiedBlock b) => AttachCaption(current!, b);

    /// <summary>
    /// With letter sizes, a display line set well above body size, or in display size and as large as the current
    /// headline, is a headline of its own; subheadings stay close to body size, even under an item whose own headline
    /// is small (a brief's title, a page-two continuation).
    /// </summary>
    private bool PrintedLikeHeadline(ClassifiedBlock heading) =>
        heading.SizeRatio >= lexicon.HeadlineSizeRatio
        || (heading.SizeRatio >= lexicon.DisplaySizeRatio && heading.Block.FontSize is > 0 && current?.HeadlineFontSize is > 0
            && heading.Block.FontSize.Value >= current.HeadlineFontSize.Value * SubheadingSizeRatio);

    /// <summary>
    /// With letter sizes, a headline printed well above the titles of a brief column's items so far is the next
    /// article's, after the column (a boxed 简讯 column ends without a mark the text shows).
    /// </summary>
    private bool OutgrowsBriefColumn(ClassifiedBlock heading) =>
        section?.Kind == ArticleKind.Brief && sectionTitleSize is > 0 && heading.Block.FontSize is > 0
        && heading.Block.FontSize.Value > sectionTitleSize.Value * BriefColumnGrowth;

    /// <summary>True when the display run at <paramref name="at"/> opens a new item for certain.</summary>
    private bool StartsItem(int at)
    {
        var run = HeadingRun(at);
        var next = NextBlock(at + run.Count);
        return next?.Kind is BlockKind.Byline or BlockKind.Dateline or BlockKind.Section
            || (run.Count >= 2 && run.All(r => r.IsStrictHeading))
            || IsMarkedGroup(run)
            || HeadingShapeRule.HasColumnTag(run[^1].Text);
    }

    private List<ClassifiedBlock> HeadingRun(int from)
    {
        var run = new List<ClassifiedBlock> { blocks[from] };
        for (var k = from + 1; k < blocks.Count && run.Count < MaxHeadlineLines; k++)
        {
            var b = blocks[k];
            var marked = b.Kind == BlockKind.Note && HeadingShapeRule.IsMarkedSubheadline(b.Text);
            if ((b.Kind != BlockKind.Heading && !marked) || SetBeside(run, b) || StandsElsewhere(run[^1], b))
            {
                break;
            }
            run.Add(b);
        }
        return run;
    }

    /// <summary>
    /// <paramref name="line"/> opens another header set beside the run, not under it: in display type, clear of all
    /// the run's lines sideways, its top level with the run's (at a page's foot nothing under two such headers ties
    /// each to its columns, so they are read one after the other). Only where the layout gives places; a letter or
    /// two set one under another (a vertical label) is no header, unless each line stands under a rule of its own (a
    /// column title such as 来论 over its piece, beside another head).
    /// </summary>
    private static bool SetBeside(List<ClassifiedBlock> run, ClassifiedBlock line)
    {
        var first = run[0].Block;
        if (HeadingShapeRule.IsLeadIn(run[^1].Text) || HeadingShapeRule.IsNameLeadIn(run[^1].Text))
        {
            // A lead-in (…获得者王辉——, 明德英：) leads into the line under it, whatever stands beside.
            return false;
        }
        if (line.Block is not { Hint: BlockHint.Display, Bbox: { } box, FontSize: { } size } || first is not { Hint: BlockHint.Display, Bbox: { } top }
            || first.Page != line.Block.Page || run.Exists(r => r.Block.Bbox is null))
        {
            return false;
        }
        return Math.Abs(top.Y1 - box.Y1) <= LevelTopsEm * Math.Min(size, first.FontSize ?? size) && run.TrueForAll(r => r.Block.Bbox!.HorizontalOverlap(box) <= 0)
            && (first.UnderRule && line.Block.UnderRule
                || Punctuation.VisibleLength(line.Text) >= MinHeaderBesideLength && Punctuation.VisibleLength(first.Text) >= MinHeaderBesideLength);
    }

    /// <summary>
    /// A header broken over the page goes on in its own columns at the top of the next, and a lead-in leads into the
    /// line under it: a display line in other columns there heads something else.
    /// </summary>
    private static bool StandsElsewhere(ClassifiedBlock last, ClassifiedBlock line) =>
        last.Block.Bbox is { } foot && line.Block.Bbox is { } top && foot.HorizontalOverlap(top) <= 0
        && (last.Block.Page != line.Block.Page || HeadingShapeRule.IsLeadIn(last.Text) || HeadingShapeRule.IsNameLeadIn(last.Text));

    /// <summary>The run with a column tag the layout wrapped off the headline's line (…无缘奥运 /（动感2020）) put back at its end.</summary>
    private List<ClassifiedBlock> WithWrappedTagJoined(List<ClassifiedBlock> run)
    {
        if (run.Count < 2)
        {
            return run;
        }
        var after = blocks.Skip(i + run.Count).Take(MaxHeadlineLines).FirstOrDefault(b => b.Kind is BlockKind.Body or BlockKind.Dateline);
        if (!WrappedColumnTagRule.Wraps(run[^2].Block, run[^1].Block, after?.Block, run[^1].Text))
        {
            return run;
        }
        return [.. run.Take(run.Count - 2), run[^2] with { Text = run[^2].Text + run[^1].Text }];
    }

    private ArticleBuilder StartFromRun(List<ClassifiedBlock> run, ArticleKind kind, string rule)
    {
        var item = StartItem(kind, run[0].Block, rule);
        FillHeader(item, WithWrappedTagJoined(run).Select(r => (r.Text, r.Block.FontSize)).ToList());
        item.HeadlineFontSize = run.Max(r => r.Block.FontSize);
        foreach (var r in run)
        {
            item.Cover(r.Block);
        }
        return item;
    }

    /// <summary>Sets the item's kicker (or column label), headline and subheadline from its header lines in print order.</summary>
    private void FillHeader(ArticleBuilder item, IReadOnlyList<(string Text, double? FontSize)> lines)
    {
        var group = HeadlineGroupRule.Split(lines);
        unplaced.AddRange(group.Leftovers);
        if (group.Kicker is { } kicker && (GenreLabelRule.IsColumnLabel(kicker, lexicon) || GenreLabelRule.IsBracketedColumnName(kicker)))
        {
            item.Section = kicker;
        }
        else
        {
            item.Kicker = group.Kicker;
        }
        item.Headline = group.Headline is null ? null : BulletRule.StripBullet(group.Headline) ?? group.Headline;
        item.Subheadline = group.Subheadline;
    }

    /// <summary>A caption long enough to be news of its own (图片新闻); one that opens 图为 describes its article's picture.</summary>
    private static bool IsLongCaption(ClassifiedBlock b)
    {
        var text = b.Caption?.Caption ?? b.Text;
        return Punctuation.VisibleLength(text) > LongCaptionLength && !text.StartsWith("图为", StringComparison.Ordinal);
    }
}
