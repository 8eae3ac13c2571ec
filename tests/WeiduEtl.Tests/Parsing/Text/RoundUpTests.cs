using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>
/// A round-up whose title a text dump prints only as the first line of the first brief's header (财经短波 over its
/// first brief's headline), then briefs each headed by one line and credited alike: the paper prints one article under
/// that title. Made-up pages in the styles of a national daily's business page and a city daily's news digest.
/// </summary>
public sealed class RoundUpTests
{
    private static PageBlock Line(string text) => new(text);

    private static PageBlock Placed(string text, double size, int page, double x0, double y0, double x1, double y1) =>
        new(text, page, FontSize: size, Bbox: new BoundingBox(x0, y0, x1, y1));

    private static PageBlock PlacedDisplay(string text, double size, int page, double x0, double y0, double x1, double y1) =>
        Placed(text, size, page, x0, y0, x1, y1) with { Hint = BlockHint.Display };

    [Fact]
    public void Assemble_TitleOverDatedBriefs_IsOneArticleWithTheBriefsHeadlinesAsSubheadings()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("银行新事"),
            Line("邮储银行推出小微企业信用贷款"),
            Line("本报北京1月12日电 （记者张华）邮储银行近日推出面向小微企业的纯信用贷款产品，最高额度300万元。"),
            Line("城商行合作联盟在沪成立"),
            Line("本报上海1月12日电 （记者李明）由30家城市商业银行发起的合作联盟日前在上海成立。"),
            Line("消费金融论坛在穗举行"),
            Line("本报广州1月12日电 （记者王刚）第五届消费金融论坛11日在广州举行，与会专家探讨行业发展。"),
        ]);

        var roundUp = Assert.Single(issue.Articles);
        Assert.Equal("银行新事", roundUp.Headline);
        Assert.Equal(["邮储银行推出小微企业信用贷款", "城商行合作联盟在沪成立", "消费金融论坛在穗举行"], roundUp.Subheadings);
        Assert.Equal(3, roundUp.Paragraphs.Count);
    }

    [Fact]
    public void Assemble_TitleOverBriefsCreditedDifferently_StaysSeparateArticles()
    {
        var issue = PageAssembler.Assemble(
        [
            Line("政务速递"),
            Line("市民服务中心延时办理"),
            Line("本报讯 （记者 赵丽）从本周起，市民服务中心工作日延时至晚上7点，方便上班族办事。"),
            Line("老旧小区加装电梯"),
            Line("本报讯 今年全市计划为120个老旧小区加装电梯，目前已完成选址。（南宣）"),
            Line("公交新开两条线路"),
            Line("本报讯 （记者 孙强）1月起，市公交集团新开两条线路，连接高铁站与新城区。"),
        ]);

        Assert.Equal(3, issue.Articles.Count);
    }

    [Fact]
    public void Assemble_RoundUpWhoseFirstPieceRunsOnToTheNextPage_GoesOnWithThePieceThere()
    {
        // A national daily's round-up printed over two PDF pages: the first piece's text runs on to the second page,
        // where the next piece's header follows it in the next column.
        var issue = PageAssembler.Assemble(
        [
            Placed("春节走基层", 21, 1, 30, 150, 800, 171),
            Placed("浙江", 10.5, 1, 30, 125, 60, 136),
            Placed("渔港年货采购忙", 10.5, 1, 30, 110, 130, 121),
            Placed("本报记者  陈  立", 9.5, 1, 30, 95, 120, 105),
            Placed("腊月二十，舟山沈家门渔港人头攒动，刚上岸的带鱼、黄鱼被抢购一空，摊主们忙着", 9.5, 1, 30, 40, 800, 90),
            Placed("打包发货。", 9.5, 2, 30, 1140, 210, 1150),
            Placed("福建", 10.5, 2, 230, 1140, 260, 1151),
            Placed("侨乡春晚唱起来", 10.5, 2, 230, 1125, 330, 1136),
            Placed("本报记者  林  涛", 9.5, 2, 230, 1110, 320, 1120),
            Placed("晋江一个侨乡村里，从海外回乡的乡亲和村民同台演出，一台村晚办得热热闹闹。", 9.5, 2, 230, 1040, 410, 1105),
        ]);

        var roundUp = Assert.Single(issue.Articles);
        Assert.Equal("春节走基层", roundUp.Headline);
        Assert.Contains("侨乡春晚唱起来", string.Concat(roundUp.Subheadings));
    }

    [Fact]
    public void Assemble_PieceAtTheTopOfTheNextPageAfterARoundUpThatEnded_StartsAnArticleOfItsOwn()
    {
        // A district page: the round-up's pieces end on the first page; the second page opens with a report of its own.
        var issue = PageAssembler.Assemble(
        [
            Placed("冬日暖流", 21, 1, 30, 150, 800, 171),
            Placed("东大", 10.5, 1, 30, 125, 60, 136),
            Placed("老年食堂开餐", 10.5, 1, 30, 110, 130, 121),
            Placed("本报记者  王  敏", 9.5, 1, 30, 95, 120, 105),
            Placed("12月起，东大街道两家老年食堂开餐，70岁以上老人每餐优惠3元。", 9.5, 1, 30, 40, 800, 90),
            Placed("西关", 10.5, 2, 230, 1140, 260, 1151),
            Placed("消防演练进小区", 10.5, 2, 230, 1125, 330, 1136),
            Placed("本报记者  李  华", 9.5, 2, 230, 1110, 320, 1120),
            Placed("西关街道联合消防救援站，在辖区5个小区开展冬季消防演练，200余名居民参加。", 9.5, 2, 230, 1040, 410, 1105),
        ]);

        Assert.Equal(2, issue.Articles.Count);
    }
    [Fact]
    public void Assemble_PictureStoriesSideBySideUnderAPlaceKicker_AreTwoStoriesNotARoundUp()
    {
        // A national daily's culture page: under a commentary, two picture stories under their rules side by side, the
        // left one's place kicker in small type over its headline; each closed only by its photographer's credit under
        // the picture.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("让传统节日焕发新活力", 21, 1, 30, 1100, 800, 1121) with { UnderRule = true },
            Placed("传统节日承载着民族的文化记忆，过好节日，也是在传承文化。", 9.5, 1, 30, 850, 800, 1090),
            PlacedDisplay("天坛公园", 12, 1, 30, 810, 210, 822) with { UnderRule = true },
            PlacedDisplay("新年第一场雪后游人如织", 15, 1, 30, 785, 210, 800),
            Placed("1月1日，雪后的天坛银装素裹，不少市民、游客前来赏雪拍照。", 9.5, 1, 30, 700, 210, 775),
            Placed("图为游客在祈年殿前拍照。", 9.5, 1, 45, 685, 150, 695),
            new PageBlock("", 1, Hint: BlockHint.PictureGap, Bbox: new BoundingBox(30, 555, 210, 675)),
            Placed("本报记者 王 欣摄", 8.5, 1, 125, 540, 210, 550) with { Hint = BlockHint.Caption },
            PlacedDisplay("冰雪运动 激情迎新", 21, 1, 230, 800, 800, 821) with { UnderRule = true },
            Placed("1月1日上午，某市滑雪场举行迎新滑雪比赛，200余名爱好者参加。", 9.5, 1, 230, 710, 410, 788),
            new PageBlock("", 1, Hint: BlockHint.PictureGap, Bbox: new BoundingBox(430, 670, 610, 790)),
            Placed("刘 洋摄（人民视觉）", 8.5, 1, 520, 655, 605, 665) with { Hint = BlockHint.Caption },
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal(("天坛公园", "新年第一场雪后游人如织"), (issue.Articles[1].Kicker, issue.Articles[1].Headline));
        Assert.Equal("冰雪运动 激情迎新", issue.Articles[2].Headline);
    }

    [Fact]
    public void Assemble_PictureStoriesSideBySideUnderAStreetKicker_InDistrictPageStyle_AreTwoStories()
    {
        // A district newsletter: under a report, a street office's name over the first picture story's title and a second
        // picture story beside it; photographers' credits only.
        var issue = PageAssembler.Assemble(
        [
            PlacedDisplay("全区冬季供暖平稳运行", 20, 1, 30, 900, 800, 920) with { UnderRule = true },
            Placed("本报讯 入冬以来，全区集中供暖面积达420万平方米，运行平稳。", 10, 1, 30, 650, 800, 890),
            PlacedDisplay("西关街道", 11, 1, 30, 610, 280, 622) with { UnderRule = true },
            PlacedDisplay("腊八粥香飘社区", 14, 1, 30, 588, 280, 602),
            Placed("1月2日，西关街道五一路社区志愿者为辖区老人送上热腾腾的腊八粥。", 10, 1, 30, 520, 280, 580),
            new PageBlock("", 1, Hint: BlockHint.PictureGap, Bbox: new BoundingBox(30, 415, 280, 515)),
            Placed("赵 红摄", 8.5, 1, 220, 400, 280, 410) with { Hint = BlockHint.Caption },
            PlacedDisplay("新春游园会开幕", 18, 1, 300, 600, 800, 620) with { UnderRule = true },
            Placed("1月2日，区文化馆新春游园会开幕，猜灯谜、写春联吸引不少居民。", 10, 1, 300, 530, 500, 590),
            new PageBlock("", 1, Hint: BlockHint.PictureGap, Bbox: new BoundingBox(520, 485, 800, 590)),
            Placed("孙 亮摄", 8.5, 1, 740, 470, 800, 480) with { Hint = BlockHint.Caption },
        ]);

        Assert.Equal(3, issue.Articles.Count);
        Assert.Equal("腊八粥香飘社区", issue.Articles[1].Headline);
        Assert.Equal("新春游园会开幕", issue.Articles[2].Headline);
    }
}
