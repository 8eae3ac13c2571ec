namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// False people of evening papers, county reports and court news: slogans and themes whose halves a middle dot joins
/// (“某某·某某”主题活动), a platform and its paper before 记者, 居民 before a name, 任 'serving as' before 双组长 or
/// 副组长, 成立 and 包保 after a post, 接受 and 看来 after a name, and 区长 read across an area and a street named
/// with 长 (高新区长安路). Made-up sentences.
/// </summary>
public sealed class SloganAndServingAsRuleTests
{
    [Fact]
    public void Extract_PlatformAndPaperBeforeReporter_IsNoPerson() =>
        Assert.DoesNotContain(Entities.People("晚报讯（江城云·江城晚报记者 周立）昨日，全市首个夜市开张。"), p => p.Name.Contains('·'));

    [Fact]
    public void Extract_DottedNameOutsideQuotes_IsStillAPerson() =>
        Assert.Contains(Entities.People("牧民阿依古丽·托合提家今年新添了十头牛。"), p => p.Name == "阿依古丽·托合提");

    [Theory]
    [InlineData("退休后，居民胡秀兰组建了舞蹈队。胡秀兰说，跳舞让人年轻。", "胡秀兰")]
    [InlineData("“早上出门方便多了。”居民苏晓梅说。", "苏晓梅")]
    public void Extract_NameAfterResident_IsTheNameAlone(string body, string name) =>
        Assert.Equal([name], Entities.People(body).Select(p => p.Name).Distinct());

    [Theory]
    [InlineData("社区党委书记刘洁接受记者采访时说，加装电梯已完成投票。", "刘洁")]
    [InlineData("在东坝乡副乡长丁睿看来，湿地公园让周边居民多了去处。", "丁睿")]
    public void Extract_TwoLetterNameBeforeJieshouOrKanlai_EndsBeforeTheVerb(string body, string name) =>
        Assert.Equal(name, Assert.Single(Entities.People(body)).Name);

    [Theory]
    [InlineData("当天，“书香满城·悦读同行”读书月活动在市图书馆启动。")]
    [InlineData("市中院开展“重温初心使命·争做时代先锋”主题党日活动。")]
    [InlineData("“山海相连·携手共富”系列展演持续到月底。")]
    [InlineData("该县成立由书记、县长任双组长的领导小组，统筹推进项目建设。")]
    [InlineData("区里成立专班，分管副区长任副组长。")]
    [InlineData("全市推行领导包保重点企业制度，干部包联到户。")]
    [InlineData("记者在高新区长安路一处小区看到，垃圾已清运完毕。")]
    [InlineData("经开区长江路沿线的商铺陆续开门。")]
    public void Extract_QuotedSloganServingAsOrAreaBeforeAStreet_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));
}
