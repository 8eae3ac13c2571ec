using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// One page → blocks for the article grammar: letters → lines → frames → reading order by XY cuts → furniture,
/// captions and display type marked → paragraphs. Pictures are cut out and paired with their captions.
/// </summary>
internal static class PageLayoutAnalyzer
{
    /// <summary>A row gap this many body ems wide separates articles; paragraph and heading gaps are narrower.</summary>
    private const double RowGapEm = 1.2;

    /// <summary>A vertical white strip this many body ems wide is a gutter.</summary>
    private const double GutterEm = 0.6;

    /// <summary>A line ending this close (ems) to its column's right edge is a full, justified line.</summary>
    private const double RunsOnEm = 0.5;

    public static PageLayout Analyze(TextLayerPage page, int pageNumber, CjkTextNormalizer normalizer, PressLexicon lexicon, List<string> warnings)
    {
        var letters = page.Letters;
        if (letters.Count > PdfLimits.MaxLettersPerPage)
        {
            throw new DocumentRejectedException(
                $"page {pageNumber} holds {letters.Count:N0} letters, more than the {PdfLimits.MaxLettersPerPage:N0} a newspaper page can; not parsed");
        }
        var glyphs = GlyphReader.Read(letters, normalizer, out var skipped);
        if (skipped > 0)
        {
            warnings.Add($"page {pageNumber}: {skipped} rotated, vertical or misplaced letter(s) were not read");
        }
        var images = ImageExtractor.Extract(page, pageNumber, warnings);
        if (glyphs.TrueForAll(g => g.IsSpace))
        {
            warnings.Add($"page {pageNumber} has no text layer (a scanned page?); OCR is not supported, so only its {images.Count} picture(s) were kept");
            return new PageLayout(pageNumber, [], images, null, null);
        }

        var frames = FrameBuilder.Build(LineBuilder.Build(glyphs));
        var bodySize = BodySize(frames);
        var rowGap = RowGapEm * bodySize;
        var gutter = GutterEm * bodySize;
        var furniture = FurnitureLocator.Find(frames, page.Height, rowGap);
        var captions = CaptionLocator.Match(images, frames, new HashSet<TextFrame>(furniture.Frames), bodySize, lexicon);
        var captionFrames = captions.Values.ToHashSet();
        var bodyBoxes = frames
            .Where(f => SizeTolerance.Same(f.Size, bodySize) && !furniture.Frames.Contains(f) && !captionFrames.Contains(f))
            .Select(f => f.ColumnBox).ToList();
        var grid = ColumnGrid.Find(bodyBoxes, gutter);

        var boxes = frames.Select(f => f.ReadingBox).Concat(images.Select(i => i.Box)).ToList();
        var blocks = new List<PageBlock>();
        var captionBlocks = new Dictionary<TextFrame, PageBlock>();
        var furnitureIndexes = frames.Select((f, i) => (f, i)).Where(x => furniture.Frames.Contains(x.f)).Select(x => x.i).ToHashSet();
        var displayIndexes = frames.Select((f, i) => (f, i)).Where(x => IsDisplay(x.f)).Select(x => x.i).ToHashSet();
        var pictureIndexes = Enumerable.Range(frames.Count, images.Count).ToHashSet();
        var ruled = RuledHeadSpan.Widen(
            CentredHeadlineSpan.Widen(boxes, displayIndexes, rowGap, gutter, bodySize, pictureIndexes), displayIndexes, HeadlineTypeIndexes(), page.Rules, rowGap, gutter);
        var readingBoxes = ruled.Boxes;
        foreach (var index in ReadingOrder.Sort(readingBoxes, furnitureIndexes, rowGap, gutter, displayIndexes))
        {
            if (index >= frames.Count)
            {
                // Where a picture interrupts the text, as a text dump's run of blank lines does, so the grammar
                // can rejoin a sentence the picture cut and knows a caption may follow.
                var picture = images[index - frames.Count].Box;
                blocks.Add(new PageBlock("", pageNumber, null, picture.ToBoundingBox(), BlockHint.PictureGap, grid.IndexOf(picture)));
                continue;
            }
            var frame = frames[index];
            var column = grid.IndexOf(frame.Box);
            if (furniture.Frames.Contains(frame))
            {
                blocks.AddRange(frame.Lines.Select(l => Block(l.Text, pageNumber, l.Size, l.Box, BlockHint.PageFurniture, column)));
            }
            else if (captionFrames.Contains(frame))
            {
                var block = Block(frame.Text, pageNumber, frame.Size, frame.Box, BlockHint.Caption, column);
                captionBlocks[frame] = block;
                blocks.Add(block);
            }
            else
            {
                var display = IsDisplay(frame) || ruled.Kickers.Contains(index);
                var parts = display
                    ? ParagraphSplitter.SplitDisplay(frame, HeadedMeasure.Of(frame.Box, bodyBoxes, rowGap))
                    : ParagraphSplitter.Split(frame);
                for (var p = 0; p < parts.Count; p++)
                {
                    var part = parts[p];
                    var box = Box.UnionOf(part, l => l.Box);
                    if (display)
                    {
                        // A head stands over the columns it heads: its rule's, or those a centred headline was widened to.
                        box = new Box(Math.Min(box.X0, readingBoxes[index].X0), box.Y0, Math.Max(box.X1, readingBoxes[index].X1), box.Y1);
                    }
                    var hint = display ? BlockHint.Display : BlockHint.None;
                    var block = Block(TextFrame.Join(part), pageNumber, frame.Size, box, hint, display ? column : grid.IndexOf(box))
                        with { UnderRule = p == 0 && ruled.UnderRule.Contains(index) };
                    var runsOn = !display && ReachesRightEdge(part[^1].Box, frame, grid)
                        && !(p + 1 < parts.Count && DatedBriefTitle.Is(part, parts[p + 1], lexicon));
                    blocks.Add(block with { RunsOn = runsOn });
                }
            }
        }
        WrappedCentredLine.Join(blocks);
        LargerTypeLineEnd.Settle(blocks, bodySize);
        bool IsDisplay(TextFrame frame) => frame.Size >= lexicon.DisplaySizeRatio * bodySize;
        HashSet<int> HeadlineTypeIndexes() => displayIndexes.Where(i => frames[i].Size >= lexicon.HeadlineSizeRatio * bodySize).ToHashSet();

        var placed = images.Select((image, i) => captions.TryGetValue(i, out var frame) ? image with { Caption = captionBlocks[frame] } : image).ToList();
        return new PageLayout(pageNumber, blocks, placed, furniture.PageLabel, furniture.IssueDate);
    }

    /// <summary>
    /// The line ends at its column's right edge: the page grid's, or, where articles on other grids leave the page
    /// no gutter there, the edge the frame's own full lines share.
    /// </summary>
    private static bool ReachesRightEdge(Box line, TextFrame frame, ColumnGrid grid) =>
        grid.ReachesRightEdge(line, RunsOnEm * frame.Size) || frame.EndsAtItsMeasure(line, RunsOnEm * frame.Size);

    /// <summary>The size most letters on the page are set in (10 pt on a page without text).</summary>
    private static double BodySize(List<TextFrame> frames) => BodyTextSize.Of(frames.Select(f => (f.Size, f.Text.Length))) ?? 10;

    private static PageBlock Block(string text, int page, double size, Box box, BlockHint hint, int column) =>
        new(text, page, Math.Round(size, 2), box.ToBoundingBox(), hint, column);
}
