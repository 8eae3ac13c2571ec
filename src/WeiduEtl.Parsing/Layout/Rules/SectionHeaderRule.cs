using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The title of a round-up column whose items are briefs (一周要闻, 简讯, 快讯, 新闻速递) or pictures (图片新闻,
/// 新闻图片): a short line, often decorated with ■ or 【】. The column words are the lexicon's (a profile adds its paper's).
/// </summary>
internal static class SectionHeaderRule
{
    private const string Decorations = "■□●○◆◇▲△▼★☆◎【】[]「」『』〈〉<>《》·•|—- ";

    private const int MaxNameLength = 8;

    public static (string Name, ArticleKind Kind)? Match(string text, PressLexicon lexicon)
    {
        var folded = Punctuation.FoldTrimmed(text);
        // Every block is asked, most of them long prose: count the letters of the name before making it.
        var length = 0;
        for (var k = 0; k < folded.Length && length <= MaxNameLength; k++)
        {
            length += Decorations.Contains(folded[k], StringComparison.Ordinal) ? 0 : 1;
        }
        if (length is < 2 or > MaxNameLength)
        {
            return null;
        }
        var name = new string(folded.Where(c => !Decorations.Contains(c, StringComparison.Ordinal)).ToArray());
        if (lexicon.PictureColumn.IsMatch(name))
        {
            return (name, ArticleKind.Photo);
        }
        return lexicon.BriefColumn.IsMatch(name) ? (name, ArticleKind.Brief) : null;
    }
}
