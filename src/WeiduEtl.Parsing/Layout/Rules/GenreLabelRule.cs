using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A headline that opens with a genre label and a colon (短评：…, 记者手记：…, 社论：…) heads an item of its own,
/// never a subheading of the article above it. A label standing alone over a headline (晚报快评, 温馨提示, 今日谈)
/// names the column the item runs in, not its kicker.
/// </summary>
internal static class GenreLabelRule
{
    public static bool StartsItem(string text, PressLexicon lexicon) => lexicon.GenreLabel.IsMatch(Punctuation.FoldTrimmed(text));

    public static bool IsColumnLabel(string text, PressLexicon lexicon) => lexicon.ColumnLabel.IsMatch(Punctuation.FoldTrimmed(text));
}
