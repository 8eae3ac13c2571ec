using System.Collections.Frozen;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The label of a box set inside an article (核心阅读, 链接, 人物小传, 数据, 背景…): a line of its own that names the
/// kind of text under it. It opens a part of the article above, never an item of its own, and is never a headline.
/// Over a headline the same word names the item's column instead (see <see cref="GenreLabelRule"/>).
/// </summary>
internal static class BoxLabelRule
{
    // Words Chinese papers print as the title of a box within an article. A paper's own labels belong in its profile.
    private static readonly FrozenSet<string> Labels = new[]
    {
        "核心阅读", "阅读提示", "内容提要", "编者按", "编后", "编后语",
        "链接", "相关链接", "新闻链接", "知识链接", "背景链接", "延伸阅读", "相关阅读", "相关新闻",
        "背景", "新闻背景", "数据", "数说", "人物小传", "人物简介", "名词解释", "小贴士", "温馨提示",
        "短评", "记者手记", "记者观察", "采访手记", "专家点评", "专家观点", "网友热议",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsLabel(string text)
    {
        var folded = Punctuation.Fold(Punctuation.TrimSpaces(text)).Replace(" ", "", StringComparison.Ordinal);
        var bare = folded.Trim('[', ']', '【', '】', '(', ')', '■', '●', '◆', '▲', '★', '□', '○', '◎', ':');
        return Labels.Contains(bare);
    }
}
