using System.Text;
using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Parsing.Text;

/// <summary>
/// Undoes a dump that kept the page's layout (pdftotext -layout): two columns side by side on each line,
/// separated by a wide run of spaces. Finds the column edge, then writes each band of two-column lines as its
/// left column followed by its right column; lines that run across the edge (a headline over both columns)
/// end the band and are kept as they are. Text without such a layout is returned unchanged.
/// </summary>
public static class ColumnLayoutReader
{
    private const int MinGapWidth = 4;
    private const double MinShareOfLines = 0.3;
    private const int MinLines = 4;

    public static string Unfold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pages = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\f');
        return string.Join('\f', pages.Select(UnfoldPage));
    }

    private static string UnfoldPage(string page)
    {
        var lines = page.Split('\n');
        var edge = FindEdge(lines);
        if (edge is not { } e)
        {
            return page;
        }
        var output = new List<string>();
        var left = new List<string>();
        var right = new List<string>();
        void Flush()
        {
            EmitBand(output, left, right);
            left.Clear();
            right.Clear();
        }
        foreach (var line in lines)
        {
            if (Punctuation.TrimSpaces(line).Length == 0)
            {
                if (left.Count == 0 && right.Count == 0)
                {
                    output.Add("");
                    continue;
                }
                left.Add("");
                right.Add("");
                continue;
            }
            if (!TrySplit(line, e.Split, e.RightStart, out var l, out var r))
            {
                Flush();
                output.Add(line);
                continue;
            }
            left.Add(l);
            right.Add(r);
        }
        Flush();
        return string.Join('\n', output);
    }

    /// <summary>
    /// Writes a band as its left column, then its right column. Short lines below the last line of the right
    /// column and a blank row (a footer such as 责编) come after both columns.
    /// </summary>
    private static void EmitBand(List<string> output, List<string> left, List<string> right)
    {
        var lastRight = right.FindLastIndex(r => r.Length > 0);
        var footerFrom = left.Count;
        for (var k = Math.Max(lastRight, 0) + 1; k < left.Count; k++)
        {
            if (left[k].Length == 0 && right[k].Length == 0 && lastRight >= 0)
            {
                footerFrom = k;
                break;
            }
        }
        foreach (var column in new[] { left.Take(footerFrom).ToList(), right.Take(footerFrom).ToList() })
        {
            var lines = TrimBlankEnds(column).ToList();
            if (lines.Count > 0)
            {
                output.AddRange(lines);
                output.Add("");
            }
        }
        output.AddRange(left.Skip(footerFrom));
    }

    /// <summary>The display column where most lines have a wide gap, and where the right column's text starts.</summary>
    private static (int Split, int RightStart)? FindEdge(string[] lines)
    {
        var coverage = new Dictionary<int, int>();
        var gapsByLine = lines.Select(Gaps).ToList();
        var textLines = lines.Count(l => Punctuation.TrimSpaces(l).Length > 0);
        foreach (var gaps in gapsByLine)
        {
            foreach (var (start, end) in gaps)
            {
                for (var p = start; p < end; p++)
                {
                    coverage[p] = coverage.GetValueOrDefault(p) + 1;
                }
            }
        }
        if (coverage.Count == 0)
        {
            return null;
        }
        var best = coverage.MaxBy(kv => (kv.Value, -kv.Key));
        if (best.Value < MinLines || best.Value < textLines * MinShareOfLines)
        {
            return null;
        }
        var rightStart = gapsByLine.SelectMany(g => g).Where(g => g.Start <= best.Key && best.Key < g.End).Min(g => g.End);
        return (best.Key, rightStart);
    }

    private static bool TrySplit(string line, int split, int rightStart, out string left, out string right)
    {
        left = right = "";
        var cells = Cells(line);
        var firstText = cells.FindIndex(c => !IsSpace(c.Ch));
        var lastText = cells.FindLastIndex(c => !IsSpace(c.Ch));
        var crossing = cells.Any(c => !IsSpace(c.Ch) && c.Pos < split && c.Pos + Width(c.Ch) > split);
        var gapCovers = Gaps(line).Any(g => g.Start <= split && split < g.End);
        if (!gapCovers && !(cells[lastText].Pos < split) && !(cells[firstText].Pos >= split) || crossing)
        {
            return false;
        }
        var sbLeft = new StringBuilder();
        var sbRight = new StringBuilder();
        foreach (var (pos, ch) in cells)
        {
            if (pos < split)
            {
                sbLeft.Append(ch);
            }
            else if (pos >= rightStart || !IsSpace(ch))
            {
                sbRight.Append(ch);
            }
        }
        left = sbLeft.ToString().TrimEnd();
        right = sbRight.ToString().TrimEnd();
        return true;
    }

    /// <summary>The runs of spaces between the line's first and last letters at least <see cref="MinGapWidth"/> cells wide, by display cell.</summary>
    /// <remarks>Read in one walk of the letters: every line of a page is asked, and a list of its cells for each cost a tenth of the parse.</remarks>
    private static List<(int Start, int End)> Gaps(string line)
    {
        var gaps = new List<(int, int)>();
        var lastText = line.Length - 1;
        while (lastText >= 0 && IsSpace(line[lastText]))
        {
            lastText--;
        }
        var pos = 0;
        var k = 0;
        while (k < lastText && IsSpace(line[k]))
        {
            pos += Width(line[k]);
            k++;
        }
        while (k < lastText)
        {
            if (!IsSpace(line[k]))
            {
                pos += Width(line[k]);
                k++;
                continue;
            }
            var start = pos;
            while (IsSpace(line[k]))
            {
                pos += Width(line[k]);
                k++;
            }
            if (pos - start >= MinGapWidth)
            {
                gaps.Add((start, pos));
            }
        }
        return gaps;
    }

    private static List<(int Pos, char Ch)> Cells(string line)
    {
        var cells = new List<(int, char)>(line.Length);
        var pos = 0;
        foreach (var ch in line)
        {
            cells.Add((pos, ch));
            pos += Width(ch);
        }
        return cells;
    }

    private static bool IsSpace(char ch) => ch is ' ' or '\u3000' or '\t';

    /// <summary>Display width: CJK characters and full-width forms take two cells.</summary>
    public static int Width(char ch) => ch switch
    {
        >= '\u1100' and <= '\u115F' => 2,
        >= '\u2E80' and <= '\uA4CF' => 2,
        >= '\uAC00' and <= '\uD7A3' => 2,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        '“' or '”' or '‘' or '’' or '…' or '—' => 2,
        _ => 1,
    };

    private static IEnumerable<string> TrimBlankEnds(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        var last = lines.FindLastIndex(l => l.Length > 0);
        return first < 0 ? [] : lines.Skip(first).Take(last - first + 1);
    }
}
