using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A headline that opens with a genre label and a colon (短评：…, 记者手记：…, 社论：…) heads an item of its own,
/// never a subheading of the article above it. A label standing alone over a headline (晚报快评, 温馨提示, 今日谈)
/// names the column the item runs in, not its kicker.
/// </summary>
internal static partial class GenreLabelRule
{
    public static bool StartsItem(string text) => GenreLabel().IsMatch(Punctuation.Fold(Punctuation.TrimSpaces(text)));

    public static bool IsColumnLabel(string text) => ColumnLabel().IsMatch(Punctuation.Fold(Punctuation.TrimSpaces(text)));

    [GeneratedRegex(@"^[\[(【]?[\p{IsCJKUnifiedIdeographs}]{0,4}(?:短评|快评|时评|热评|点评|评论|社论|述评|手记|观察|视点|提示|链接|背景|随笔|札记|今日谈|编者按)[\])】]?$")]
    private static partial Regex ColumnLabel();

    [GeneratedRegex(@"^[\[(]?(?:短评|快评|时评|评论|社论|述评|编辑部文章|本报评论员文章|特写|专访|访谈|记者手记|采访手记|手记|新闻观察|观察|新闻链接|链接|相关新闻|延伸阅读|背景)[\])]?\s*[:|]")]
    private static partial Regex GenreLabel();
}
