using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Quotations on made-up sentences in the styles of a national daily and a district page: words the next sentence calls
/// a song or a saying have no speaker; words called out (有人喊“开饭了”) are speech however short; a relative opening the
/// clause before the comma (老伴哭了，“…”) speaks; and Tibetan names of the common syllables are read whole.
/// </summary>
public sealed class VerseCallingAndKinQuoteRuleTests
{
    [Theory]
    [InlineData("队长李强常常哼起它。“是那高山的云，伴着我们的帐篷……”这是一首写地质队员的歌。李强从那年起就唱着它。")]
    [InlineData("区文化馆馆长刘红爱听老人讲故事。“一年四季好风光，魏都人民喜洋洋。”这是魏都区流传多年的一首民谣。")]
    public void Extract_WordsTheNextSentenceCallsASong_HaveNoSpeaker(string body)
    {
        var (speaker, rule) = Entities.LastQuote(body);

        Assert.Null(speaker);
        Assert.Equal("quote-verse", rule);
    }

    [Theory]
    [InlineData("正午时分，一辆卡车开到工地，有人喊“吃饭了”，大家围了过来。", "吃饭了")]
    [InlineData("网格员王芳在楼下高喊“开会了”，居民们陆续下楼。", "开会了")]
    public void Extract_ShortWordsCalledOut_AreSpeech(string body, string words) =>
        Assert.Equal(words, Assert.Single(Entities.Extract(body).Quotes).Text);

    [Fact]
    public void Extract_WordAfterSay_StaysATerm() =>
        Assert.Empty(Entities.Extract("我们要坚决向形式主义说“不”。").Quotes);

    [Theory]
    [InlineData("他又回到了工地。老伴听说了，赶来看他。见面那一刻，老伴哭了，“都五十岁的人了，可得悠着点呀。”", "老伴")]
    [InlineData("王大爷退休后当起了网格员。奶奶笑着摇头，“他呀，一天不忙就闲不住。”", "奶奶")]
    public void Extract_RelativeOpeningTheClause_SpeaksAsPrinted(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("“同志们，跟我上！”公安处处长洛桑泽仁作战前动员。", "洛桑泽仁")]
    [InlineData("在激烈的交火中，民警洛松益西不幸中弹。", "洛松益西")]
    public void Extract_TibetanNameOfCommonSyllables_IsReadWhole(string body, string name) =>
        Assert.Contains(name, Entities.People(body).Select(p => p.Name));
}
