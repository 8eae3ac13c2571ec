namespace WeiduEtl.Serving.Explore;

/// <summary>
/// Writes a body as paragraphs with its quotes as spans and its figures, dates and names as links inside them.
/// Marks that overlap an earlier one, cross a paragraph or cross a quote's edge are left out of the text (their rows
/// are still listed); a quote over several paragraphs is marked in each.
/// </summary>
internal static class MarkedBody
{
    public static void Write(Html html, string body, IReadOnlyList<BodyMark> quotes, IReadOnlyList<BodyMark> marks)
    {
        var validQuotes = NonOverlapping(quotes, body.Length);
        var inner = NonOverlapping(marks, body.Length)
            .Where(m => !body.AsSpan(m.Start, m.End - m.Start).Contains('\n'))
            .Where(m => validQuotes.All(q => (m.Start >= q.Start && m.End <= q.End) || m.End <= q.Start || m.Start >= q.End))
            .ToList();
        var paragraphStart = 0;
        foreach (var paragraph in body.Split('\n'))
        {
            var end = paragraphStart + paragraph.Length;
            html.Open("p");
            Paragraph(html, body, paragraphStart, end,
                [.. validQuotes.Where(q => q.Start < end && q.End > paragraphStart).Select(q => q with { Start = Math.Max(q.Start, paragraphStart), End = Math.Min(q.End, end) })],
                [.. inner.Where(m => m.Start >= paragraphStart && m.End <= end)]);
            html.Close("p");
            paragraphStart = end + 1;
        }
    }

    private static void Paragraph(Html html, string body, int start, int end, List<BodyMark> quotes, List<BodyMark> marks)
    {
        var cuts = new SortedSet<int> { start, end };
        foreach (var m in quotes.Concat(marks))
        {
            cuts.Add(m.Start);
            cuts.Add(m.End);
        }
        var points = cuts.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            if (quotes.FirstOrDefault(q => q.Start == from) is { } quote)
            {
                html.Open("span", ("class", "quote"), ("title", quote.Title), ("data-row", quote.RowId));
            }
            if (marks.FirstOrDefault(m => m.Start == from) is { } mark)
            {
                html.Open("a", ("class", $"mark {mark.Class}"), ("href", mark.Href), ("title", mark.Title), ("data-row", mark.RowId));
            }
            html.Text(body[from..to]);
            if (marks.Any(m => m.End == to && m.Start < to))
            {
                html.Close("a");
            }
            if (quotes.Any(q => q.End == to && q.Start < to))
            {
                html.Close("span");
            }
        }
    }

    private static List<BodyMark> NonOverlapping(IEnumerable<BodyMark> marks, int length)
    {
        var kept = new List<BodyMark>();
        foreach (var mark in marks.Where(m => m.Start >= 0 && m.End <= length && m.Start < m.End).OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (kept.Count == 0 || mark.Start >= kept[^1].End)
            {
                kept.Add(mark);
            }
        }
        return kept;
    }
}
