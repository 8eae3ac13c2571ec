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

    /// <summary>
    /// The box with its right edge where the lines end without a hanging mark: punctuation standing past the
    /// column's edge (，。：) widens the frame's box but not the column it sits in.
    /// </summary>
    public Box ColumnBox =>
        Box with { X1 = Math.Max(Box.X0, lines.Max(l => HangingPunctuation.EndsWith(l.Text) ? l.Box.X1 - l.Size : l.Box.X1)) };

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
