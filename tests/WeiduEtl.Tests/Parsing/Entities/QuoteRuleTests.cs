namespace WeiduEtl.Tests.Parsing.Entities;

public sealed class QuoteRuleTests
{
    [Theory]
    [InlineData("魏都城管局局长周海燕这样说：“城管做了该做的事，只能是合格。”", "周海燕", "这样说")]
    [InlineData("国家发展改革委新闻发言人孟玮表示，“今年经济运行总体平稳。”", "孟玮", "表示")]
    public void Extract_SpeakerAndVerbBefore_AttributesTheQuote(string body, string speaker, string verb)
    {
        var quote = Assert.Single(Entities.Extract(body).Quotes);
        Assert.Equal((speaker, verb, "quote-before"), (quote.Speaker, quote.Verb, quote.Rule));
        Assert.NotNull(quote.SpeakerMention);
    }

    [Theory]
    [InlineData("社区网格员林晓红每天入户。“说十遍不如做一遍。”林晓红说。", "林晓红", "说")]
    [InlineData("“咱城管可热心了，帮我们摆放桌椅。”商户们高兴地说道。", "商户们", "说道")]
    public void Extract_SpeakerAndVerbAfter_AttributesTheQuote(string body, string speaker, string verb)
    {
        var quote = Assert.Single(Entities.Extract(body).Quotes);
        Assert.Equal((speaker, verb, "quote-after"), (quote.Speaker, quote.Verb, quote.Rule));
    }

    [Fact]
    public void Extract_QuoteAfterSpeakerOfThePreviousQuote_HasTheSameSpeaker()
    {
        var quotes = Entities.Extract("“今年的西瓜全在本地卖。”瓜农鲁小国说，“有困难就找城管。”").Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("鲁小国", q.Speaker));
    }

    [Fact]
    public void Extract_QuoteContinuingAfterAttribution_KeepsTheSpeaker()
    {
        var quotes = Entities.Extract("“项目已经开工。”王建军说。“明年就能投产。”").Quotes;
        Assert.Equal(["quote-after", "quote-continued"], quotes.Select(q => q.Rule));
        Assert.Equal("王建军", quotes[1].Speaker);
    }

    [Fact]
    public void Extract_SpeakerInTheSentenceBefore_AttributesTheQuote()
    {
        var quotes = Entities.Extract("县委书记张振华介绍说，全县已脱贫。\n“我们还要巩固成果，防止返贫。”").Quotes;
        var quote = Assert.Single(quotes);
        Assert.Equal(("张振华", "quote-sentence-before"), (quote.Speaker, quote.Rule));
    }

    [Fact]
    public void Extract_PronounSpeaker_IsTheLastPersonNamed()
    {
        var quote = Assert.Single(Entities.Extract("社区党支部书记杨培然每天走访。他说：“群众的事再小也是大事。”").Quotes);
        Assert.Equal("杨培然", quote.Speaker);
    }

    [Theory]
    [InlineData("开展“五星”支部创建，践行“服务型执法”，学习《城市管理条例》。")]
    [InlineData("坚持“项目为王”，做到“五统一、三严禁、一规范”。")]
    public void Extract_QuotedTermsAndDocumentTitles_AreNoQuotes(string body) => Assert.Empty(Entities.Extract(body).Quotes);

    [Fact]
    public void Extract_SpeechWithoutSpeaker_IsUnattributed()
    {
        // Not 这是许多瓜农的回答 (the seed page's sentence): whose answer it is names the speaker (quote-words-owner).
        var quote = Assert.Single(Entities.Extract("“来许昌卖瓜，城管不撵，安心！”今年夏天，全市共设置了八个西瓜便民点。").Quotes);
        Assert.Equal(((string?)null, (string?)null, "quote-unattributed"), (quote.Speaker, quote.Verb, quote.Rule));
    }

    [Theory]
    [InlineData("“今年的活动办得很热闹，大家都很开心。”一位参与者说。", "一位参与者")]
    [InlineData("“以前办事要跑好几个部门，现在一次就办好了。”园区相关部门负责人说。", "园区相关部门负责人")]
    public void Extract_GroupOrRoleAfterQuotation_IsTheSpeaker(string body, string speaker)
    {
        var quote = Assert.Single(Entities.Extract(body).Quotes);
        Assert.Equal((speaker, "说", "quote-after"), (quote.Speaker, quote.Verb, quote.Rule));
    }

    [Theory]
    [InlineData("村里来了新书记。“好日子全靠党的好政策，日子越过越红火")]
    [InlineData("说话间，老游说：“还不老，身体棒着呢")]
    public void Extract_QuotationLeftOpenAtTheEndOfTheBody_IsReadToTheEnd(string body) =>
        Assert.Single(Entities.Extract(body).Quotes);
}
