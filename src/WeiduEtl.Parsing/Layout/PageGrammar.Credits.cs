using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>What credits an item and closes it: bylines, datelines, bracketed notes, captions and photo items.</summary>
internal sealed partial class PageGrammar
{
    private int ReadNote(ClassifiedBlock b)
    {
        var note = b.Note!;
        var item = current;
        if (item is not null && !item.Closed && (item.Paragraphs.Count > 0 || item.Kind == ArticleKind.Photo))
        {
            ApplyNote(item, note, b.Text);
            item.Cover(b.Block);
            return i + 1;
        }
        if (note.Kind == TrailingNoteKind.SourceTag && HeadingShapeRule.IsMarkedSubheadline(b.Text))
        {
            // A bracketed line with no body before it is display type:（国际时评）over or under a headline.
            return ReadHeadingRun();
        }
        unplaced.Add(b.Text);
        return i + 1;
    }

    private void ApplyNote(ArticleBuilder item, TrailingNote note, string printed)
    {
        switch (note.Kind)
        {
            case TrailingNoteKind.SourceTag when item.SourceTag is null:
                item.SourceTag = note.Text;
                item.Closed = true;
                break;
            case TrailingNoteKind.Credits:
                // A credit printed after the text（本报记者 X）is the article's last line.
                item.AddContributors(note.Contributors);
                item.Closed = item.Paragraphs.Count > 0;
                break;
            case TrailingNoteKind.AuthorNote:
                // Who wrote it belongs with the text, as printed; nothing of the article comes after it.
                item.Paragraphs.Add($"（{note.Text}）");
                item.Closed = true;
                break;
            case TrailingNoteKind.Dateline:
                item.Dateline ??= note.Text;
                item.AddContributors(note.Contributors);
                item.Closed = true;
                break;
            case TrailingNoteKind.End:
                item.Closed = true;
                break;
            default:
                unplaced.Add(printed);
                break;
        }
    }

    /// <summary>The byline's people join the item, and its line is the item's.</summary>
    private static void TakeByline(ArticleBuilder item, ClassifiedBlock byline)
    {
        item.AddContributors(byline.Byline);
        item.Cover(byline.Block);
    }

    private void ReadByline(ClassifiedBlock b)
    {
        var item = current;
        if (item is not null && item.Photos.Count > 0 && item.Photos[^1].Credit is null && b.IsPhotographerByline && item.Paragraphs.Count > 0)
        {
            // A credit line printed under its caption (图/李四).
            var photo = item.Photos[^1];
            item.Photos[^1] = photo with { Credit = string.Join('、', b.Byline.Select(c => c.Name)) };
            TakeByline(item, b);
            return;
        }
        if (item is not null && !item.Closed && (item.Paragraphs.Count == 0 || !item.Contributors.Any()))
        {
            TakeByline(item, b);
            // A credit after the finished text (某报记者 王某文/图), with a display line next: it signs off the item
            // above, and the line heads the next one, not a section of this.
            // A byline set off by a box mark after the lead or opening section (□融媒体记者 X 实习生 Y) ends that, not
            // the story: the story's sections follow under their 小标题.
            item.Closed |= item is { Paragraphs.Count: > 0, EndsMidSentence: false } && NextBlock(i + 1)?.Kind is BlockKind.Heading
                && !BylineRule.IsBoxMarked(b.Text);
            return;
        }
        if (item is { Closed: false, Paragraphs.Count: > 0 } && b.IsPhotographerByline && IsCaptionLine(item.Paragraphs[^1])
            && NextBlock(i + 1)?.Kind is BlockKind.Body)
        {
            // A picture set in the text of a credited item: a one-sentence caption, its credit (本报记者 X 摄), and
            // the text goes on. The credit names the picture's photographer; it starts nothing.
            var caption = item.Paragraphs[^1];
            item.Paragraphs.RemoveAt(item.Paragraphs.Count - 1);
            item.Photos.Add(new ParsedPhoto(caption, string.Join('、', b.Byline.Select(c => c.Name)), b.Block.Page, b.Block.Bbox));
            TakeByline(item, b);
            return;
        }
        if (NextBlock(i + 1)?.Kind is BlockKind.Body)
        {
            var headless = StartItem(section?.Kind ?? ArticleKind.Article, b.Block, StartRules.BylineWithoutHeadline);
            headless.AddContributors(b.Byline);
            warnings.Add($"item without headline starts at byline: {b.Text}");
            return;
        }
        unplaced.Add(b.Text);
    }

    private const int MaxCaptionLineLength = 40;

