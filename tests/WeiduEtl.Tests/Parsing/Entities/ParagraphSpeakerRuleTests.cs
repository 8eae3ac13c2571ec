namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers a paragraph gives: a person reported speaking earlier in the paragraph goes on speaking in a later
/// quotation, and a pull-quote line repeats words attributed later. Made-up sentences in the styles of a local report
/// and a national daily's foreign page.
/// </summary>
public sealed class ParagraphSpeakerRuleTests
{
    [Theory]
    [InlineData("区环保局局长韩立新表示，今年全区空气质量明显好转。下一步还将加大治理力度。“我们有信心打赢蓝天保卫战。”", "韩立新")]
    [InlineData("“两国合作前景广阔。”国际问题研究所所长杰克·史密斯指出，双边贸易额逐年增长。各领域交流日益密切。“我们期待更多项目早日落地。”", "杰克·史密斯")]
    public void Attribute_QuoteOpeningASentenceAfterTheParagraphsSpeaker_IsTheirs(string body, string speaker)
    {
        var last = Entities.Extract(body).Quotes[^1];
        Assert.Equal(speaker, last.Speaker);
        Assert.Equal("quote-paragraph-speaker", last.Rule);
    }

    [Fact]
    public void Attribute_AnotherPersonNamedAfterTheSpeaker_IsNotTheEarlierSpeakers()
    {
        var last = Entities.Extract("区环保局局长韩立新表示，今年全区空气质量明显好转。居民孔晓梅也感受到了变化。“现在出门能看见蓝天了。”").Quotes[^1];
        Assert.NotEqual("韩立新", last.Speaker);
    }

    [Theory]
    [InlineData("区环保局局长韩立新表示，今年全区空气质量明显好转。一家企业的经理态度强硬：“要么停产，要么搬走。”")]
    [InlineData("区环保局局长韩立新表示，今年全区空气质量明显好转。说起这些，老孔摆摆手，“还早着呢。”")]
    public void Attribute_QuoteAfterAColonOrInsideASentence_IsNotTheEarlierSpeakers(string body) =>
        Assert.NotEqual("韩立新", Entities.Extract(body).Quotes[^1].Speaker);

    [Theory]
    [InlineData("“留下好山好水，让乡亲们过上好日子”\n近年来，全县植树造林成效显著。“我们要留下好山好水，让乡亲们过上好日子。”县林业局局长曹德顺说。", "曹德顺")]
    [InlineData("“共建美丽乡村，惠及千家万户”\n新年伊始，记者来到这个小镇。“共建‘美丽乡村’，惠及千家万户，是我们的心愿。”镇长钱国栋说。", "钱国栋")]
    public void Attribute_PullQuoteLineWhoseWordsAreAttributedLater_TakesThatSpeaker(string body, string speaker)
    {
        var first = Entities.Extract(body).Quotes[0];
        Assert.Equal(speaker, first.Speaker);
        Assert.Equal("quote-repeated", first.Rule);
    }

    [Fact]
    public void Attribute_PullQuoteLineWithWordsNobodySays_StaysUnattributed()
    {
        var first = Entities.Extract("“留下好山好水，让乡亲们过上好日子”\n近年来，全县植树造林成效显著。“今年又新栽了十万棵树。”县林业局局长曹德顺说。").Quotes[0];
        Assert.Null(first.Speaker);
    }

    [Theory]
    [InlineData("会上，魏都区区长张立新对今年的民生工作信心十足：\n“今年要办好十件民生实事，件件落到实处。”", "张立新")]
    [InlineData("2019年5月9日，中央纪委国家监委发布的一则消息引发广泛关注：\n“某省原副省长涉嫌严重违纪违法，主动投案。”", "中央纪委国家监委")]
    public void Attribute_QuotationParagraphAfterAParagraphEndingInAColon_IsIntroducedByIt(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("区环保局局长韩立新表示，今年全区空气质量明显好转。去年以来，全区关停了三十多家污染企业，“今年空气优良天数将超过三百天，蓝天会越来越多”。", "韩立新")]
    [InlineData("“两国合作前景广阔。”国际问题研究所所长杰克·史密斯指出，双边贸易额逐年增长。近年来，各领域交流日益密切，“更多合作项目有望早日落地，惠及两国民众”。", "杰克·史密斯")]
    public void Attribute_QuotationAfterTheCommaOfASentenceNamingNoOne_GoesOnWithTheParagraphsSpeaker(string body, string speaker) =>
        Assert.Equal((speaker, "quote-paragraph-speaker"), Entities.LastQuote(body));
}
