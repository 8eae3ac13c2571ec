using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// 向, 对 or 跟 and the one spoken to between the speaker and the verb after a quotation, on made-up lines in the styles
/// of an evening paper's consumer page and a county newsletter; and the words where the letters are no
/// preposition (面对, 一向) or 向 opens a name.
/// </summary>
public sealed class HearerPhraseSpeakerRuleTests
{
    [Theory]
    [InlineData("“这是一款保本的理财产品。”王经理向顾客介绍说。", "王经理")]
    [InlineData("“这款茶叶今年卖得最好。”一名店员向游客推介时说。", "一名店员")]
    [InlineData("“明天一早就出发。”带队的老支书对身边的党员说。", "老支书")]
    public void Extract_HearerPhraseBeforeTheVerb_SpeakerStandsBeforeIt(string body, string speaker)
    {
        var (said, _) = Entities.OnlyQuote(body);
        Assert.NotNull(said);
        Assert.Contains(speaker, said);
        Assert.DoesNotContain(said!, s => s is '向' or '对' or '跟');
    }

    [Theory]
    [InlineData("“这是一款保本的理财产品。”王经理向顾客介绍说。")]
    [InlineData("“菜价很稳。”摊主向记者介绍。")]
    public void Extract_TowardAPersonNoun_IsNoName(string body) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Name.StartsWith('向'));

    [Theory]
    [InlineData("“我一直想回乡创业。”村民向阳说。", "向阳")]
    [InlineData("“困难总会过去。”面对记者，志愿者李红梅说。", "李红梅")]
    public void Extract_NameOrWordWithTheLetter_KeepsTheSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
