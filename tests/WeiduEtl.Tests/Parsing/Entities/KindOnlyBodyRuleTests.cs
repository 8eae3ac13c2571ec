using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A body made only of words of a kind and a bare institution (社区党委, 社区居委会, 社区服务中心, 供暖公司, 水务分公司) names no
/// organisation: the community's organs, the heating firm of whichever place the report is in. A community or a firm named
/// before the kind keeps its name, and the kind's body still speaks for the report's community when it opens the clause
/// before a quotation. Made-up lines in the style of a city evening paper, a provincial daily's community page and a
/// district news site.
/// </summary>
public sealed class KindOnlyBodyRuleTests
{
    [Theory]
    [InlineData("居民们按时参加社区党委会议，积极参加各项活动。", "社区党委")]
    [InlineData("平时还能跟邻居在这儿晒太阳，社区居委会给咱们办了件实事。", "社区居委会")]
    [InlineData("崭新的社区服务中心也将投入使用。", "社区服务中心")]
    [InlineData("先前自来水公司与供暖公司确实维修过管道，但没有告知居民。", "供暖公司")]
    [InlineData("诚达物业、水务分公司等17家单位纳入社区大党委。", "水务分公司")]
    public void Extract_BodyOfAKindOnly_IsNoOrganisation(string body, string kindBody) =>
        Assert.DoesNotContain(kindBody, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("万源南里社区党委广泛征求老年人意见，多次实地走访。", "万源南里社区党委")]
    [InlineData("记者来到皇城街道西华社区居委会了解情况。", "皇城街道西华社区居委会")]
    [InlineData("沈北新区供暖公司近日完成了管网改造。", "沈北新区供暖公司")]
    public void Extract_BodyOfAKindAfterAName_KeepsTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("不久前，社区党委痛下决心，“电路保洁物业负责，活动设施社区解决”，问题一下子解决了。", "社区党委")]
    [InlineData("听完大家的意见，社区居委会当场表态，“座椅月底前就装好”，老人们鼓起了掌。", "社区居委会")]
    public void Extract_BodyOfAKindOpeningTheClause_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);
}
