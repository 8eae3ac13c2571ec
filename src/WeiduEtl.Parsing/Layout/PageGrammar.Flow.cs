using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// How a document of several pages flows on. Text at the top of a page, before any headline, is the rest of an
/// article the page before left open. With one such article, it is that one; when several articles reach the foot
/// of the page side by side, each runs on in its own columns, so the text continues the one it stands under.
/// </summary>
internal sealed partial class PageGrammar
{
    /// <summary>How far under its header (in ems of the text) an article's first line may start.</summary>
    private const double HeaderToTextEm = 3;

    /// <summary>The type size assumed for a block without one.</summary>
    private const double DefaultTextSize = 10;

    /// <summary>Articles that reach the foot of the page before, side by side; cleared at the first block that is neither body text nor a closing credit.</summary>
    private List<ArticleBuilder> runningOn = [];

    /// <summary>Lead-ins at the foot of the page before, each waiting for the headline in its columns on this one.</summary>
    private List<ArticleBuilder> leadInsWaiting = [];

    /// <summary>
    /// Text at the top of a page, before any headline, is the rest of an item the page before left open: the one it
    /// stands under when several ran on side by side, else the one <see cref="CarriedOver"/> names. A jump line
    /// (上接第一版) says it came from elsewhere instead. The first block that is not body text, a closing credit, or a
    /// subheading, picture or caption in running-on columns ends the running on.
    /// </summary>
    private void RunOnFromPageBefore(ClassifiedBlock b)
    {
        // A closing credit (a note) ends only the article whose text came last; the others side by side still run on.
        // A subheading (in body type, or set as one below the article's headline), a picture or a caption stands in the
        // columns of the article it belongs to.
        if ((RunsOnBeneath(b) ?? RanOnAlone(b)) is { } owner && (StandsInRunningOnColumns(b) || IsSubheadingOf(b, owner)))
        {
            current = owner;
        }
        else if (b.Kind is BlockKind.Dateline or BlockKind.BoxLabel && (RunsOnBeneath(b) ?? carriedOver) is { Paragraphs.Count: 0, Dateline: null } header)
        {
            // A header printed at a page's foot, its dateline (or the box label its text opens with, 核心阅读) and text
            // at the top of the next; headers set side by side there each take the dateline in their own columns, so the
            // others still run on.
            current = header;
        }
        else if (b.Kind == BlockKind.Dateline && RunsOnBeneath(b) is { Paragraphs.Count: > 0 } report)
        {
            // A report's second dateline (a 新华社 item, then 本报's) in its running-on columns: the others still run on.
            current = report;
        }
        else if (b.Kind is not (BlockKind.Body or BlockKind.Note))
        {
            // Columns flow on apart: an item set in some of them ends the running on there, not beside.
            if (b.Block.Bbox is { } box)
            {
                runningOn.RemoveAll(a => a.Foot!.Value.Box.HorizontalOverlap(box) > 0);
            }
            else
            {
                runningOn.Clear();
            }
        }
        else if (b.Kind == BlockKind.Body && !JumpLineRule.IsContinuedFromElsewhere(b.Text))
        {
            current = RunsOnBeneath(b) ?? carriedOver ?? current;
        }
        carriedOver = null;
    }

    /// <summary>
    /// A head broken over the page: its headline at the foot, still waiting for its text, and the smaller lines under it
    /// (in its columns, under no rule of their own) at the top of the next: they are the head's subheadline. A round-up's
    /// title (提案提要) at the foot so takes its first piece's head lines.
    /// </summary>
    /// <returns>True when it took the run of lines at the block.</returns>
    private bool TakeSubheadlineBrokenOff(ClassifiedBlock b, out int next)
    {
        next = i;
        if (b.Kind != BlockKind.Heading
            || (RunsOnBeneath(b) ?? carriedOver) is not { Paragraphs.Count: 0, Dateline: null, Subheadline: null, Headline: not null } header
            || WithoutSignature(HeadingRun(i)) is not { Count: > 0 } run || run.Exists(r => r.Block.UnderRule || !SetBelowHeadline(r, header)))
        {
            return false;
        }
        header.Subheadline = run is [var line] ? line.Text : string.Concat(run.Select(r => Punctuation.TrimSpaces(r.Text)));
        foreach (var r in run)
        {
            header.Cover(r.Block);
        }
        next = i + run.Count;
        return true;
    }

    /// <summary>A name alone under a head's lines (何 娟) signs the piece: it is no head line.</summary>
    private static List<ClassifiedBlock> WithoutSignature(List<ClassifiedBlock> run) =>
        run is [_, .., var last] && PersonNames.IsNameAlone(last.Text) ? run[..^1] : run;

