using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Where a body's name opens and ends, on made-up sentences in the styles of a national daily and a district page: after
/// a year or a month (2013年|水利部), after a verb of going into or out of a body or of holding a post in it (走出|某学院,
/// 时任|某派出所所长) and of providing, finishing or asking (提供|某中心的服务); not at a verb that ends in an ending's letter or a part of the body (住院, 归队, 成群结队, 胸部);
/// and a team's or a works' number is part of its name (1203钻井队, 1203队).
/// </summary>
public sealed class DatedMovedAndNumberedBodyRuleTests
{
    [Theory]
    [InlineData("2013年水利部公布的数据显示，我国河流数量有所减少。", "水利部")]
    [InlineData("2019年魏都区民政局为辖区困难群众发放救助金。", "魏都区民政局")]
    [InlineData("今年1月魏都区教育局出台了新的课后服务办法。", "魏都区教育局")]
    public void Extract_BodyAfterAYearOrAMonth_OpensAfterTheDate(string body, string organisation) =>
        Assert.Equal([organisation], Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("那一年，他走出武汉大学的校门，踏进了一家研究所。", "武汉大学")]
    [InlineData("毕业后小刘走出许昌学院，回乡创业。", "许昌学院")]
    [InlineData("时任魏都区西关派出所所长的王强赶到现场。", "魏都区西关派出所")]
    public void Extract_BodyAfterAVerbOfGoingOrHolding_OpensAfterTheVerb(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("该平台免费提供国家政务服务中心的办事指南。", "国家政务服务中心")]
    [InlineData("队员们顺利完成许昌市档案馆的搬迁工作。", "许昌市档案馆")]
    [InlineData("记者询问魏都区政务服务中心的工作人员，得知新规已经实施。", "魏都区政务服务中心")]
    public void Extract_BodyAfterAVerbOfProvidingFinishingOrAsking_OpensAfterTheVerb(string body, string organisation) =>
        Assert.Equal([organisation], Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("伤员住院治疗半个月后，小战士伤愈重新归队。")]
    [InlineData("他被歹徒击中胸部，仍不肯掉队。")]
    [InlineData("听说庙会开了，附近的群众成群结队赶来。")]
    [InlineData("老人出院后，社区网格员每天上门看望。")]
    public void Extract_VerbOrPartEndingInAnEndingsLetter_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("1203钻井队的工人们在冰面上忙碌。", "1203钻井队")]
    [InlineData("别的队不想接这个活儿，1203队接了。", "1203队")]
    [InlineData("今年，3514工程队承担了魏都区的道路改造任务。", "3514工程队")]
    public void Extract_NumberBeforeATeam_IsPartOfItsName(string body, string organisation) =>
        Assert.Equal([organisation], Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("全区10所学校开设了课后服务。")]
    [InlineData("比赛进行到第3队上场时下起了雨。")]
    public void Extract_CountOrRankBeforeAnEnding_IsNoName(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => char.IsDigit(n[0]));
}
