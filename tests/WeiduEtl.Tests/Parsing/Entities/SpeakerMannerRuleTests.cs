namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers printed with the manner of their saying, a colon without a verb, or time and place before them; made-up
/// sentences in the styles of a feature, a local report and a profile.
/// </summary>
public sealed class SpeakerMannerRuleTests
{
    [Theory]
    [InlineData("“这条路修了三年。”韩立新一边走一边说。", "韩立新")]
    [InlineData("“订单太多了，根本忙不过来。”正在打包的店主孔晓梅抬起头说。", "孔晓梅")]
    [InlineData("“今年的橘子甜。”果农曹德顺指着树梢告诉记者。", "曹德顺")]
    [InlineData("“稻子保住了。”去年秋天，在田埂上巡查的种植户钱国栋兴奋地说。", "钱国栋")]
    public void Attribute_NameThenMannerThenVerb_NamesThePerson(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“这活儿不好干。”韩立新的妻子说。")]
    [InlineData("“这活儿不好干。”韩立新和同事们说。")]
    public void Attribute_NameAsPossessorOrOneOfAPair_IsNotTheSpeaker(string body) =>
        Assert.NotEqual("韩立新", Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“今天的客流比往年多了一成。”郑州东站相关负责人说。", "郑州东")]
    [InlineData("“欢迎市民前来参观。”许昌东站值班员热情地说。", "许昌东")]
    public void Attribute_PlaceOpeningTheClause_IsNoNameBeforeAManner(string body, string notAName)
    {
        Assert.NotEqual(notAName, Entities.OnlyQuote(body).Speaker);
        Assert.DoesNotContain(notAName, Entities.People(body).Select(p => p.Name));
    }

    [Theory]
    [InlineData("对此，邵振华深有感触：“我们还要继续努力。”", "邵振华")]
    [InlineData("雷启明回忆起当年的情景：“那时候一下雨就走不了。”", "雷启明")]
    public void Attribute_ColonAfterAClauseAboutAPerson_IsThatPersonsQuote(string body, string speaker)
    {
        var (found, rule) = Entities.OnlyQuote(body);
        Assert.Equal(speaker, found);
        Assert.Equal("quote-colon", rule);
    }

    [Fact]
    public void Attribute_ColonQuoteThenAnotherPersonsVerb_StaysWithTheColon()
    {
        var quotes = Entities.Extract("研究员邵振华还大胆设想：“能不能把这项技术用到月球上？”中心主任雷启明认为，这个设想有道理。").Quotes;
        Assert.Equal("邵振华", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("正如韩立新所说：“好日子是干出来的。”", "韩立新")]
    [InlineData("用孔晓梅的话说：“这是一次难得的机会。”", "孔晓梅")]
    [InlineData("在曹德顺看来，“种田也要讲科学。”", "曹德顺")]
    public void Attribute_NameInAFrameOfSaying_IsTheSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