    /// <summary>
    /// A headline broken over the page: the header at the foot still waits for its text, and the first display lines in
    /// its columns on the next page are set in its headline's type. They are the rest of that headline (and the smaller
    /// lines under them its subheadline), not a story of their own. When they are set clearly larger than the line at
    /// the foot, that line was the head's kicker and they are its headline.
    /// </summary>
    /// <returns>True when it took the run of display lines at the block.</returns>
    private bool TakeHeadlineBrokenOff(ClassifiedBlock b, out int next)
    {
        next = i;
        if (b.Kind != BlockKind.Heading || b.Block.Bbox is not { } box
            || (RunsOnBeneath(b) ?? carriedOver) is not { Paragraphs.Count: 0, Dateline: null, Subheadline: null, Headline: not null, HeadlineFontSize: > 0 } header
            || header.Foot is not { } foot || foot.Box.HorizontalOverlap(box) <= 0)
        {
            return false;
        }
        var run = HeadingRun(i);
        var footSize = header.HeadlineFontSize.Value;
        // A line at the foot in type clearly below the display lines overleaf was the head's kicker: they are its headline.
        var overleafSize = run[0].Block.FontSize ?? 0;
        var kickerAtFoot = header.Kicker is null && overleafSize - footSize > footSize * HeadlineGroupRule.SameSize;
        var size = kickerAtFoot ? overleafSize : footSize;
        var rest = run.TakeWhile(r => !r.Block.UnderRule && r.Block.FontSize is > 0 && Math.Abs(r.Block.FontSize.Value - size) <= size * HeadlineGroupRule.SameSize).ToList();
        if (rest.Count == 0)
        {
            return false;
        }
        var under = run.Skip(rest.Count).Select(r => Punctuation.TrimSpaces(r.Text)).ToList();
        if (kickerAtFoot)
        {
            header.Kicker = header.Headline;
            header.Headline = "";
            header.HeadlineFontSize = size;
        }
        header.Headline += string.Concat(rest.Select(r => Punctuation.TrimSpaces(r.Text)));
        header.Subheadline = under.Count > 0 ? HeadingShapeRule.StripDash(string.Concat(under)) : null;
        next = TakeRun(header, run);
        return true;
    }

    /// <summary>
    /// A lead-in (…获得者王辉——, 刘海旺：) leads into the headline in its columns: right under it, or at the top of the next
    /// page when it was read last at a page's foot, though other heads set beside are read before that headline.
    /// </summary>
    /// <returns>True when it took the run of display lines at the block.</returns>
    private bool TakeHeadlineUnderLeadIn(ClassifiedBlock b, out int next)
    {
        next = i;
        if (b.Kind != BlockKind.Heading || b.Block.Bbox is not { } box
            || (leadInsWaiting.Find(a => a.Foot!.Value.Box.HorizontalOverlap(box) > 0) ?? ItemRightAbove(b, IsLeadInWaiting)) is not { } header)
        {
            return false;
        }
        leadInsWaiting.Remove(header);
        var run = HeadingRun(i);
        FillHeader(header, [(header.Headline!, header.HeadlineFontSize), .. run.Select(r => (r.Text, r.Block.FontSize))]);
        header.HeadlineFontSize = run.Select(r => r.Block.FontSize).Append(header.HeadlineFontSize).Max();
        next = TakeRun(header, run);
        return true;
    }

    /// <summary>Gives the header the run of display lines it was finished with and reads on in it; returns the index after the run.</summary>
    private int TakeRun(ArticleBuilder header, List<ClassifiedBlock> run)
    {
        foreach (var r in run)
        {
            header.Cover(r.Block);
        }
        current = header;
        return i + run.Count;
    }

    /// <summary>Headers of the page before that are only a lead-in, still waiting for their headline and text.</summary>
    private List<ArticleBuilder> LeadInsWaiting(int page) => items.Where(a => a.Foot?.Page == page && IsLeadInWaiting(a)).ToList();

    /// <summary>The last item on the block's page, of those <paramref name="waiting"/> picks, whose foot the block stands right under.</summary>
    private ArticleBuilder? ItemRightAbove(ClassifiedBlock b, Func<ArticleBuilder, bool> waiting)
    {
        if (b.Block.Bbox is not { } box)
        {
            return null;
        }
        var reach = HeaderToTextEm * (b.Block.FontSize ?? DefaultTextSize);
        return items.LastOrDefault(a => waiting(a) && a.Foot is { } foot && foot.Page == b.Block.Page && Below(box, foot.Box) && foot.Box.Y0 - box.Y1 <= reach);
    }

    private static bool IsLeadInWaiting(ArticleBuilder a) =>
        a is { Paragraphs.Count: 0, Dateline: null, Kicker: null, Subheadline: null, Closed: false, Headline: { } line }
        && (HeadingShapeRule.IsLeadIn(line) || HeadingShapeRule.IsNameLeadIn(line));

    /// <summary>
    /// Heads set side by side, level, are read one after the other, and the text under the first may come only after the
    /// second article's: text standing right under a header still waiting for its text is that header's.
    /// </summary>
    private void TakeTextUnderHeaderBeside(ClassifiedBlock b)
    {
        if (b.Kind is BlockKind.Body or BlockKind.Dateline or BlockKind.Byline
            && ItemRightAbove(b, a => a is { StartedBy: StartRules.HeaderBesideHeader, Paragraphs.Count: 0, Dateline: null, Closed: false }) is { } header)
        {
            current = header;
        }
    }

