using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// The block rules in the order they are tried; the first that answers decides, and a block no rule takes is body
/// text. The order is the grammar: furniture before everything, a jump line before it could read as a source tag,
/// credits and datelines before captions, and display type last, so that no line with a more specific meaning
/// becomes a heading. Words come from the page's lexicon, so a profile changes what a rule matches, not the order.
/// </summary>
internal static class BlockRules
{
    public static readonly IReadOnlyList<BlockRule> InOrder =
    [
        new("gap", c => c.Block.Hint == BlockHint.PictureGap || c.Text.Length == 0 ? c.As(BlockKind.Gap) : null),
        new("furniture", c => c.Block.Hint == BlockHint.PageFurniture || PageFurnitureRule.IsFurniture(c.Text, c.Lexicon) ? c.As(BlockKind.Furniture) : null),
        new("round-up-column", c => c.Block.Hint != BlockHint.Caption && SectionHeaderRule.Match(c.Text, c.Lexicon) is { } section
            ? c.As(BlockKind.Section) with { Section = section }
            : null),
        // （下转第3版）/（上接第1版） on a line of their own are the jumps they are, never source tags.
        new("jump-line", c => JumpLineRule.IsContinuedOnOnly(c.Text) || JumpLineRule.IsContinuedFromElsewhere(c.Text) ? c.As(BlockKind.Body) : null),
        // 栏目投稿邮箱：…@… under a column's last piece is a line of that text, never a kicker of the next.
        new("contact-line", c => c.Block.Hint != BlockHint.Display && ContactLineRule.IsContactLine(c.Text) ? c.As(BlockKind.Body) with { IsContactLine = true } : null),
        new("editors-signature", c => EditorsNoteRule.IsSignature(c.Text) ? c.As(BlockKind.Body) : null),
        // 曹希阳图  卜  拉文 ends its picture story: a line of it, never a heading or a new item, though set in bold a
        // size above the text; only headline type is too large for a credit.
        new("drawn-and-written-credit", c => c.Ratio < c.Lexicon.HeadlineSizeRatio && DrawnAndWrittenCreditRule.IsCredit(c.Text)
            ? c.As(BlockKind.Body) with { ClosesItem = true }
            : null),
        new("picture-source", c => c.Ratio < c.Lexicon.HeadlineSizeRatio && PictureSourceRule.IsSource(c.Text)
            ? c.As(BlockKind.Body) with { ClosesItem = true }
            : null),
        new("reader-signature", c => c.Ratio < c.Lexicon.HeadlineSizeRatio && ReaderSignatureRule.IsSignature(c.Text)
            ? c.As(BlockKind.Body) with { ClosesItem = true }
            : null),
        new("trailing-note", c => SourceTagRule.MatchBlock(c.Text, c.Lexicon) is { } note
            ? c.As(BlockKind.Note) with { Note = note, IsStrictHeading = HeadingShapeRule.IsStrict(c.Text) }
            : null),
        new("byline", c => BylineRule.TryParse(c.Text, c.Lexicon, out var byline) || BylineRule.TryParse(PhotoCreditRule.WithoutAgency(c.Text) ?? "", c.Lexicon, out byline)
            ? c.As(BlockKind.Byline) with { Byline = byline }
            : null),
        new("dateline", c => DatelineRule.Match(c.Text, c.Lexicon) is { } dateline ? c.As(BlockKind.Dateline) with { Dateline = dateline } : null),
        new("credited-caption", c => PhotoCreditRule.Match(c.Text, c.Lexicon) is { } caption ? c.As(BlockKind.CreditedCaption) with { Caption = caption } : null),
        new("caption-by-layout", c => c.Block.Hint == BlockHint.Caption ? c.As(BlockKind.Caption) : null),
        // 图为… under a headline describes the picture: a line of the text as the page prints it, never a subheadline.
        new("picture-description", c => c.Block.Hint != BlockHint.Display && c.Ratio < c.Lexicon.DisplaySizeRatio && PictureDescriptionRule.IsDescription(c.Text)
            ? c.As(BlockKind.Body)
            : null),
        new("box-label", c => BoxLabelRule.IsLabel(c.Text, c.Lexicon) ? c.As(BlockKind.BoxLabel) : null),
        new("display-type", c => (c.Block.Hint == BlockHint.Display || c.Ratio >= c.Lexicon.DisplaySizeRatio)
            && Punctuation.VisibleLength(c.Text) <= c.Lexicon.MaxHeadlineLength && !Punctuation.HasInnerSentenceEnd(c.Text)
            ? c.As(BlockKind.Heading) with { IsStrictHeading = true }
            : null),
        // In body-size print only a strict shape reads as display type (a bold subheading); a loose one is more
        // likely a line of running text that a layout analysis cut off, and so is one that runs to the column's edge.
        new("heading-shape", c => c.Ratio > c.Lexicon.SmallPrintRatio && !c.Block.RunsOn && (c.Sized ? HeadingShapeRule.IsStrict(c.Text) || IsSmallLeadIn(c.Text) : HeadingShapeRule.IsLoose(c.Text) && !IsLongProse(c.Text))
            ? c.As(BlockKind.Heading) with { IsStrictHeading = HeadingShapeRule.IsStrict(c.Text) }
            : null),
    ];

    private static bool IsLongProse(string text) =>
        Punctuation.VisibleLength(text) > HeadingShapeRule.MaxStrictLength && ProseLineRule.ReadsAsProse(text);

    // A lead-in kicker (贵州纳雍——) may be set in body type over its headline; the grammar takes it only when one follows.
    private static bool IsSmallLeadIn(string text) => HeadingShapeRule.IsLeadIn(text) && HeadingShapeRule.IsLoose(text);
}
