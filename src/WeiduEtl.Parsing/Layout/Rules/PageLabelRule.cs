using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// The page label printed above a page's first headline: a place (a district, county or town page such as
/// 东城区) or an edition name (要闻, 综合新闻, 第3版). Only the first block of a page can be one, and only when a
/// headline follows it; a kicker names an organisation (…局, …街道, …社区) and is not matched.
/// </summary>
internal static partial class PageLabelRule
{
    private const string Decorations = "■□●◆▲★☆【】[]「」 ";

    public static bool IsLabel(string text)
    {
        var folded = new string(Punctuation.FoldTrimmed(text).Where(c => !Decorations.Contains(c, StringComparison.Ordinal)).ToArray());
        return folded.Length is >= 2 and <= 10 && (Place().IsMatch(folded) || Edition().IsMatch(folded));
    }

    // 社区, 小区, 园区, 景区, 校区, 片区 and 厂区 end in 区 but are no division a page serves: a kicker over a
    // neighbourhood's story (祭旗坡社区 over its headline).
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,6}(?:(?<![社小园景校片厂])区|县|市|镇|乡|州|旗|盟)(?:新闻|版|专版|周刊)?$")]
    private static partial Regex Place();

    [GeneratedRegex(@"^(?:[A-Z]?[0-9]{1,2}\s*)?(?:[\p{IsCJKUnifiedIdeographs}]{0,4}(?:要闻|综合|新闻|专版|专刊|周刊|副刊|时评|评论|经济|社会|国际|国内|时政|文化|体育|理论|民生|观察|视点|财经|法治|教育|健康|科技|城事|县域|区域)|第[A-Z]?[0-9一二三四五六七八九十]{1,3}版|[\p{IsCJKUnifiedIdeographs}]{2,6}版)$")]
    private static partial Regex Edition();
}