    /// <summary>
    /// The one article the page before ran on from, for a line in body size at the top of this page (a 小标题, a picture,
    /// a caption): it stands in that article's columns. Without letter sizes a display line at a page's top more likely
    /// heads a new item.
    /// </summary>
    private ArticleBuilder? RanOnAlone(ClassifiedBlock b) =>
        runningOn.Count == 0 && b.Block.FontSize is > 0 ? carriedOver : null;

    /// <summary>
    /// The article that the page ending runs on from: a header read last, still waiting for all its text; else one cut
    /// mid-sentence (a column's text flows on; boxes and photos do not), else the open article the page ended in, else
    /// the last article still open on the page (a box or a picture story closed by its credit may be read after it).
    /// </summary>
    private ArticleBuilder? CarriedOver(int page)
    {
        return (items is [.., { Paragraphs.Count: 0, Headline: not null } header] && header.Page == page && Flows(header) ? header : null)
            ?? items.LastOrDefault(a => a.Page == page && Flows(a) && a.EndsMidSentence)
            ?? (current is not null && Flows(current) ? current : null)
            ?? items.LastOrDefault(a => a.Foot?.Page == page && Flows(a));
    }

    /// <summary>
    /// The open articles whose text stands at the foot of the page: nothing of another item lies under them. Only
    /// when there are two or more does the place of the text on the next page decide which it continues.
    /// </summary>
    private List<ArticleBuilder> RunningOn(int page)
    {
        var onPage = items.Where(a => a.Foot?.Page == page).ToList();
        var atFoot = onPage.Where(a => (Flows(a) || IsOpenPictureStory(a)) && !items.Exists(other => other != a && BoxOn(other, page) is { } box && Below(box, a.Foot!.Value.Box))).ToList();
        return atFoot.Count > 1 ? atFoot : [];
    }

    /// <summary>
    /// Where the item stands on the page: its foot there, or its box on the page it starts on when it went on over the
    /// page (a head whose last line is set at the top of the next).
    /// </summary>
    private static BoundingBox? BoxOn(ArticleBuilder a, int page) =>
        a.Foot is { } foot && foot.Page == page ? foot.Box : a.Page == page ? a.Bbox : null;

    /// <summary>
    /// A display line alone at the top of the page, in type below headline type and well under the running article's
    /// headline, is that article's 小标题: a story of its own would open with a headline, or stand under its own rule.
    /// Only an article the page before ended in runs on so; one left open higher up, before items closed by their
    /// credits, does not.
    /// </summary>
    private bool IsLoneSubheading(List<ClassifiedBlock> run, ArticleBuilder owner) =>
        (runningOn.Contains(owner) || owner == items[^1])
        && LoneLineBelowHeadline(run, owner) is { } line && !HeadingShapeRule.HasColumnTag(line.Text);

    /// <summary>The run's one line, when it stands under no rule of its own and is set below the article's headline type.</summary>
    private ClassifiedBlock? LoneLineBelowHeadline(List<ClassifiedBlock> run, ArticleBuilder article) =>
        run is [var line] && !line.Block.UnderRule && SetBelowHeadline(line, article) ? line : null;

    private bool IsSubheadingOf(ClassifiedBlock b, ArticleBuilder owner) =>
        b.Kind == BlockKind.Heading && HeadingRun(i) is var run && (SubheadingLinesOf(run, owner) > 0 || IsLoneSubheading(run, owner));

    private static bool StandsInRunningOnColumns(ClassifiedBlock b) =>
        b.Block.Hint is BlockHint.PictureGap or BlockHint.Caption
        || (b.Kind == BlockKind.Heading && b.Block.Hint != BlockHint.Display);

    /// <summary>Of the articles running on, the one whose columns on the page before the block stands under.</summary>
    private ArticleBuilder? RunsOnBeneath(ClassifiedBlock b)
    {
        if (runningOn.Count == 0 || b.Block.Bbox is not { } box)
        {
            return null;
        }
        var best = runningOn.Where(a => !a.Closed).MaxBy(a => a.Foot!.Value.Box.HorizontalOverlap(box));
        return best is not null && best.Foot!.Value.Box.HorizontalOverlap(box) > 0 ? best : null;
    }

    /// <summary>
    /// A picture story at the foot of a page may have its picture on the next: it stands in the story's columns there,
    /// beside the text of the articles running on, so it must not be given to one of them.
    /// </summary>
    private static bool IsOpenPictureStory(ArticleBuilder a) => a is { Closed: false, Kind: ArticleKind.Photo };

    /// <summary>An open article or round-up brief with text, or with only its header (and dateline) at the foot: its text is still to come. Pictures and boxes do not flow on.</summary>
    private static bool Flows(ArticleBuilder a) => a is { Closed: false, Kind: ArticleKind.Article or ArticleKind.Brief } && (a.Paragraphs.Count > 0 || a.Headline is not null);

    private static bool Below(BoundingBox lower, BoundingBox upper) => lower.Y1 <= upper.Y0 && lower.HorizontalOverlap(upper) > 0;
}
