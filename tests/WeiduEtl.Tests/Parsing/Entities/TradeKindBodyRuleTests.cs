using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A utility, a health station or a co-operative named by its trade alone (供电局, 防疫站, 农业种植合作社) is any place's, a
/// common noun; a place or a name before the trade (某市供电局, 中国农业银行, 华中农业大学) says which one.
/// Made-up sentences in a county paper's, a city evening paper's and a web copy's style.
/// </summary>
public sealed class TradeKindBodyRuleTests
{
    [Theory]
    [InlineData("停电后,居民们多次找到供电局反映情况。", "供电局")]
    [InlineData("当年村里只有一间小小的防疫站。", "防疫站")]
    [InlineData("他带头成立农业种植合作社,带着乡亲们致富。", "农业种植合作社")]
    public void Extract_BodyNamedByItsTradeAlone_IsNoOrganisation(string body, string kind) =>
        Assert.DoesNotContain(kind, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("主动与枣阳市供电局协调,很快解决了问题。", "枣阳市供电局")]
    [InlineData("中国农业银行发布公告,下调贷款利率。", "中国农业银行")]
    [InlineData("来自华中农业大学的学生们走进田间。", "华中农业大学")]
    public void Extract_TradeAfterAPlaceOrName_IsAnOrganisation(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));
}
