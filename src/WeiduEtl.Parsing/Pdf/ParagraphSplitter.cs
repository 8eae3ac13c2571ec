using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Cuts a body frame into paragraphs the way a reader sees them: a line indented by about two characters
/// (the Chinese first-line indent) starts one, so does the line after a line that stops well short of the
/// column's right edge (justified text fills every line but a paragraph's last), and a short line set flush
/// right on its own (a source tag such as （魏宣）) is one, unless it closes a bracket the paragraph left open (the
/// end of a credit, （作者为…）, wrapped). Display type is cut only before a line that marks a
/// subheadline (——… or （国际时评）): a centred two-line headline looks indented too. A bracketed tag is the end of
/// the headline, not a line of its own, when the two could not have stood on one line over the text they head: the
/// tag was wrapped. Captions are never cut.
/// </summary>
internal static class ParagraphSplitter
{
    private const double MinIndentEm = 1.3;
    private const double MaxIndentEm = 2.7;

    /// <summary>A headline group has at most this many lines (kicker, two-line headline, subheadline).</summary>
    private const int MaxHeadlineGroupLines = 4;

    /// <summary>Justified lines end within about an em of the edge (a line may not start with 、。）); a paragraph's last line stops short.</summary>
    private const double ShortLineEm = 2.5;

    /// <param name="measure">The width of the text the display type heads, when known.</param>
    public static List<List<TextLine>> SplitDisplay(TextFrame frame, double? measure = null)
    {
        var result = new List<List<TextLine>> { new() { frame.Lines[0] } };
        if (frame.Lines.Count > MaxHeadlineGroupLines)
        {
            // Large type running longer than a headline group (a lead paragraph, a pull quote) is never cut.
            result[0].AddRange(frame.Lines.Skip(1));
            return result;
        }
        foreach (var line in frame.Lines.Skip(1))
        {
            if (HeadingShapeRule.IsMarkedSubheadline(line.Text) && !IsWrappedTag(result[^1][^1], line, measure))
            {
                result.Add([line]);
            }
            else
            {
                result[^1].Add(line);
            }
        }
        return result;
    }

    public static List<List<TextLine>> Split(TextFrame frame)
    {
        var lines = frame.Lines;
        var result = new List<List<TextLine>> { new() { lines[0] } };
        if (lines.Count < 2)
        {
            return result;
        }
        var left = lines.Min(l => l.Box.X0);
        var right = lines.Max(l => l.Box.X1);
        var column = frame.ColumnBox.X1;
        var em = frame.Size;
        var previousWasTag = IsFlushRightTag(lines[0], left, right, em);
        var previousWasShort = StopsShort(lines[0], lines[1], column, em);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = line.Box.X0 - left;
            var isTag = IsFlushRightTag(line, left, right, em) && !ClosesOpenBracket(result[^1], line);
            var starts = isTag || previousWasTag || previousWasShort || (indent >= MinIndentEm * em && indent <= MaxIndentEm * em);
            if (starts)
            {
                result.Add([line]);
            }
            else
            {
                result[^1].Add(line);
            }
            previousWasTag = isTag;
            previousWasShort = i + 1 < lines.Count && StopsShort(line, lines[i + 1], column, em);
        }
        return result;
    }

    /// <summary>
    /// The line ends well short of the column, and not because the next line opens with a Latin word or number too
    /// long to fit in the room left (ragged-right text wraps those whole).
    /// </summary>
    private static bool StopsShort(TextLine line, TextLine next, double column, double em)
    {
        var room = column - line.Box.X1;
        if (room <= ShortLineEm * em)
        {
            return false;
        }
        var latin = next.Text.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '%' or '/').Count();
        return latin == 0 || latin * 0.6 * em < room - em;
    }

    private static bool ClosesOpenBracket(List<TextLine> paragraph, TextLine line)
    {
        var depth = 0;
        foreach (var c in paragraph.SelectMany(l => l.Text))
        {
            depth += c switch { '（' or '(' => 1, '）' or ')' => -1, _ => 0 };
        }
        return depth > 0 && line.Text.TrimEnd() is [.., '）' or ')'] && !line.Text.Contains('（') && !line.Text.Contains('(');
    }

    private static bool IsWrappedTag(TextLine above, TextLine line, double? measure)
    {
        var text = line.Text.Trim();
        return measure is { } width && text is ['（' or '(', .., '）' or ')']
            && above.Box.Width + line.Box.Width > width + (0.5 * line.Size);
    }

    private static bool IsFlushRightTag(TextLine line, double left, double right, double em) =>
        line.Box.X0 - left > 3 * em && right - line.Box.X1 < 0.6 * em;
}
