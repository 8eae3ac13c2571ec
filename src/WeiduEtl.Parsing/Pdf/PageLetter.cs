using UglyToad.PdfPig.Content;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// One letter as PdfPig places it, with only what the layout reads: its text, where its advance starts and ends
/// on the baseline, its size in points and its orientation, computed exactly as PdfPig's <c>Letter</c> computes them.
/// </summary>
/// <param name="TextSequence">The text-showing operator that drew it: a combining accent joins only a letter of the same one.</param>
internal readonly record struct PageLetter(
    string Value, double StartX, double StartY, double EndX, double EndY, double PointSize, TextOrientation Orientation, int TextSequence);
