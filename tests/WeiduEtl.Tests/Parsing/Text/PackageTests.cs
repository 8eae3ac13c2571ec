using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A package is one article made of pieces: a title over an editor's note, or over nothing, then two or more pieces
/// each with its own headline and a credit right under it. Made-up pages in the styles of a provincial daily's
/// special page, a city daily's series of guest pieces and an evening paper's reporters-on-the-job feature.
/// </summary>
public sealed class PackageTests
{
    private static ParsedIssue Assemble(params string[] blocks) => TextPage.Assemble(blocks);

    [Fact]
    public void Assemble_TitleAndEditorsNoteOverCreditedPieces_IsOneArticle()
    {
        var issue = Assemble(
            "岁末走访基层一线",
            "年关将近，很多人仍坚守在岗位上。本报记者走进一线，记录他们的忙碌。",
            "——编 者",
            "凌晨四点的菜市场",
            "本报记者 杨帆",
            "凌晨四点，批发市场已经灯火通明，一车车蔬菜从外地运来。",
            "商户老周说，年前销量比平时多了三成。",
            "雪夜里的抢修队",
            "本报记者 林晓",
            "晚上十点，供电抢修队接到报修电话，十分钟后就赶到了现场。",
            "队员们说，冬天的抢修最怕路滑。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("岁末走访基层一线", article.Headline);
        Assert.Equal(["凌晨四点的菜市场", "雪夜里的抢修队"], article.Subheadings);
        Assert.Equal(["杨帆", "林晓"], article.Contributors.Select(c => c.Name));
        Assert.Equal("队员们说，冬天的抢修最怕路滑。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_TaggedTitleOverGuestPieces_IsOneArticleWithItsWriters()
    {
        var issue = Assemble(
            "看见开放的中国（海外来信）",
            "港口里的新变化",
            "（新加坡）陈志明",
            "我第一次到这座港口城市是在十年前，那时码头还很拥挤。",
            "如今，自动化码头让装卸效率提高了一倍。",
            "一座城市的夜晚",
            "（意大利）马可·罗西",
            "夜晚的街道依然热闹，年轻人在夜市里吃小吃、看演出。",
            "这让我想起了家乡的广场。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("看见开放的中国（海外来信）", article.Headline);
        Assert.Equal(["陈志明", "马可·罗西"], article.Contributors.Select(c => c.Name));
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_EditorsNoteOverTheArticlesOwnText_StaysOneArticleWithTheSignatureInIt()
    {
        // An opinion series: the note and its signature open the article, whose own text follows without a headline.
        var issue = Assemble(
            "让实干成为新年的底色（本报评论）",
            "编者按：新年伊始，本报推出系列评论，敬请关注。",
            "——编者",
            "新年的钟声已经敲响，目标已经写在纸上，关键在于落实。",
            "落实，靠的是一件一件办好群众身边的事。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.Equal("——编者", article.Paragraphs[1]);
    }

    [Fact]
    public void Assemble_TitleWithoutTextOverOneCreditedArticle_IsNoPackage()
    {
        // One piece is no package: the title does not take the credited article under it in as a piece.
        var issue = Assemble(
            "法治在身边",
            "社区里来了法律顾问",
            "本报记者 周亮",
            "12月30日，社区法律顾问室挂牌，每周二、周四有律师坐班。",
            "夜校开课了",
            "街道夜校本周开课，首批开设书法、摄影等6门课程。",
            "报名的居民中，六十岁以上的占了一半。");

        Assert.DoesNotContain(issue.Articles, a => a.Subheadings.Contains("社区里来了法律顾问"));
    }

    [Fact]
    public void Assemble_PieceWhoseHeaderWasLostBetweenTwoCreditedPieces_StaysInThePackage()
    {
        var issue = TextPage.Assemble(
            "讲好新时代的故事（海外看中国——外国友人谈发展）",
            "乡村的变化让我惊叹",
            "（德国）汉斯·米勒",
            "我第一次来中国是在十年前。如今，乡村公路修到了每个村子，农民的日子越过越好。",
            "（巴西）卡洛斯·席尔瓦",
            "中国的高铁让我印象深刻，从北京到上海只需四个多小时。",
            "科技创新惠及世界",
            "（肯尼亚）约瑟夫·奥蒂诺",
            "中国企业在非洲建设的铁路，让货物运输时间大大缩短。");

        var package = Assert.Single(issue.Articles);
        Assert.Equal("讲好新时代的故事（海外看中国——外国友人谈发展）", package.Headline);
        Assert.Contains(package.Paragraphs, p => p.StartsWith("中国的高铁", StringComparison.Ordinal));
        Assert.EndsWith("大大缩短。", package.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_PiecesRunningOnToTheNextSheetOfAPagesPdf_StayInThePackage()
    {
        // A page printed on two sheets (a PDF of two pages for one newspaper page): the package's third piece
        // starts on the second sheet.
        var issue = PageAssembler.Assemble(
        [
            new("看见开放的中国（海外来信）", 1),
            new("港口里的新变化", 1),
            new("（新加坡）陈志明", 1),
            new("我第一次到这座港口城市是在十年前，那时码头还很拥挤。", 1),
            new("一座城市的夜晚", 1),
            new("（意大利）马可·罗西", 1),
            new("夜晚的街道依然热闹，年轻人在夜市里吃小吃、看演出。", 1),
            new("高原上的光伏电站", 2),
            new("（德国）汉斯·米勒", 2),
            new("一排排光伏板在阳光下闪着光，牧民家里用上了稳定的电。", 2),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["陈志明", "马可·罗西", "汉斯·米勒"], article.Contributors.Select(c => c.Name));
    }
}
