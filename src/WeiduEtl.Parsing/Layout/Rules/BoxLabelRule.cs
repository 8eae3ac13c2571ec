using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The label of a box set inside an article (核心阅读, 链接, 人物小传, 数据, 背景…): a line of its own that names the
/// kind of text under it. It opens a part of the article above, never an item of its own, and is never a headline.
/// The labels are the lexicon's; a paper's own belong in its profile. Over a headline the same word names the item's column instead (see <see cref="GenreLabelRule"/>).
/// </summary>
internal static class BoxLabelRule
{
    public static bool IsLabel(string text, PressLexicon lexicon)
    {
        var folded = Punctuation.FoldTrimmed(text).Replace(" ", "", StringComparison.Ordinal);
        var bare = folded.Trim('[', ']', '【', '】', '(', ')', '■', '●', '◆', '▲', '★', '□', '○', '◎', ':');
        return lexicon.BoxLabels.Contains(bare);
    }
}
