using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// PdfPig's page factory for <see cref="TextLayerPage"/>: PdfPig still loads the page's resources and fonts and parses
/// its content stream; <see cref="TextLayerProcessor"/> then runs the operators keeping letters and pictures only.
/// PdfPig makes it by reflection (<c>PdfDocument.AddPageFactory</c>), with this constructor.
/// </summary>
internal sealed class TextLayerPageFactory(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<TextLayerPage>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    // Fonts belong to the document, so their widths are read once for all its pages.
    private readonly Dictionary<IFont, AdvanceWidths?> advanceWidths = [];

    protected override TextLayerPage ProcessPage(
        int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var height = cropBox.GetVisibleBounds(rotation).Height;
        if (operations is null || operations.Count == 0)
        {
            return new TextLayerPage(pageNumber, height, [], [], [], PdfScanner, FilterProvider, ResourceStore);
        }
        var processor = new TextLayerProcessor(
            pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions, advanceWidths);
        var (letters, images) = processor.Process(pageNumber, operations);
        return new TextLayerPage(pageNumber, height, letters, images, processor.Rules, PdfScanner, FilterProvider, ResourceStore);
    }
}
