namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Verbs that take an object as often (回忆, 解释, 补充, 笑称) are of saying when they end the clause after the
/// quotation; made-up sentences in the styles of an evening paper, a city daily and a county newsletter.
/// </summary>
public sealed class ClauseFinalVerbSpeakerRuleTests
{
    [Theory]
    [InlineData("“那年冬天雪特别大，路都封了。”退休教师范桂兰回忆。", "范桂兰")]
    [InlineData("“新设备一装，效率翻了一番。”车间主任邵长河解释，过去全靠手工。", "邵长河")]
    [InlineData("“明年还要再扩建两个大棚。”合作社理事长贾玉成笑称。", "贾玉成")]
    [InlineData("“窗口办件不用再跑第二趟。”县政务服务中心主任温丽娟补充。", "温丽娟")]
    public void Attribute_VerbEndingTheClauseAfterTheQuotation_NamesItsSubject(string body, string speaker)
    {
        var (found, rule) = Entities.OnlyQuote(body);
        Assert.Equal(speaker, found);
        Assert.Equal("quote-after", rule);
    }

    /// <summary>Where the rule must not fire: the same word as a noun after 的 is what the quotation is, not a verb of saying.</summary>
    [Theory]
    [InlineData("“一碗热汤面”，是老街坊们共同的回忆。")]
    [InlineData("“家门口的好医生”，这是群众给卫生院的评价。")]
    public void Attribute_SameWordAsANounAfterDe_IsNoAttributionAfter(string body) =>
        Assert.DoesNotContain(Entities.Extract(body).Quotes, q => q.Rule == "quote-after");
}
