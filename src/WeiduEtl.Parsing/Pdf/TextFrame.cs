using System.Text;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// Lines stacked at one type size and an even line pitch in one column: a run of body text between two
/// breaks, a headline, a caption. Frames are what reading order sorts; paragraphs are cut from them after.
/// </summary>
internal sealed class TextFrame(TextLine first)
{
    private readonly List<TextLine> lines = [first];

    public IReadOnlyList<TextLine> Lines => lines;

    public double Size { get; } = first.Size;

    public Box Box { get; private set; } = first.Box;

    public TextLine Last => lines[^1];

    public void Add(TextLine line)
    {
        lines.Add(line);
        Box = Box.Union(line.Box);
    }

    public string Text => Join(lines);

    /// <summary>Lines that must end together (within <see cref="SameEndEm"/>) for their end to be the column's edge.</summary>
    private const int MinFullLines = 3;

    private const double SameEndEm = 0.2;

    /// <summary>An address runs at least this far past the full lines; a justified line's jitter does not.</summary>
    private const double OverrunEm = 0.5;

    /// <summary>
    /// The box with its right edge where the column's full lines end: the rightmost end that at least
    /// <see cref="MinFullLines"/> lines share (justified text), else the furthest end. A mark hanging past the edge
    /// (，。：) does not count, nor does one odd line that runs on.
    /// </summary>
    public Box ColumnBox
    {
        get
        {
            var ends = lines.Select(l => HangingPunctuation.EndsWith(l.Text) ? l.Box.X1 - l.Size : l.Box.X1).Order().ToList();
            var edge = ends[^1];
            for (var k = ends.Count - 1; k >= MinFullLines - 1; k--)
            {
                if (ends[k] - ends[k - MinFullLines + 1] <= SameEndEm * Size)
                {
                    edge = ends[k];
                    break;
                }
            }
            return Box with { X1 = Math.Max(Box.X0, edge) };
        }
    }

    /// <summary>
    /// True when <paramref name="line"/> ends within <paramref name="tolerance"/> of the edge that at least
    /// <see cref="MinFullLines"/> of the frame's lines share: its column's measure, known without the page's grid.
    /// </summary>
    public bool EndsAtItsMeasure(Box line, double tolerance) => lines.Count >= MinFullLines && line.X1 >= ColumnBox.X1 - tolerance;

    /// <summary>
    /// The box for reading order: a web or mail address that no line break may cut runs past the column's edge into
    /// the gutter (and would close it), so a line ending in such an address is measured by the frame's other lines
    /// (its last one aside, which may be short).
    /// </summary>
    public Box ReadingBox
    {
        get
        {
            var edge = double.NegativeInfinity;
            for (var k = 0; k < lines.Count - 1; k++)
            {
                if (!EndsInAscii(lines[k]))
                {
                    edge = Math.Max(edge, lines[k].Box.X1);
                }
            }
            return edge > Box.X0 && edge < Box.X1 && lines.Exists(l => EndsInAscii(l) && l.Box.X1 > edge + (OverrunEm * Size)) ? Box with { X1 = edge } : Box;
        }
    }

    /// <summary>An address ends in ASCII: a letter, a digit or a mark of its own (/ . - _).</summary>
    private static bool EndsInAscii(TextLine line) => line.EndsLatin || (line.Text.Length > 0 && line.Text[^1] is '/' or '.' or '-' or '_');

    /// <summary>Joins lines without a separator (CJK has none), except between two Latin words.</summary>
    public static string Join(IEnumerable<TextLine> lines)
    {
        var text = new StringBuilder();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && previous.EndsLatin && line.StartsLatin)
            {
                text.Append(' ');
            }
            text.Append(line.Text);
            previous = line;
        }
        return text.ToString();
    }
}
