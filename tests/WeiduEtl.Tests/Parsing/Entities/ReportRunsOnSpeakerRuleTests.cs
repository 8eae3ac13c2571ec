namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A speaker's report runs on into the next sentence of the paragraph, which quotes them without naming anyone (X表示，…。
/// 近年来，…，“…”), a speaker named by a post as much as by a name; a body's representative who tells this paper's reporter
/// speaks the quotation after. Made-up sentences in
/// the styles of a national daily and a district page.
/// </summary>
public sealed class ReportRunsOnSpeakerRuleTests
{
    [Theory]
    [InlineData("中国商会新闻发言人表示，两国经贸往来日益密切。自从航线开通以来，往来的客商明显增多，“我们的订单翻了一番，明年还会更好。”", "中国商会新闻发言人")]
    [InlineData("东大街道相关负责人介绍，老旧小区改造是今年的重点。经过半年施工，小区面貌焕然一新，“居民们都说住得更舒心了，我们也干得更有劲了。”", "东大街道相关负责人")]
    public void Extract_QuotationInASentenceNamingNoOne_IsTheSpeakerOfTheSentenceBefore(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("一家跨国粮商代表告诉本报记者，当地大豆今年又获丰收。“中国市场的需求带动了这里的种植业。”", "一家跨国粮商代表")]
    [InlineData("一家快递企业代表告诉本报记者，魏都区的新仓库已投入使用。“货物周转快了，成本也降了不少。”", "一家快递企业代表")]
    public void Extract_RepresentativeTellingThisPapersReporter_SpeaksTheQuotationAfter(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
