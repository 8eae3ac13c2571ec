using System.Text;
using WeiduEtl.Parsing.Figures;
using WeiduEtl.Parsing.Layout;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Text;

/// <summary>
/// Cuts a page's text dump into blocks. Blank lines end a paragraph; a run of blank lines longer than the file's
/// usual paragraph break marks a picture (a <see cref="BlockHint.PictureGap"/> block). In dumps that wrap lines
/// inside a paragraph, an indented line (　　 or two spaces) starts a new paragraph, and so does a line that is a
/// byline, dateline, credit or note on its own. A form feed starts a new page.
/// </summary>
public static class TextBlockReader
{
    public static IReadOnlyList<PageBlock> Read(string text) => Read(text, PressLexicon.BuiltIn);

    internal static IReadOnlyList<PageBlock> Read(string text, PressLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace("\f", "\n\f\n", StringComparison.Ordinal).Split('\n');
        var gapThreshold = GapThreshold(lines);
        var style = DumpStyle.Of(lines, gapThreshold);
        var blocks = new List<PageBlock>();
        var paragraph = new List<string>();
        var page = 1;
        var blankRun = 0;
        var indented = false;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                if (IsHeadlineGroup(paragraph) && !(blocks.Count > 0 && blocks[^1].Page == page && HandsOver(blocks[^1].Text)))
                {
                    blocks.AddRange(paragraph.Select((l, k) => new PageBlock(l, page) { Indented = k == 0 && indented }));
                }
                else
                {
                    blocks.Add(new PageBlock(JoinLines(paragraph), page) { Indented = indented });
                }
                paragraph.Clear();
            }
        }

        foreach (var raw in lines)
        {
            var line = raw;
            if (line == "\f")
            {
                Flush();
                page++;
                blankRun = 0;
                continue;
            }
            var trimmed = Punctuation.TrimSpaces(line);
            if (trimmed.Length == 0)
            {
                Flush();
                blankRun++;
                continue;
            }
            if (blankRun >= gapThreshold && blocks.Count > 0 && blocks[^1].Page == page)
            {
                blocks.Add(new PageBlock("", page, Hint: BlockHint.PictureGap));
            }
            blankRun = 0;
            if (paragraph.Count > 0 && (style.LinePerParagraph || StartsNewBlock(paragraph[^1], line, trimmed, style, lexicon)))
            {
                Flush();
            }
            if (paragraph.Count == 0)
            {
                indented = IsIndented(line);
            }
            paragraph.Add(paragraph.Count == 0 ? WithoutListHyphen(trimmed) : trimmed);
        }
        Flush();
        return blocks;
    }

    /// <summary>
    /// A picture gap is a blank run at least two longer than the usual paragraph break (one blank line in most
    /// dumps, so three), and at least two blank lines in dumps that separate paragraphs by indents alone.
    /// </summary>
    public static int GapThreshold(IReadOnlyList<string> lines)
    {
        var runs = new Dictionary<int, int>();
        var run = 0;
        var seenText = false;
        foreach (var line in lines)
        {
            if (Punctuation.TrimSpaces(line.Replace("\f", "", StringComparison.Ordinal)).Length == 0)
            {
                run++;
                continue;
            }
            if (seenText)
            {
                runs[run] = runs.GetValueOrDefault(run) + 1;
            }
            seenText = true;
            run = 0;
        }
        var usual = runs.Count == 0 ? 0 : runs.MaxBy(kv => (kv.Value, -kv.Key)).Key;
        return Math.Max(usual + 2, 2);
    }

    private static bool StartsNewBlock(string previous, string rawLine, string trimmed, DumpStyle style, PressLexicon lexicon)
    {
        if (IsIndented(rawLine) || HeadingShapeRule.IsMarkedSubheadline(trimmed))
        {
            return true;
        }
        var standsAlone = (string s) =>
            BylineRule.TryParse(s, lexicon, out _) || SourceTagRule.MatchBlock(s, lexicon) is not null || PhotoCreditRule.Match(s, lexicon) is not null
            || PageFurnitureRule.IsFurniture(s, lexicon) || SectionHeaderRule.Match(s, lexicon) is not null;
        if (standsAlone(trimmed) || standsAlone(previous) || DatelineRule.Match(trimmed, lexicon) is not null)
        {
            return true;
        }
        // A short display line after a finished sentence is a heading, not the sentence's next line; in a dump
        // that wraps lines, a finished sentence on a short line ends its paragraph.
        return Punctuation.IsTerminated(previous)
            && (HeadingShapeRule.IsStrict(trimmed) || (style.Dense && Punctuation.VisibleLength(previous) < style.WrapWidth * 3 / 4));
    }

    /// <summary>
    /// How the dump marks paragraphs. Dense: no blank line between paragraphs. Line per paragraph: dense, hardly
    /// any indents, and long lines (text copied from a web page), so every line is a paragraph.
    /// </summary>
    private sealed record DumpStyle(bool Dense, bool LinePerParagraph, int WrapWidth)
    {
        private const int LongLine = 40;

        public static DumpStyle Of(IReadOnlyList<string> lines, int gapThreshold)
        {
            var text = lines.Where(l => Punctuation.TrimSpaces(l).Length > 0 && l != "\f").ToList();
            if (text.Count == 0)
            {
                return new DumpStyle(false, false, 0);
            }
            var dense = gapThreshold == 2;
            var lengths = text.Select(l => Punctuation.VisibleLength(l)).Order().ToList();
            var median = lengths[lengths.Count / 2];
            var wrapWidth = lengths[Math.Min(lengths.Count - 1, lengths.Count * 9 / 10)];
            var indented = text.Count(IsIndented) / (double)text.Count;
            return new DumpStyle(dense, dense && indented < 0.1 && median >= LongLine, wrapWidth);
        }
    }

    /// <summary>
    /// A list page sets a hyphen and a space before each item's title (- 某市举办…作品展); the hyphen is a bullet, not
    /// the dash that leads a subheadline (——记…), so a heading-shaped title loses it and reads as display type.
    /// One hyphen (ASCII or full-width) then a space; a dash, a double hyphen, a minus sign or a hyphen before a sentence stays.
    /// </summary>
    internal static string WithoutListHyphen(string trimmed)
    {
        if (trimmed.Length < 4 || trimmed[0] is not ('-' or '－') || trimmed[1] is not (' ' or '\u3000'))
        {
            return trimmed;
        }
        var rest = Punctuation.TrimSpaces(trimmed[1..]);
        // A hyphen before a digit is a minus sign set apart (- 5℃至3℃), not a bullet.
        return rest.Length > 0 && rest[0] is not ('-' or '－' or '—') && !char.IsDigit(rest[0]) && HeadingShapeRule.IsLoose(rest) ? rest : trimmed;
    }

    /// <summary>
    /// A headline group set line by line with no blank line between (kicker / headline / subheadline): lines that each
    /// look like display type, none ending a sentence, too long joined to be one heading. Joined they would be prose
    /// and the head and the byline under it lost, so each line is its own block. A headline wrapped over two lines
    /// that fits a heading's length stays one block; a paragraph ends a sentence on its last line. Lines one of which
    /// holds a telephone number are a notice's particulars (地址 … / 开放时间 … / 咨询电话 …), never display type.
    /// </summary>
    internal static bool IsHeadlineGroup(IReadOnlyList<string> lines) =>
        lines.Count >= 2
        && lines.Sum(l => Punctuation.VisibleLength(l)) > HeadingShapeRule.MaxLooseLength
        && lines.All(HeadingShapeRule.IsLoose)
        && !lines.Any(l => FigurePatterns.Phone().IsMatch(l));

    /// <summary>
    /// Whether a sentence of prose ends in a colon (…，成员如下：, …，贴在文化墙上：): it hands over to the lines under it, a
    /// verse, a list of names and posts, an agenda, which are its content and no headline group of a new article. A
    /// label with no clause before its colon (编者按：) is display type and hands over nothing.
    /// </summary>
    private static bool HandsOver(string text) => Punctuation.FoldTrimmed(text) is [.., ':'] and var folded && folded.Contains(',', StringComparison.Ordinal);

    private static bool IsIndented(string rawLine) =>
        rawLine.StartsWith('\u3000') || rawLine.StartsWith("  ", StringComparison.Ordinal) || rawLine.StartsWith('\t');

    private static string JoinLines(List<string> lines)
    {
        var sb = new StringBuilder(lines[0]);
        for (var k = 1; k < lines.Count; k++)
        {
            var next = lines[k];
            if (sb.Length > 0 && char.IsAsciiLetter(sb[^1]) && next.Length > 0 && char.IsAsciiLetter(next[0]))
            {
                sb.Append(' ');
            }
            sb.Append(next);
        }
        return sb.ToString();
    }
}
