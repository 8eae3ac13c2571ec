namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// A figure printed alone on its line (an infographic's 123.3%, set large above its caption) is explained by the line
/// after it: when that line prints the same value and unit, the lone figure takes its label.
/// </summary>
internal static class DisplayFigures
{
    public static void LabelFromCaption(string body, List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            if (labels[i].Label is not null || !StandsAlone(body, figures[i]))
            {
                continue;
            }
            var captionEnd = body.IndexOf('\n', figures[i].End + 1);
            captionEnd = captionEnd < 0 ? body.Length : captionEnd;
            for (var k = i + 1; k < figures.Count && figures[k].End <= captionEnd; k++)
            {
                if (figures[k].Value == figures[i].Value && figures[k].Unit == figures[i].Unit && labels[k].Label is not null)
                {
                    labels[i] = labels[k];
                    break;
                }
            }
        }
    }

    private static bool StandsAlone(string body, FigureCandidate figure)
    {
        var lineStart = body.LastIndexOf('\n', Math.Max(0, figure.Start - 1)) + 1;
        var lineEnd = body.IndexOf('\n', figure.End);
        lineEnd = lineEnd < 0 ? body.Length : lineEnd;
        return figure.End < body.Length && body.AsSpan(lineStart, figure.Start - lineStart).Trim().IsEmpty
            && body.AsSpan(figure.End, lineEnd - figure.End).Trim().IsEmpty;
    }
}
