using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The national people's organisations named by 全国 or 中国 and a shortened kind, or by the centre (全国妇联, 团中央, 中国科协),
/// on made-up sentences in the styles of a national daily and a county newsletter.
/// </summary>
public sealed class NationalPeoplesOrganisationRuleTests
{
    [Theory]
    [InlineData("中华全国总工会、团中央、全国妇联联合发出倡议。", new[] { "中华全国总工会", "团中央", "全国妇联" })]
    [InlineData("中国科协和全国工商联在京召开座谈会。", new[] { "中国科协", "全国工商联" })]
    public void Extract_NationalPeoplesOrganisation_IsABody(string body, string[] organisations)
    {
        var found = Entities.Names(body, MentionKind.Organisation);
        foreach (var organisation in organisations)
        {
            Assert.Contains(organisation, found);
        }
    }

    /// <summary>Where the rule must not fire: 全国 before a kind of body names none (全国各地的协会), and a county's federation keeps its county.</summary>
    [Fact]
    public void Extract_KindAfterNationwideOrACountysFederation_IsReadAsBefore()
    {
        var found = Entities.Names("来自全国的行业协会代表齐聚一堂，襄城县妇联也派人参加。", MentionKind.Organisation);
        Assert.DoesNotContain(found, n => n.StartsWith("全国", StringComparison.Ordinal));
        Assert.Contains("襄城县妇联", found);
    }
}
