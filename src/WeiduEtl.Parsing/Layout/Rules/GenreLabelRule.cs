using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A headline that opens with a genre label and a colon (短评：…, 记者手记：…, 社论：…) heads an item of its own,
/// never a subheading of the article above it. A label standing alone over a headline (晚报快评, 温馨提示, 今日谈)
/// names the column the item runs in, not its kicker; so does any short name set wholly in square brackets over it
/// (【今日关注】, 【某地万象】), the brackets a paper keeps for its columns' names.
/// </summary>
internal static partial class GenreLabelRule
{
    public static bool StartsItem(string text, PressLexicon lexicon) => lexicon.GenreLabel.IsMatch(Punctuation.FoldTrimmed(text));

    public static bool IsColumnLabel(string text, PressLexicon lexicon) => lexicon.ColumnLabel.IsMatch(Punctuation.FoldTrimmed(text));

    /// <summary>True for a short name wholly in square brackets (【精准扶贫】, [封面新闻]): over a headline, its column's.</summary>
    public static bool IsBracketedColumnName(string text) => BracketedName().IsMatch(Punctuation.FoldTrimmed(text));

    [GeneratedRegex(@"^\[\p{IsCJKUnifiedIdeographs}{2,8}\]$")]
    private static partial Regex BracketedName();
}
