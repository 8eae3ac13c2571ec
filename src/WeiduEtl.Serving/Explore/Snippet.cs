namespace WeiduEtl.Serving.Explore;

/// <summary>
/// The sentence of a body where a term is first found, cut to <see cref="MaxLength"/> letters around it, and where
/// in it every term stands, for <c>&lt;mark&gt;</c>.
/// </summary>
internal sealed record Snippet(string Text, IReadOnlyList<(int Start, int Length)> Marks)
{
    public const int MaxLength = 120;
    private const string SentenceEnds = "。！？!?；\n";

    public static Snippet Of(string body, IReadOnlyList<string> terms)
    {
        var first = terms.Select(t => body.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
        {
            // Found in the headline only: the opening of the body.
            return Mark(Cut(body, 0, Math.Min(body.Length, MaxLength)), terms);
        }
        var start = body.LastIndexOfAny(SentenceEnds.ToCharArray(), Math.Max(0, first - 1)) + 1;
        if (first == 0)
        {
            start = 0;
        }
        var end = body.IndexOfAny(SentenceEnds.ToCharArray(), first);
        end = end < 0 ? body.Length : end + 1;
        if (end - start > MaxLength)
        {
            start = Math.Max(start, first - (MaxLength / 3));
            end = Math.Min(end, start + MaxLength);
        }
        return Mark(Cut(body, start, end), terms);
    }

    private static string Cut(string body, int start, int end) =>
        (start > 0 ? "…" : "") + body[start..end].Trim() + (end < body.Length && !SentenceEnds.Contains(body[end - 1], StringComparison.Ordinal) ? "…" : "");

    /// <summary>Every place a term stands in <paramref name="text"/>, longest term first where two overlap.</summary>
    public static Snippet Mark(string text, IReadOnlyList<string> terms)
    {
        var marks = new List<(int Start, int Length)>();
        foreach (var term in terms.Where(t => t.Length > 0).OrderByDescending(t => t.Length))
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                var (s, e) = (at, at + term.Length);
                if (!marks.Any(m => s < m.Start + m.Length && m.Start < e))
                {
                    marks.Add((at, term.Length));
                }
            }
        }
        return new Snippet(text, [.. marks.OrderBy(m => m.Start)]);
    }

    /// <summary>Writes the text encoded, each mark as <c>&lt;mark&gt;</c>.</summary>
    public void WriteTo(Html html)
    {
        var at = 0;
        foreach (var (start, length) in Marks)
        {
            html.Text(Text[at..start]).Open("mark").Text(Text.Substring(start, length)).Close("mark");
            at = start + length;
        }
        html.Text(Text[at..]);
    }

    public string ToHtml()
    {
        var html = new Html();
        WriteTo(html);
        return html.ToString();
    }
}