    /// <summary>A short line of one sentence: a caption, not a paragraph of the text.</summary>
    private static bool IsCaptionLine(string paragraph) =>
        Punctuation.VisibleLength(paragraph) <= MaxCaptionLineLength && !Punctuation.HasInnerSentenceEnd(paragraph);

    private void ReadDateline(ClassifiedBlock b)
    {
        var match = b.Dateline!;
        var item = current;
        if (item is { Closed: false, Kind: ArticleKind.Article, Paragraphs.Count: > 0, Dateline: not null } && section is null)
        {
            // A second dateline straight after a dated report's text, with no headline between (本报北京…电, then
            // 本报合肥…电): a second report filed under the same headline, printed as it stands.
            item.AddContributors(match.Contributors);
            item.Cover(b.Block);
            AddParagraph(item, b.Text);
            return;
        }
        if (item is { Closed: false, Dateline: null, Headline: not null, Photos.Count: 0, Paragraphs: [var only] } && IsCaptionLine(only))
        {
            // Headline (with or without a byline), a one-sentence line, then the dateline that opens the report: that
            // line is the caption of the item's picture, set between its head and its text. Without a byline it could be
            // a standfirst, but reading it as text would start a second, headless item at the dateline.
            item.Paragraphs.Clear();
            item.Photos.Add(new ParsedPhoto(only, null, b.Block.Page));
        }
        // A headline and its labelled standfirst (核心提示:…) over the dateline: the dateline opens that head's text.
        var standfirstOnly = item is { Headline: not null, Paragraphs.Count: > 0 } && item.Paragraphs.All(StandfirstRule.IsStandfirst);
        if (item is null || item.Closed || (item.Paragraphs.Count > 0 && !standfirstOnly) || item.Dateline is not null)
        {
            item = StartItem(section?.Kind == ArticleKind.Brief ? ArticleKind.Brief : ArticleKind.Article, b.Block, StartRules.DatelineWithoutHeadline);
            if (section is null)
            {
                warnings.Add($"item without headline starts at dateline: {Head(b.Text)}");
            }
        }
        item.Cover(b.Block);
        ApplyDateline(item, match);
    }

    private void ApplyDateline(ArticleBuilder item, DatelineMatch match)
    {
        item.Dateline = match.Dateline;
        item.AddContributors(match.Contributors);
        if (match.Rest.Length > 0)
        {
            AddParagraph(item, match.Rest);
        }
    }

    private void ReadCaption(ClassifiedBlock b)
    {
        var text = b.Caption?.Caption ?? b.Text;
        var isLong = IsLongCaption(b);
        if (current is { Kind: ArticleKind.Photo, Photos.Count: 0, Closed: false })
        {
            FillPhotoItem(current, b);
            return;
        }
        if (section?.Kind == ArticleKind.Photo || (isLong && (current is null || current.Closed || !ArticleGoesOn(i + 1))))
        {
            FillPhotoItem(StartItem(ArticleKind.Photo, b.Block, StartRules.LongCaption), b);
            return;
        }
        if (current is not null)
        {
            AttachCaption(current, b);
            return;
        }
        loosePhotos.Add(new ParsedPhoto(text, b.Caption?.Credit, b.Block.Page, b.Block.Bbox));
    }

    /// <summary>The article at hand goes on after the block before <paramref name="at"/>: body text, or a subheading over it.</summary>
    private bool ArticleGoesOn(int at)
    {
        var k = NextIndex(at);
        return k >= 0 && (blocks[k].Kind == BlockKind.Body
            || (blocks[k].Kind == BlockKind.Heading && HeadingRun(k).Count == 1 && NextBlock(k + 1)?.Kind == BlockKind.Body));
    }

    private static void FillPhotoItem(ArticleBuilder item, ClassifiedBlock b)
    {
        // The caption is the item's text, but it is a caption: a photos row, never body (the contract's rule).
        var caption = b.Caption?.Caption ?? b.Text;
        item.Photos.Add(new ParsedPhoto(caption, b.Caption?.Credit, b.Block.Page, b.Block.Bbox));
        item.AddContributors(b.Caption?.Photographers ?? []);
        item.Cover(b.Block);
        item.Closed = true;
    }

    private static void AttachCaption(ArticleBuilder item, ClassifiedBlock b)
    {
        item.Photos.Add(new ParsedPhoto(b.Caption?.Caption ?? b.Text, b.Caption?.Credit, b.Block.Page, b.Block.Bbox));
        item.AddContributors(b.Caption?.Photographers ?? []);
        item.Cover(b.Block);
    }
}
