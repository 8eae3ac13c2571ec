using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A long bracketed credit after an article (a round-up's dozen reporters, a dateline with its reporters) may start at
/// the foot of one column and end at the top of the next. Rejoined, it still credits the article and closes it, and it
/// is not left as the article's last paragraph. Made-up pages in the styles of a national daily and a city daily.
/// </summary>
public sealed class CutCreditTests
{
    private static PageBlock Line(string text, double size) => new(text, 1, FontSize: size);

    [Fact]
    public void Assemble_ReportersCreditCutByAColumnEnd_CreditsTheArticle()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("新春走基层", 12),
            Line("寒冬里的温暖守候", 20),
            Line("腊月里，各地一线职工坚守岗位，保障群众温暖过冬。", 10),
            Line("供热公司抢修队员连夜排查管网，确保居民家中室温达标。", 10),
            Line("（本报记者王海涛、李欣然、赵一鸣、孙国庆、周", 10),
            Line("晓梅、郑家豪报道）", 10),
            Line("全市新建充电桩两千个", 20),
            Line("本报讯 今年以来，全市新建公共充电桩两千个。", 10),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        var first = issue.Articles[0];
        Assert.Equal(["王海涛", "李欣然", "赵一鸣", "孙国庆", "周晓梅", "郑家豪"], first.NamesIn(ContributorRole.Reporter));
        Assert.EndsWith("室温达标。", first.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal("全市新建充电桩两千个", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_DatelineWithReportersCutByAColumnEnd_IsTheArticlesDateline()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("多国人士热议合作前景", 20),
            Line("“合作让两国人民都受益。”一位商会负责人说。", 10),
            Line("（本报曼谷1月5日电 记者林川、金敏、", 10),
            Line("阮文安）", 10),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal("本报曼谷1月5日电", article.Dateline);
        Assert.Equal(["林川", "金敏", "阮文安"], article.NamesIn(ContributorRole.Reporter));
        Assert.Single(article.Paragraphs);
    }
}
