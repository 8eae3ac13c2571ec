using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Where an organisation's name starts and ends, on made-up sentences in the styles of a national daily and a district
/// page: a division whose name holds a stop letter, a party committee's departments and schools, verbs of sending and
/// founding before a body, 不动产 in a registry's name, a former holder's post after its body, and 办, 厂 and 站 in
/// verbs and counts.
/// </summary>
public sealed class OrganisationNameRunRuleTests
{
    [Theory]
    [InlineData("呼和浩特市委宣传部日前印发通知。", "呼和浩特市委宣传部")]
    [InlineData("近日，平和县民政局工作人员来到魏都区西大街道交流经验。", "平和县民政局")]
    public void Extract_DivisionHoldingAStopLetter_OpensTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_ConjunctionAfterABodysEnding_JoinsTwoBodies() =>
        Assert.DoesNotContain(Entities.Names("农村信用合作社和村镇银行都已开通业务。", MentionKind.Organisation), n => n.Contains('和', StringComparison.Ordinal));

    [Theory]
    [InlineData("魏都区委组织部相关负责同志说，这项工作已全面铺开。", "魏都区委组织部")]
    [InlineData("省委组织部日前召开会议。", "省委组织部")]
    [InlineData("市委党校教授王建华说，这是一次有益的尝试。", "市委党校")]
    [InlineData("许昌市委党校举办培训班。", "许昌市委党校")]
    public void Extract_PartyCommitteesDepartmentOrSchool_IsTheBody(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_DepartmentLeadingALaterTitle_IsNoBodyOnItsOwn()
    {
        const string body = "区委常委、组织部部长张建国主持会议。";

        Assert.DoesNotContain("组织部", Entities.Names(body, MentionKind.Organisation));
        Assert.Equal("区委常委、组织部部长", Assert.Single(Entities.People(body)).Title);
    }

    [Theory]
    [InlineData("老人被紧急送往许昌市中心医院抢救。", "许昌市中心医院")]
    [InlineData("他带头创办东沟村红薯粉丝厂，带动群众增收。", "东沟村红薯粉丝厂")]
    [InlineData("企业家李某创办华成电子有限公司。", "华成电子有限公司")]
    [InlineData("魏都区不动产登记中心推出延时服务。", "魏都区不动产登记中心")]
    public void Extract_BodyAfterAVerbOfSendingOrFounding_StartsAfterTheVerb(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_FormerHoldersPostAfterAPartyCommittee_KeepsTheCommittee()
    {
        var person = Assert.Single(Entities.People("西大街道党工委原书记刘建设介绍了经验。"));

        Assert.Equal("原书记", person.Title);
        Assert.Equal("西大街道党工委", person.Organisation);
        Assert.Contains("内蒙古自治区党委", Entities.Names("内蒙古自治区党委原常委、某市委原书记受到处分。", MentionKind.Organisation));
    }

    [Theory]
    [InlineData("大家商量着办，事情就好办了。")]
    [InlineData("产品出厂前都要经过检测。")]
    [InlineData("推行一站式服务，群众少跑腿。")]
    [InlineData("遇到难题怎么办？")]
    public void Extract_VerbOrCountWithAnInstitutionEnding_IsNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));
}
