using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Runs a page's operators as PdfPig's own content processor does, keeping only letters and pictures: no paths, no
/// clipping (off in our options anyway), no marked content, no <c>Letter</c> objects. Text showing is PdfPig's, step for
/// step, except that a Type 3 glyph's box is read from its glyph procedure only for a letter without width, the one
/// letter whose orientation PdfPig takes from that box; every other letter's place comes from its advance alone, so
/// the letters are PdfPig's to the last bit. Chromium writes a page's CJK text in 45–109 Type 3 fonts, and parsing
/// every glyph's procedure for a box nobody reads was a quarter of showing text.
/// </summary>
internal sealed class TextLayerProcessor(
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation,
    TransformationMatrix initialMatrix,
    ParsingOptions parsingOptions,
    Dictionary<IFont, AdvanceWidths?> advanceWidths)
    : BaseStreamProcessor<(List<PageLetter> Letters, List<PageImageRecord> Images)>(
        pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions),
      IOperationContext
{
    private readonly List<PageLetter> letters = [];
    private readonly List<PageImageRecord> images = [];
    private readonly RuleTracer rules = new();
    private readonly Dictionary<(IType3Font Font, int Code), PdfRectangle?> type3Boxes = [];

    public override (List<PageLetter> Letters, List<PageImageRecord> Images) Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return (letters, images);
    }

    /// <summary>The thin horizontal lines the page drew, after <see cref="Process"/>.</summary>
    public IReadOnlyList<HorizontalRule> Rules => rules.Rules;

    /// <summary>
    /// Tj, ' and ": PdfPig's <c>ShowText</c> is not virtual, so this class implements the interface again to be the
    /// one the operators call.
    /// </summary>
    public new void ShowText(IInputBytes bytes)
    {
        if (CurrentFont() is { IsVertical: true })
        {
            // Vertical metrics are internal to PdfPig: let it show the text; it calls RenderGlyph for each letter.
            base.ShowText(bytes);
            return;
        }
        TextSequence++;
        ShowLetters(bytes);
    }

    /// <summary>TJ, as PdfPig's, with its strings shown by <see cref="ShowLetters"/>.</summary>
    public override void ShowPositionedText(IReadOnlyList<IToken> tokens)
    {
        // PdfPig moves by TJ's numbers as its named font writes, and shows the strings in the current font.
        var textState = GetCurrentState().FontState;
        if (textState.FontName is null)
        {
            // A damaged Tf without its font's name: no font to show the strings in, as with a missing one.
            return;
        }
        var named = ResourceStore.GetFont(textState.FontName);
        if (named is null || named.IsVertical || CurrentFont() is { IsVertical: true })
        {
            base.ShowPositionedText(tokens);
            return;
        }
        TextSequence++;
        var fontSize = textState.FontSize;
        var horizontalScaling = textState.HorizontalScaling / 100.0;
        foreach (var token in tokens)
        {
            if (token is NumericToken number)
            {
                var tx = -number.Data / 1000 * fontSize * horizontalScaling;
                TextMatrices.TextMatrix = TransformationMatrix.GetTranslationMatrix(tx, 0).Multiply(TextMatrices.TextMatrix);
            }
            else
            {
                byte[] bytes = token is HexToken hex ? [.. hex.Bytes] : ((StringToken)token).GetBytes();
                ShowLetters(new MemoryInputBytes(bytes));
            }
        }
    }

    // TJ resolves its font by name only, Tj also from an ExtGState's /Font; each as PdfPig does.
    private IFont? CurrentFont()
    {
        var state = GetCurrentState().FontState;
        return state.FromExtendedGraphicsState ? ActiveExtendedGraphicsStateFont
            : state.FontName is null ? null
            : ResourceStore.GetFont(state.FontName);
    }

    /// <summary>PdfPig's <c>ShowTextInternal</c> for horizontal fonts, without the Type 3 glyph procedures.</summary>
    private void ShowLetters(IInputBytes bytes)
    {
        var currentState = GetCurrentState();
        var font = CurrentFont();
        if (font is null)
        {
            // PdfDocumentOpener sets SkipMissingFonts: PdfPig skips the text too.
            return;
        }

        var fontSize = currentState.FontState.FontSize;
        var horizontalScaling = currentState.FontState.HorizontalScaling / 100.0;
        var characterSpacing = currentState.FontState.CharacterSpacing;
        var rise = currentState.FontState.Rise;
        var transformationMatrix = currentState.CurrentTransformationMatrix;
        var renderingMatrix = TransformationMatrix.FromValues(fontSize * horizontalScaling, 0, 0, fontSize, 0, rise);
        var pointSize = Math.Round(transformationMatrix.Multiply(TextMatrices.TextMatrix).Transform(new PdfRectangle(0, 0, 1, fontSize)).Height, 2);
        if (!advanceWidths.TryGetValue(font, out var widths))
        {
            widths = AdvanceWidths.Of(font, PdfScanner);
            advanceWidths[font] = widths;
        }

        while (bytes.MoveNext())
        {
            var code = font.ReadCharacterCode(bytes, out var codeLength);
            if (!font.TryGetUnicode(code, out var unicode))
            {
                // As PDFBox 1.8 and PdfPig: the code itself.
                unicode = new string((char)code, 1);
            }
            var wordSpacing = code == ' ' && codeLength == 1 ? GetCurrentState().FontState.WordSpacing : 0.0;
            CharacterBoundingBox? box = null;
            if (widths is null || !widths.TryGetAdvance(code, out var width))
            {
                box = font.GetBoundingBox(code);
                width = box.Width;
            }
            AddLetter(font, code, unicode, bytes.CurrentOffset, renderingMatrix, TextMatrices.TextMatrix, transformationMatrix, width, box, glyphBoxFinal: false, pointSize);
            var tx = ((width * fontSize) + characterSpacing + wordSpacing) * horizontalScaling;
            TextMatrices.TextMatrix = TextMatrices.TextMatrix.Translate(tx, 0);
        }
    }

    /// <summary>Called by PdfPig's own text showing, which this class leaves only vertical fonts to.</summary>
    public override void RenderGlyph(
        IFont font,
        CurrentGraphicsState currentState,
        double fontSize,
        double pointSize,
        int code,
        string unicode,
        long currentOffset,
        in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox) =>
        AddLetter(font, code, unicode, currentOffset, renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.Width, characterBoundingBox, glyphBoxFinal: true, pointSize);

    /// <summary>PdfPig's <c>ContentStreamProcessor.RenderGlyph</c> and <c>Letter</c>'s constructor, for the fields we keep.</summary>
    private void AddLetter(
        IFont font,
        int code,
        string unicode,
        long currentOffset,
        in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix,
        double width,
        CharacterBoundingBox? box,
        bool glyphBoxFinal,
        double pointSize)
    {
        if (letters.Count > 0 && currentOffset > 0 && Diacritics.IsInCombiningDiacriticRange(unicode))
        {
            var attachTo = letters[^1];
            if (attachTo.TextSequence == TextSequence && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, attachTo.Value, out var combined))
            {
                letters[^1] = attachTo with { Value = combined };
                return;
            }
        }

        var advance = PerformantRectangleTransformer.Transform(
            renderingMatrix, textMatrix, transformationMatrix, new PdfRectangle(0, 0, width, UserSpaceUnit.PointMultiples));
        var start = advance.BottomLeft;
        var end = advance.BottomRight;
        var orientation = LetterOrientation.Of(start, end);
        if (orientation is null)
        {
            // A letter without width: PdfPig turns it by its glyph box, when that box has an extent.
            var glyph = PerformantRectangleTransformer.Transform(
                renderingMatrix, textMatrix, transformationMatrix, glyphBoxFinal ? box!.GlyphBounds : GlyphBounds(font, code, box ?? font.GetBoundingBox(code)));
            orientation = LetterOrientation.OfBox(glyph.Width > double.Epsilon || glyph.Height > double.Epsilon ? glyph : advance);
        }
        letters.Add(new PageLetter(unicode, start.X, start.Y, end.X, end.Y, pointSize, orientation.Value, TextSequence));
    }

    /// <summary>The glyph box PdfPig gives the letter: a Type 3 glyph's from the d1 of its procedure, when it has one.</summary>
    private PdfRectangle GlyphBounds(IFont font, int code, CharacterBoundingBox box)
    {
        if (font is not IType3Font type3)
        {
            return box.GlyphBounds;
        }
        if (!type3Boxes.TryGetValue((type3, code), out var fromProcedure))
        {
            fromProcedure = Type3GlyphBox(type3, code);
            type3Boxes[(type3, code)] = fromProcedure;
        }
        return fromProcedure ?? box.GlyphBounds;
    }

    private PdfRectangle? Type3GlyphBox(IType3Font font, int code)
    {
        if (!font.TryGetCharProc(code, out var procedure))
        {
            return null;
        }
        var operations = PageContentParser.Parse(PageNumber, new MemoryInputBytes(procedure.Decode(FilterProvider, PdfScanner)), ParsingOptions.Logger);
        foreach (var operation in operations)
        {
            if (operation is Type3SetGlyphWidthAndBoundingBox d1)
            {
                var left = Math.Min(d1.LowerLeftX, d1.UpperRightX);
                var right = Math.Max(d1.LowerLeftX, d1.UpperRightX);
                var top = Math.Max(d1.LowerLeftY, d1.UpperRightY);
                var bottom = Math.Min(d1.LowerLeftY, d1.UpperRightY);
                return font.GetFontMatrix().Transform(new PdfRectangle(left, bottom, right, top));
            }
        }
        return null;
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) => images.Add(new PageImageRecord(xObjectContentRecord, null));

    protected override void RenderInlineImage(InlineImage inlineImage) => images.Add(new PageImageRecord(null, inlineImage));

    // Of the paths, only thin horizontal lines are read (rules between stories); clipping, shadings and marked
    // content draw nothing the layout reads.
    public override void BeginSubpath()
    {
    }

    public override PdfPoint? CloseSubpath()
    {
        rules.Close();
        return null;
    }

    public override void StrokePath(bool close)
    {
        if (close)
        {
            rules.Close();
        }
        rules.Stroke();
    }

    public override void FillPath(FillingRule fillingRule, bool close) => rules.Fill();

    public override void FillStrokePath(FillingRule fillingRule, bool close) => rules.Fill();

    public override void MoveTo(double x, double y) => rules.MoveTo(ToPage(x, y));

    public override void BezierCurveTo(double x2, double y2, double x3, double y3) => rules.CurveTo(ToPage(x3, y3));

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) => rules.CurveTo(ToPage(x3, y3));

    public override void LineTo(double x, double y) => rules.LineTo(ToPage(x, y));

    public override void Rectangle(double x, double y, double width, double height) =>
        rules.Rectangle(ToPage(x, y), ToPage(x + width, y + height));

    public override void EndPath() => rules.Discard();

    public override void ClosePath() => rules.Close();

    private PdfPoint ToPage(double x, double y) => GetCurrentState().CurrentTransformationMatrix.Transform(new PdfPoint(x, y));

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
    }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    public override void EndMarkedContent()
    {
    }

    public override void PaintShading(NameToken shadingName)
    {
    }
}
