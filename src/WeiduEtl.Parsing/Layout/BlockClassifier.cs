using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// Runs the line rules over each block with the page's press lexicon. Letter sizes, when known, are read against the
/// body text's size with the lexicon's layout thresholds.
/// </summary>
internal static class BlockClassifier
{
    public static List<ClassifiedBlock> Classify(IReadOnlyList<PageBlock> blocks, PressLexicon lexicon)
    {
        // Sizes are read per page: a supplement's page may be set in other sizes than the front page.
        var bodySizes = blocks.GroupBy(b => b.Page).ToDictionary(g => g.Key, g => BodyFontSize(g.ToList()));
        return blocks.Select(b =>
        {
            var bodySize = bodySizes[b.Page];
            var classified = Classify(b, bodySize, lexicon);
            return b.FontSize is > 0 && bodySize is > 0 ? classified with { SizeRatio = b.FontSize.Value / bodySize.Value } : classified;
        }).ToList();
    }

    public static ClassifiedBlock Classify(PageBlock block, double? bodySize, PressLexicon lexicon)
    {
        var text = Punctuation.TrimSpaces(block.Text.Replace("\uFEFF", "", StringComparison.Ordinal));
        if (block.Hint == BlockHint.PictureGap || text.Length == 0)
        {
            return new ClassifiedBlock(block, text, BlockKind.Gap);
        }
        if (block.Hint == BlockHint.PageFurniture || PageFurnitureRule.IsFurniture(text, lexicon))
        {
            return new ClassifiedBlock(block, text, BlockKind.Furniture);
        }
        var ratio = block.FontSize is > 0 && bodySize is > 0 ? block.FontSize.Value / bodySize.Value : 1.0;
        if (block.Hint != BlockHint.Caption && SectionHeaderRule.Match(text, lexicon) is { } section)
        {
            return new ClassifiedBlock(block, text, BlockKind.Section) { Section = section };
        }
        if (JumpLineRule.IsContinuedOnOnly(text) || JumpLineRule.IsContinuedFromElsewhere(text))
        {
            // （下转第3版）/（上接第1版） on a line of their own: the grammar reads them as the jumps they are, never
            // as source tags.
            return new ClassifiedBlock(block, text, BlockKind.Body);
        }
        if (SourceTagRule.MatchBlock(text, lexicon) is { } note)
        {
            return new ClassifiedBlock(block, text, BlockKind.Note) { Note = note, IsStrictHeading = HeadingShapeRule.IsStrict(text) };
        }
        if (BylineRule.TryParse(text, lexicon, out var byline) || BylineRule.TryParse(PhotoCreditRule.WithoutAgency(text) ?? "", lexicon, out byline))
        {
            return new ClassifiedBlock(block, text, BlockKind.Byline) { Byline = byline };
        }
        if (DatelineRule.Match(text, lexicon) is { } dateline)
        {
            return new ClassifiedBlock(block, text, BlockKind.Dateline) { Dateline = dateline };
        }
        if (PhotoCreditRule.Match(text, lexicon) is { } caption)
        {
            return new ClassifiedBlock(block, text, BlockKind.CreditedCaption) { Caption = caption };
        }
        if (block.Hint == BlockHint.Caption)
        {
            return new ClassifiedBlock(block, text, BlockKind.Caption);
        }
        if (BoxLabelRule.IsLabel(text, lexicon))
        {
            return new ClassifiedBlock(block, text, BlockKind.BoxLabel);
        }
        var display = block.Hint == BlockHint.Display || ratio >= lexicon.DisplaySizeRatio;
        if (display && Punctuation.VisibleLength(text) <= lexicon.MaxHeadlineLength && !Punctuation.HasInnerSentenceEnd(text))
        {
            return new ClassifiedBlock(block, text, BlockKind.Heading) { IsStrictHeading = true };
        }
        // In body-size print only a strict shape reads as display type (a bold subheading); a loose one is
        // more likely a line of running text that a layout analysis cut off, and so is one that runs to the
        // column's edge.
        var sized = block.FontSize is > 0 && bodySize is > 0;
        if (ratio > lexicon.SmallPrintRatio && !block.RunsOn && (sized ? HeadingShapeRule.IsStrict(text) : HeadingShapeRule.IsLoose(text)))
        {
            return new ClassifiedBlock(block, text, BlockKind.Heading) { IsStrictHeading = HeadingShapeRule.IsStrict(text) };
        }
        return new ClassifiedBlock(block, text, BlockKind.Body);
    }

    /// <summary>The letter size most of the page's text is set in, weighted by length; null without sizes.</summary>
    public static double? BodyFontSize(IReadOnlyList<PageBlock> blocks)
    {
        var sized = blocks.Where(b => b.FontSize is > 0 && b.Hint is BlockHint.None && b.Text.Length > 0)
            .GroupBy(b => Math.Round(b.FontSize!.Value, 1))
            .Select(g => (Size: g.Key, Weight: g.Sum(b => b.Text.Length)))
            .ToList();
        return sized.Count == 0 ? null : sized.MaxBy(s => s.Weight).Size;
    }
}
