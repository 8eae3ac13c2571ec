using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Pdf;

/// <summary>
/// A brief's title set in body type can fill its column's measure, and so look like a line of text running on. A
/// one-line paragraph without a closing mark over a paragraph that opens with a dateline (本报电, 本报北京1月12日电)
/// is that title.
/// </summary>
internal static class DatedBriefTitle
{
    public static bool Is(List<TextLine> paragraph, List<TextLine> next, PressLexicon lexicon) =>
        paragraph.Count == 1 && paragraph[0].Text.Length > 0 && char.IsLetterOrDigit(paragraph[0].Text[^1])
        && DatelineRule.Match(TextFrame.Join(next), lexicon) is not null;
}
