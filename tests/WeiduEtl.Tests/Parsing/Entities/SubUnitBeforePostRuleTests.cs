using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A body's office, section or division printed after it and before a post and a name, on made-up lines in the styles
/// of a provincial daily, an evening paper and a county newsletter; and two bodies side by side, or joined, before a
/// post, which stay apart.
/// </summary>
public sealed class SubUnitBeforePostRuleTests
{
    [Theory]
    [InlineData("“要把群众的事办好。”江西省政协文史委员会办公室主任黄立伟说。", "江西省政协文史委员会办公室", "黄立伟", "主任")]
    [InlineData("山东省临沂市纪委监委第三审查调查室主任孙建业接到一个电话。", "山东省临沂市纪委监委第三审查调查室", "孙建业", "主任")]
    [InlineData("“通行效率提升了一倍。”长沙南站枢纽管委会综合科科长刘志强介绍。", "长沙南站枢纽管委会综合科", "刘志强", "科长")]
    [InlineData("湖北省人大常委会法工委立法处处长周海明表示，条例将于下月施行。", "湖北省人大常委会法工委立法处", "周海明", "处长")]
    public void Extract_SubUnitAfterItsBodyBeforeAPost_IsOneBody(string body, string organisation, string name, string title)
    {
        var bodies = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(organisation, bodies);
        Assert.DoesNotContain(bodies, b => b != organisation && organisation.StartsWith(b, StringComparison.Ordinal));
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(title, person.Title);
        Assert.Equal(organisation, person.Organisation);
    }

    [Theory]
    [InlineData("市教育局与市卫健委办公室主任刘红梅说，材料已经备齐。", "市教育局与市卫健委办公室")]
    [InlineData("会上，省人大常委会省政协办公室主任吴秀兰作了说明。", "省人大常委会省政协办公室")]
    [InlineData("江西省政协文史委员会办公室日前发布了征集启事。", "江西省政协文史委员会办公室")]
    [InlineData("区人民医院会议室里，院长黄建国正在开会。", "区人民医院会议室")]
    public void Extract_BodiesSideBySideOrNoPost_AreNotJoined(string body, string joined) =>
        Assert.DoesNotContain(joined, Entities.Names(body, MentionKind.Organisation));
}
