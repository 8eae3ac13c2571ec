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
}
