using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Words that end like a station, a court or a bureau but name none: 站 the verb after an adverb of time (刚站了), a
/// station's building (站房), a courtyard (院落), and the particle 所 after 对…中; on made-up lines in the styles of a city
/// daily's station report, a capital paper's lane feature and a theory page.
/// </summary>
public sealed class StandingAndBuildingWordRuleTests
{
    [Theory]
    [InlineData("记者在服务台旁刚站了5分钟，就有十几名旅客上前问路。")]
    [InlineData("志愿者在检票口边才站了一会儿，就被认了出来。")]
    [InlineData("郑州东站站房总面积达到41万平方米。")]
    [InlineData("老街坊的胡同院落改造后焕然一新。")]
    [InlineData("问题意识来自对以往理论研究中所存在问题的梳理。")]
    public void Extract_VerbOrThingOfAPlace_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('站') || n.EndsWith('院') || n.EndsWith('所'));

    [Theory]
    [InlineData("北京西站站长李明介绍，春运客流高峰即将到来。", "北京西站")]
    [InlineData("中国农业科学院作物科学研究所的专家来到田间。", "中国农业科学院作物科学研究所")]
    [InlineData("县人民医院院长张强说，新院区年底投用。", "县人民医院")]
    public void Extract_BodyBeforeItsPostOrCase_StaysABody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
}
