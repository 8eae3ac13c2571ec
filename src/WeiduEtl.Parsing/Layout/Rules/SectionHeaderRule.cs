using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The title of a round-up column whose items are briefs (一周要闻, 简讯, 快讯, 新闻速递) or pictures (图片新闻,
/// 新闻图片): a short line, often decorated with ■ or 【】.
/// </summary>
internal static partial class SectionHeaderRule
{
    private const string Decorations = "■□●○◆◇▲△▼★☆◎【】[]「」『』〈〉<>《》·•|—- ";

    public static (string Name, ArticleKind Kind)? Match(string text)
    {
        var folded = Punctuation.Fold(Punctuation.TrimSpaces(text));
        var name = new string(folded.Where(c => !Decorations.Contains(c, StringComparison.Ordinal)).ToArray());
        if (name.Length is < 2 or > 8)
        {
            return null;
        }
        if (PhotoColumn().IsMatch(name))
        {
            return (name, ArticleKind.Photo);
        }
        return BriefColumn().IsMatch(name) ? (name, ArticleKind.Brief) : null;
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{0,4}(?:图片新闻|新闻图片|图片报道|图说|图说新闻|新闻图说|镜头)$")]
    private static partial Regex PhotoColumn();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{0,4}(?:要闻|简讯|快讯|短讯|速递|速览|集锦|集萃|简报|一句话新闻|短新闻|新闻超市|动态)$")]
    private static partial Regex BriefColumn();
}
