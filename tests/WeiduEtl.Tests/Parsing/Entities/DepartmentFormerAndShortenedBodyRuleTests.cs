using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Bodies named around the usual endings: a department in 科 before its post (某医院麻醉科副主任), 原 'former' before a
/// renamed body (原某某部), and a company printed first with its ending and then without it (某某源集团 … 某某源).
/// Made-up sentences in the styles of a national daily and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class DepartmentFormerAndShortenedBodyRuleTests
{
    [Theory]
    [InlineData("北京协和医院心内科副主任刘洋说，冬季要注意防寒。", "北京协和医院心内科", "刘洋")]
    [InlineData("魏都区人民医院骨科主任黄强带队义诊。", "魏都区人民医院骨科", "黄强")]
    public void Extract_DepartmentInKeBeforeItsPost_IsTheBodyOfThePost(string body, string organisation, string person)
    {
        var found = Entities.Extract(body).Mentions;
        Assert.Contains(found, m => m.Kind == MentionKind.Organisation && m.Name == organisation);
        Assert.Equal(organisation, Assert.Single(found, m => m.Kind == MentionKind.Person && m.Name == person).Organisation);
    }

    [Theory]
    [InlineData("他考上了大学本科，学科带头人是他的导师。")]
    [InlineData("街道办组织居民学习外科急救知识。")]
    public void Extract_KeOfAFieldOrADegree_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('科'));

    [Theory]
    [InlineData("2015年原卫生部、国家发展改革委联合印发通知。", "卫生部")]
    [InlineData("2010年原许昌县教育局在此建起一所小学。", "许昌县教育局")]
    public void Extract_FormerBeforeABody_OpensNoName(string body, string organisation)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(organisation, names);
        Assert.DoesNotContain("原" + organisation, names);
    }

    [Fact]
    public void Extract_PlaceOpeningWithYuan_KeepsIt() =>
        Assert.Contains("原阳县人民政府", Entities.Names("原阳县人民政府发布通告。", MentionKind.Organisation));

    [Theory]
    [InlineData("绿源丰集团在云南种植番茄。今年，绿源丰二期温室开工建设。", "绿源丰")]
    [InlineData("魏都鑫达实业有限公司新建了厂房。魏都鑫达实业的工人正忙着装车。", "魏都鑫达实业")]
    public void Extract_CompanyPrintedAgainWithoutItsEnding_IsTheSameBody(string body, string shortened) =>
        Assert.Contains(shortened, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_StemPrintedBeforeTheCompany_IsNoBody() =>
        Assert.DoesNotContain("共享单车", Entities.Names("共享单车涨价了。一些共享单车公司说成本高。市民骑共享单车出行。", MentionKind.Organisation));
}
