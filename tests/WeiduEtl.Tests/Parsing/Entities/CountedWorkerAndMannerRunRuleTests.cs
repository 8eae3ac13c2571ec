namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A counted stranger named by the longer noun (一位环卫工人, not 一位环卫工), and a speaker after a quotation who is
/// described doing something while speaking (一边…一边说); made-up sentences in the styles of an evening paper and a
/// county newsletter.
/// </summary>
public sealed class CountedWorkerAndMannerRunRuleTests
{
    [Theory]
    [InlineData("一位环卫工人说：“天再冷也得扫。”", "一位环卫工人")]
    [InlineData("一名外卖骑手说：“中午最忙。”", "一名外卖骑手")]
    public void Attribute_CountedStranger_IsTheWholeNoun(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“每天早上六点就得出门。”快递小哥王强一边分拣包裹一边说。", "快递小哥王强")]
    [InlineData("“这批苗子长得好。”护林员们一边巡山一边告诉记者。", "护林员们")]
    public void Attribute_SpeakerDoingSomethingWhileSpeaking_EndsBeforeTheManner(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    /// <summary>Where the rule must not fire: a counted noun that a verb follows keeps its own length (一位村民|说).</summary>
    [Fact]
    public void Attribute_CountedNounBeforeItsVerb_KeepsItsLength() =>
        Assert.Equal("一位村民", Entities.OnlyQuote("一位村民说：“路修好了。”").Speaker);
}
