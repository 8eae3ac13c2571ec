namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>Review of round 38: quotations its located-kind rule must not give to a group or a verb phrase.</summary>
public sealed class Round38FalseFiringTests
{
    [Theory]
    [InlineData("“路修好了，大家出行方便多了。”青石路社区工作人员李娜介绍。", "李娜")]
    [InlineData("“这条路通了，果子好卖了。”张书记带领全村村民修路。", "张书记")]
    [InlineData("“景色太美了！”来自全国各地区游客纷纷点赞。", null)]
    public void Attribute_Round38(string body, string? speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
    [Theory]
    [InlineData("“我很开心。”张同学说。", "张同学")]
    [InlineData("“大家辛苦了。”县长带领全县干部群众植树。", null)]
    [InlineData("“活动很有意义。”来自城南社区的党员志愿者说。", "党员志愿者")]
    public void Attribute_Round38_Probe(string body, string? speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
