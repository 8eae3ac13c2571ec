namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A speaker printed after a quotation who opens the next one with a colon (“…。”X说：“…”) speaks the next words only:
/// the quotation before is not theirs. Made-up sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class ColonForwardSpeakerRuleTests
{
    [Theory]
    [InlineData("《纲要》提出，要“加快建设现代化经济体系，推动高质量发展。”企业负责人王立新说：“这给我们指明了方向。”", "王立新")]
    [InlineData("区里印发的方案明确要求“各社区要在月底前完成摸排，做到不漏一户。”东大街道办事处主任高明说：“我们已经提前完成了。”", "高明")]
    public void Extract_SpeakerWhoOpensTheNextQuotationWithAColon_SpeaksOnlyTheNext(string body, string speaker)
    {
        var quotes = Entities.Extract(body).Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[0].Speaker);
        Assert.Equal(speaker, quotes[1].Speaker);
    }

    [Theory]
    [InlineData("“这给我们指明了方向，干劲更足了。”企业负责人王立新说。", "王立新")]
    [InlineData("“我们已经提前完成了，一户不漏。”东大街道办事处主任高明说，接下来还要回头看。", "高明")]
    public void Extract_SpeakerAfterAQuotationWithoutAColon_StillSpeaksIt(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
