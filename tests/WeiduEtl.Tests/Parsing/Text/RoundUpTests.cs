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
}
