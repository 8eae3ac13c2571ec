using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>A picture drawn on the page: an image XObject with the state it was drawn in, or an inline image.</summary>
internal readonly record struct PageImageRecord(XObjectContentRecord? XObject, InlineImage? Inline);
