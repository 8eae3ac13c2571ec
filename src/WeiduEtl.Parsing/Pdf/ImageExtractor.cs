using UglyToad.PdfPig.Content;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A page's pictures as files: PNG when PdfPig can re-encode the samples (<c>TryGetPng</c>), else the JPEG
/// bytes exactly as embedded (DCTDecode). Decoration is skipped by size (<see cref="PdfLimits.MinImageSidePoints"/>,
/// <see cref="PdfLimits.MinImageSidePixels"/>), as are stencil masks; what cannot be decoded is reported.
/// </summary>
internal static class ImageExtractor
{
    public static List<PlacedImage> Extract(TextLayerPage page, int pageNumber, List<string> warnings)
    {
        var kept = new List<PlacedImage>();
        var index = 0;
        foreach (var image in page.GetImages())
        {
            index++;
            var bounds = image.BoundingBox;
            var box = new Box(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top);
            if (IsDecoration(image, box))
            {
                continue;
            }
            try
            {
                if (Encode(image) is { } encoded)
                {
                    kept.Add(new PlacedImage(pageNumber, box, encoded));
                }
                else
                {
                    warnings.Add($"page {pageNumber}: picture {index} ({image.WidthInSamples}x{image.HeightInSamples}) is in a format that cannot be decoded; skipped");
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                warnings.Add($"page {pageNumber}: picture {index} is damaged and was skipped ({ex.Message})");
            }
        }
        // Top to bottom, left to right, so the same page always lists its pictures in the same order.
        kept.Sort((a, b) => a.Box.Y1 != b.Box.Y1 ? b.Box.Y1.CompareTo(a.Box.Y1) : a.Box.X0.CompareTo(b.Box.X0));
        return kept;
    }

    private static bool IsDecoration(IPdfImage image, Box box) =>
        image.IsImageMask
        || Math.Min(Math.Abs(box.Width), Math.Abs(box.Height)) < PdfLimits.MinImageSidePoints
        || image.WidthInSamples < PdfLimits.MinImageSidePixels
        || image.HeightInSamples < PdfLimits.MinImageSidePixels;

    private static PageImage? Encode(IPdfImage image)
    {
        if (image.TryGetPng(out var png) && png is { Length: > 0 })
        {
            return new PageImage(png, "png", image.WidthInSamples, image.HeightInSamples);
        }
        var raw = image.RawMemory.Span;
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8 && raw[2] == 0xFF)
        {
            return new PageImage(raw.ToArray(), "jpg", image.WidthInSamples, image.HeightInSamples);
        }
        return null;
    }
}
