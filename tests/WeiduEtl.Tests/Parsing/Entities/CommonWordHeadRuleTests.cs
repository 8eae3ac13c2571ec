using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The words before an institution ending read by the common-word dictionary, on made-up sentences in the styles of a
/// business weekly, an evening paper's community page, a county newsletter and a campus report: everyday nouns and verbs
/// alone name no body (价值中心, 改善社区), a verb ending everyday words opens the name after it (共同探讨|某某社区), a level's
/// government is a body (市政府), and a campus is named by its university (某大学某某校区, not 某大学|新校区 or 某大学校|长).
/// </summary>
public sealed class CommonWordHeadRuleTests
{
    [Theory]
    [InlineData("这家物流企业想成为全城的价值中心，再做成区域的供应链中心。", "价值中心")]
    [InlineData("这家物流企业想成为全城的价值中心，再做成区域的供应链中心。", "供应链中心")]
    [InlineData("志愿者每周寻访社区里的独居老人，也出力改善社区环境。", "寻访社区")]
    [InlineData("志愿者每周寻访社区里的独居老人，也出力改善社区环境。", "改善社区")]
    [InlineData("周末，妈妈联盟的成员在公园里摆摊义卖。", "妈妈联盟")]
    [InlineData("厂里新建了质量控制实验室，产品合格率明显提高。", "质量控制实验室")]
    public void Extract_EverydayWordsBeforeTheEnding_NameNoBody(string body, string notABody) =>
        Assert.DoesNotContain(notABody, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("两地代表共同探讨汇龙社区的养老经验。", "汇龙社区")]
    [InlineData("这个项目获得市政府的大力支持。", "市政府")]
    [InlineData("去年，县政府投入资金三千万元修路。", "县政府")]
    [InlineData("近年来，青山县委、县政府把茶产业当作富民产业来抓。", "县政府")]
    public void Extract_VerbEndingEverydayWords_OpensTheNameAfterIt(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("新生们在江城大学南湖校区报到。", "江城大学南湖校区")]
    [InlineData("江城大学校长在开学典礼上致辞。", "江城大学")]
    [InlineData("滨江学院新校区明年九月启用。", "滨江学院")]
    public void Extract_Campus_IsNamedByItsUniversity(string body, string organisation)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(organisation, names);
        Assert.DoesNotContain(names, n => n.StartsWith(organisation, StringComparison.Ordinal) && n.Length == organisation.Length + 1);
        Assert.DoesNotContain("滨江学院新校区", names);
    }

    /// <summary>Where the rule must not fire: an adjective that names a community, bureaus in a list after a named one, a national body.</summary>
    [Theory]
    [InlineData("家住幸福社区的老人们说，楼道亮了。", "幸福社区")]
    [InlineData("滨海区人社局、商务局、民政局联合发文。", "商务局")]
    [InlineData("滨海区人社局、商务局、民政局联合发文。", "民政局")]
    [InlineData("他在国家信息中心工作了十年。", "国家信息中心")]
    [InlineData("他在民生银行开了户。", "民生银行")]
    public void Extract_NamedBodyOfCommonWords_IsStillABody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
}
