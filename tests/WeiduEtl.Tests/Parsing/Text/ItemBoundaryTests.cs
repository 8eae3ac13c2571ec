using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// Where one item ends and the next begins on a text page with no letter sizes, on made-up pages in the styles of a
/// national daily, a provincial daily and a city evening paper.
/// </summary>
public sealed class ItemBoundaryTests
{
    private static ParsedIssue Assemble(params string[] blocks) => TextPage.Assemble(blocks);

    /// <summary>A block with its letter size, as a PDF page gives it.</summary>
    private static PageBlock Line(string text, double size) => new(text, FontSize: size);

    [Theory]
    [InlineData("让老街区焕发新活力（城事观察）")]
    [InlineData("把群众的小事当成大事（江南时评）")]
    [InlineData("冬日里的一抹暖色（记者手记·守初心 担使命）")]
    [InlineData("夜市里的烟火气（记者观察）")]
    public void Assemble_HeadlineWithColumnTagInsideOpenArticle_StartsANewItem(string headline)
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "今年以来，城北新区新建社区食堂6家、便民超市12家。",
            headline,
            "老街区改造，改的是房子，暖的是人心。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(headline, issue.Articles[1].Headline);
        Assert.Empty(issue.Articles[0].Subheadings);
    }

    [Fact]
    public void Assemble_LeadInEndingInDashOverHeadline_IsOneHeadlineGroupOfANewItem()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "今年以来，城北新区新建社区食堂6家、便民超市12家，居民生活更方便。",
            "各地抢抓农时，加快冬小麦田间管理，确保麦苗安全越冬——",
            "千里麦田披绿装",
            "连日来，豫东平原的麦田里一派繁忙景象。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("各地抢抓农时，加快冬小麦田间管理，确保麦苗安全越冬——", issue.Articles[1].Kicker);
        Assert.Equal("千里麦田披绿装", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_TwoLineSubheadingInsideArticle_StaysInTheArticleAsTwoSubheadings()
    {
        var issue = Assemble(
            "社区治理有了“小管家”",
            "本报记者 任重",
            "城南街道把议事厅搬进楼栋，居民的烦心事有了去处。",
            "抓落实",
            "楼栋议事天天有人管",
            "每栋楼推选一名楼栋长，每周收集一次居民意见。",
            "见实效",
            "小区面貌焕然一新",
            "半年来，街道共办结居民诉求300余件。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["抓落实", "楼栋议事天天有人管", "见实效", "小区面貌焕然一新"], article.Subheadings);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("核心阅读")]
    [InlineData("【链接】")]
    [InlineData("■人物小传")]
    public void Assemble_BoxLabelUnderHeadline_OpensTheArticleAndIsNoHeadline(string label)
    {
        var issue = Assemble(
            "江城地铁五号线全线贯通",
            label,
            "五号线全长30公里，设站20座，预计明年通车。",
            "记者从市轨道交通集团获悉，五号线昨日实现全线贯通。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("江城地铁五号线全线贯通", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Equal([label], article.Subheadings);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_BracketedDatelineAfterText_IsTheDatelineAndClosesTheArticle()
    {
        var issue = Assemble(
            "中欧班列开行突破万列",
            "今年以来，中欧班列累计开行超过1万列，同比增长一成。",
            "（本报杜伊斯堡3月2日电）",
            "沿线港口吞吐量创新高",
            "港口货物吞吐量持续增长，集装箱业务尤为突出。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("本报杜伊斯堡3月2日电", issue.Articles[0].Dateline);
        Assert.Equal("沿线港口吞吐量创新高", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_TrailingCreditClosesTheArticle_NextLineIsANewItem()
    {
        var issue = Assemble(
            "古镇夜游点亮文旅消费",
            "夜幕降临，古镇灯火璀璨，游客络绎不绝。",
            "（本报记者 任重 齐亮）",
            "非遗市集人气旺",
            "市集汇聚了剪纸、面塑等20余个非遗项目。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["任重", "齐亮"], issue.Articles[0].NamesIn(ContributorRole.Reporter));
        Assert.Equal("非遗市集人气旺", issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_ShortStoryClosedByPictureCredit_IsAPictureStoryNotASubheading()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "今年以来，城北新区新建社区食堂6家、便民超市12家。",
            "雪后银装",
            "连日降雪后，西山景区银装素裹，吸引游客前来赏景。",
            "图为游客在景区拍照留念。",
            "<picture>",
            "本报记者 齐亮摄",
            "南湖公园冰灯亮相",
            "本报讯 南湖公园冰灯展昨晚开幕。");

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal("雪后银装", issue.Articles[1].Headline);
        Assert.Empty(issue.Articles[0].Subheadings);
        Assert.Equal(["齐亮"], issue.Articles[1].NamesIn(ContributorRole.Photographer));
    }

    [Fact]
    public void Assemble_PictureInsideArticleWithTextRunningOn_StaysOneArticle()
    {
        var issue = Assemble(
            "城北新区打造十分钟生活圈",
            "本报记者 任重",
            "今年以来，城北新区新建社区食堂6家、便民超市12家。",
            "便民服务进小区",
            "社区食堂每天供应早、中、晚三餐，六十岁以上老年人凭卡就餐",
            "<picture>",
            "居民在社区食堂就餐。本报记者 齐亮摄",
            "享受八折优惠。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal("居民在社区食堂就餐。", Assert.Single(article.Photos).Caption);
    }

    [Fact]
    public void Assemble_TwoBodySizeDisplayLinesInsideArticle_AreSubheadingsNotANewHeadline()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("社区治理有了“小管家”", 20),
            Line("本报记者 任重", 9),
            Line("城南街道把议事厅搬进楼栋，居民的烦心事有了去处，街道还为每栋楼配了楼栋长。", 9),
            Line("老旧小区", 9),
            Line("加装电梯不再难", 9),
            Line("今年以来，街道协调加装电梯12部，居民上下楼更方便了。", 9),
            Line("南湖公园冰灯亮相", 20),
            Line("本报讯 南湖公园冰灯展昨晚开幕。", 9),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(["老旧小区", "加装电梯不再难"], issue.Articles[0].Subheadings);
    }

    [Theory]
    [InlineData("第一章 总则", "第二章 经营管理")]
    [InlineData("第一部分　总体要求", "第二部分　重点任务")]
    [InlineData("第三节：学校体育", "第四节：社会体育")]
    public void Assemble_NumberedPartsOfALongTextSetLarge_AreSubheadingsOfIt(string first, string second)
    {
        var issue = PageAssembler.Assemble(
        [
            Line("江城市全民健身条例", 22),
            Line("（2024年3月1日江城市第十六届人民代表大会常务委员会第九次会议通过）", 9),
            Line(first, 14),
            Line("第一条　为了促进全民健身活动的开展，保障公民参加健身活动的合法权益，制定本条例。", 9),
            Line(second, 14),
            Line("第八条　市、区人民政府应当将全民健身事业纳入国民经济和社会发展规划。", 9),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal((null, "江城市全民健身条例", null), (article.Kicker, article.Headline, article.Subheadline));
        Assert.Equal([first, second], article.Subheadings);
    }

    [Fact]
    public void Assemble_BoldSubheadingBelowDisplaySize_StaysInAnItemWhoseHeadlineIsSmall()
    {
        // A continuation on an inside page, headed in a size close to the body's: its bold subheadings are not
        // headlines just because they are nearly as large as that head.
        var issue = PageAssembler.Assemble(
        [
            Line("（上接第一版）", 9.5),
            Line("江海潮涌正当时", 11),
            Line("这一年，沿江各地把生态修复摆在压倒性位置，岸线复绿超过三百公里。", 9.5),
            Line("产业升级 动能澎湃", 10.5),
            Line("这一年，新兴产业在沿江城市加快集聚，一批重大项目落地投产。", 9.5),
            Line("这一年，沿江港口吞吐量再创新高，江海联运更加顺畅。", 9.5),
        ]);

        var article = Assert.Single(issue.Articles);
        Assert.Equal(["产业升级 动能澎湃"], article.Subheadings);
    }

    [Theory]
    [InlineData("第一书记带来致富经")]
    [InlineData("第二十届车展今日开幕")]
    public void Assemble_HeadlineThatOpensWithAnOrdinal_StillStartsAnItem(string headline)
    {
        var issue = PageAssembler.Assemble(
        [
            Line("城北新区打造十分钟生活圈", 22),
            Line("今年以来，城北新区新建社区食堂6家、便民超市12家，居民生活更方便。", 9),
            Line(headline, 22),
            Line("本报讯 记者从有关部门获悉，相关活动将持续一周。", 9),
        ]);

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(headline, issue.Articles[1].Headline);
    }

    [Fact]
    public void Assemble_AuthorNoteWithBracketsInsideIt_StillClosesTheCommentary()
    {
        var issue = Assemble(
            "让老街区焕发新活力（城事观察）",
            "老街区改造，改的是房子，暖的是人心。",
            "（作者为江城市委党校（江城行政学院）公共管理教研部教授）",
            "夜市经济要管好更要服务好（江南时评）",
            "夜市是城市的烟火气，也是群众的好去处。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("（作者为江城市委党校（江城行政学院）公共管理教研部教授）", issue.Articles[0].Paragraphs[^1]);
        Assert.Null(issue.Articles[1].Kicker);
    }

    [Fact]
    public void Assemble_AuthorNoteAfterCommentary_StaysWithItAndClosesIt()
    {
        var issue = Assemble(
            "让老街区焕发新活力（城事观察）",
            "老街区改造，改的是房子，暖的是人心。",
            "（作者为江城市社科院研究员、副院长）",
            "夜市经济要管好更要服务好",
            "夜市是城市的烟火气，也是群众的好去处。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal("（作者为江城市社科院研究员、副院长）", issue.Articles[0].Paragraphs[^1]);
        Assert.Equal("夜市经济要管好更要服务好", issue.Articles[1].Headline);
    }

    [Theory]
    [InlineData("（执笔：王建华）", "准确把握制度建设的辩证法（理论前沿）")]       // a national daily's theory page
    [InlineData("（执笔人：区委党校 李明）", "基层治理要在“实”字上下功夫")]      // a district page's study notes
    public void Assemble_WritersNoteAfterAPiece_ClosesItAndIsNoKickerOfTheNext(string note, string headline)
    {
        var issue = Assemble(
            "以制度优势提升治理效能（学习札记）",
            "制度优势是一个政党、一个国家的最大优势，制度稳则国家稳。",
            note,
            headline,
            "做好基层工作，关键在于把各项部署落到实处。");

        Assert.Equal(2, issue.Articles.Count);
        Assert.Equal(note, issue.Articles[0].Paragraphs[^1]);
        Assert.Null(issue.Articles[1].Kicker);
        Assert.Equal(headline, issue.Articles[1].Headline);
    }

    [Theory]
    [InlineData("竞争上岗有热情", "“谁的本事大，谁就挑大梁”")]
    [InlineData("群众办事少跑腿", "一窗受理全程代办")]
    public void Assemble_TwoLineSubheadingWithTagOfSevenLetters_StaysInTheArticle(string tag, string phrase)
    {
        var issue = Assemble(
            "社区治理有了“小管家”",
            "本报记者 任重",
            "城南街道把议事厅搬进楼栋，居民的烦心事有了去处。",
            tag,
            phrase,
            "每栋楼推选一名楼栋长，每周收集一次居民意见。");

        var article = Assert.Single(issue.Articles);
        Assert.Equal([tag, phrase], article.Subheadings);
    }
}
