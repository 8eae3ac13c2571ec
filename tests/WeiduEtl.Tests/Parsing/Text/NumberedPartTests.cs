using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A long commentary printed in numbered parts: （一）, （二） or (3) alone on a line numbers the part that follows. It is
/// a line of the commentary's text, never a source tag that would close it. Made-up pages in the styles of a national
/// daily's front-page commentary and a city paper's weekend essay.
/// </summary>
public sealed class NumberedPartTests
{
    [Theory]
    [InlineData("（一）")]
    [InlineData("（十二）")]
    [InlineData("(3)")]
    public void MatchBlock_BracketedPartNumberAlone_IsNoTrailingNote(string line) =>
        Assert.Null(SourceTagRule.MatchBlock(line, PressLexicon.BuiltIn));

    [Fact]
    public void Assemble_CommentaryInNumberedParts_IsOneArticleWithTheNumbersInItsText()
    {
        var issue = TextPage.Assemble(
            "奋斗成就新的一年",
            "新年的第一缕阳光照在大地上，每一个人都在为新的目标出发。",
            "（一）",
            "回望来路，一代又一代人接续奋斗，才有了今天的好日子。",
            "（二）",
            "面向未来，任务更重、要求更高，越要保持定力、稳扎稳打。",
            "时代不会辜负奋斗者。让我们撸起袖子加油干。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(6, article.Paragraphs.Count);
        Assert.Equal("（二）", article.Paragraphs[3]);
        Assert.Null(article.SourceTag);
        Assert.Equal("时代不会辜负奋斗者。让我们撸起袖子加油干。", article.Paragraphs[^1]);
    }

    [Fact]
    public void Assemble_EssayInDigitNumberedPartsThenNextArticle_EndsWhereTheNextHeadlineIs()
    {
        var issue = TextPage.Assemble(
            "老街的冬天",
            "(1)",
            "冬天的老街醒得晚，早点铺的蒸笼最先冒出热气。",
            "(2)",
            "傍晚时分，修鞋的老师傅收起摊子，街口的灯一盏盏亮起来。",
            "（作者为本市作家协会会员）",
            "江边步道全线贯通",
            "本报讯 （记者 陈亮）沿江步道最后一段近日完工，市民可以一路走到大桥下。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["(1)", "冬天的老街醒得晚，早点铺的蒸笼最先冒出热气。", "(2)"], issue.Articles[0].Paragraphs.Take(3));
        Assert.Equal("江边步道全线贯通", issue.Articles[1].Headline);
    }
}

/// <summary>
/// Numbered lines (一、报名条件, （二）报名资料) divide the text they stand in: they never carry a column tag and never
/// count as display lines that could head an article. Made-up pages in the styles of a provincial daily's notice page
/// and a city paper's news page.
/// </summary>
public sealed class NumberedLineTests
{
    [Theory]
    [InlineData("一、招聘岗位（12人）")]
    [InlineData("（二）报名时间（工作日）")]
    public void HasColumnTag_NumberedLineWithBrackets_IsNoTag(string line) => Assert.False(HeadingShapeRule.HasColumnTag(line));

    [Fact]
    public void Assemble_NumberedLineWithACountInBrackets_StaysInTheNotice()
    {
        var issue = TextPage.Assemble(
            "市图书馆志愿者招募启事",
            "市图书馆现面向社会招募志愿者，欢迎热心市民报名。",
            "一、招募人数（30人）",
            "图书整理、读者引导、少儿阅读陪伴。",
            "二、报名条件",
            "年满十八周岁，身体健康，每周能服务半天以上。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("市图书馆志愿者招募启事", article.Headline);
    }

    [Fact]
    public void Assemble_NumberedLinesInsideAnUnsignedArticle_StayItsParts()
    {
        var issue = TextPage.Assemble(
            "乡村振兴的三道必答题",
            "乡村要振兴，产业、人才、治理缺一不可。",
            "一、产业怎么兴",
            "发展特色种养，把农产品变成商品。",
            "二、人才怎么留",
            "让回乡创业的年轻人有奔头、有舞台。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["一、产业怎么兴", "二、人才怎么留"], article.Subheadings);
    }
}
