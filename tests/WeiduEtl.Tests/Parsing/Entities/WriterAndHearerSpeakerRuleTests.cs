namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The writer's own words and the one spoken to: 我 as the subject of a verb of saying (or opening the sentence after
/// a quotation that opens its paragraph) is the speaker as printed; 对她/跟我/提醒他们/问老乡 name who hears, not who
/// speaks; V道 before the quotation is saying. Made-up sentences in the styles of a national daily's feature and a
/// district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class WriterAndHearerSpeakerRuleTests
{
    [Theory]
    [InlineData("记者跟随巡线队上山。半路上，我问队长：“这条线路巡一趟要多久？”")]
    [InlineData("8月12日晚，我跟着城管队员来到魏源广场。“今晚生意不错嘛。”我笑着说。")]
    [InlineData("“社区的事，再小也是大事。”至今，我还记得刚到社区报到时的心情。")]
    public void Attribute_WriterInTheFirstPerson_IsMe(string body) => Assert.Equal("我", Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("区长张立新走进办公室，他对我说：“今年要办好十件实事。”", "张立新")]
    [InlineData("我国外交部发言人说：“中方欢迎各方参与。”", "我国外交部发言人")]
    public void Attribute_MeAsTheOneSpokenToOrAsACountry_IsNotTheSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("居民孔晓梅来社区办事，社区工作人员对她说：“材料都齐了，三天后来取。”", "社区工作人员")]
    [InlineData("在天津一家医院门诊，患者王晓红来复诊。护士长向她介绍：“这个系统能查到所有记录。”", "护士长")]
    public void Attribute_PronounSpokenTo_IsNotTheSpeaker(string body, string speaker) => Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("临走前，城管队员还不忘叮嘱瓜农：“有困难打电话。”", "城管队员", "叮嘱")]
    [InlineData("发布会上，外交部发言人反问记者：“这公平吗？”", "外交部发言人", "反问")]
    [InlineData("公交车上，一位农民工坐在地上。司机宽慰道，“人人平等，您快坐座位。”", "司机", "宽慰道")]
    [InlineData("听说要修路，老支书笑道：“盼了多少年，终于盼来了！”", "老支书", "笑道")]
    public void Attribute_VerbWithItsHearerOrWithDaoBeforeTheQuotation_IsSaying(string body, string speaker, string verb)
    {
        var quote = Entities.Extract(body).Quotes[^1];
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(verb, quote.Verb);
    }

    [Fact]
    public void Attribute_ZhiDaoBeforeTheQuotation_IsNoSaying() =>
        Assert.Null(Entities.LastQuote("大家都知道：“天下没有免费的午餐，贪小便宜要吃大亏。”").Speaker);
}
