namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Short words in quotation marks after a verb of saying and its comma are speech (据某局负责人介绍，“…”。; 某某表示，“…”。), and a verb of
/// calling out attributes what it prints to the one who calls, 有人 'someone' too; made-up sentences in the styles of a
/// city daily, an evening paper and a county newsletter.
/// </summary>
public sealed class ShortReportAndCallingRuleTests
{
    [Theory]
    [InlineData("据县交通运输局相关负责人介绍，“新线路下月开通”。", "县交通运输局相关负责人")]
    [InlineData("县人民医院院长韩冰表示，“床位够用”。", "韩冰")]
    [InlineData("村委会主任孟庆山说，“账目全部公开”。", "孟庆山")]
    public void Attribute_ShortWordsAfterAVerbOfSayingAndComma_AreItsSpeakersQuotation(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("晚上七点，有人喊“开饭了”，工友们放下工具围了过来。", "有人")]
    [InlineData("刚进院门，门卫老周高喊“来客人了”。", "门卫老周")]
    public void Attribute_VerbOfCallingOut_NamesTheOneWhoCalls(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    /// <summary>Where the rule must not fire: terms after a verb that is not of saying, or named by 叫.</summary>
    [Theory]
    [InlineData("村里办起了“农家书屋”，还建了“文化广场”。")]
    [InlineData("大家把这种做法叫“积分制”，效果很好。")]
    [InlineData("有人把这里称作“小江南”。")]
    public void Extract_TermAfterAnotherVerb_IsNoQuotation(string body) =>
        Assert.Empty(Entities.Extract(body).Quotes);
}
