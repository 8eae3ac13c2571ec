using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Short words quoted as speech by where they stand (opening a sentence before a comma and a clause of saying, or closing
/// a sentence a clause of saying reports), words owned by a form of address or a voice that has just stopped (话音未落),
/// and a nickname after a kind of person, on made-up sentences in the styles of an evening paper, a sports page and a
/// county report.
/// </summary>
public sealed class ShortSpeechAndVoiceRuleTests
{
    [Theory]
    [InlineData("“就盼着这一天”，68岁的果农刘长根告诉记者。", "就盼着这一天")]
    [InlineData("“这球踢得痛快”，赛后队长笑着说。", "这球踢得痛快")]
    [InlineData("摊主告诉记者，开业那天门口排起了长队，“比过年还热闹”。", "比过年还热闹")]
    public void Extract_ShortWordsAClauseOfSayingReports_AreAQuotation(string body, string start) =>
        Assert.StartsWith(start, Assert.Single(Entities.Extract(body).Quotes).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("“双减”政策落地后，不少家长表示欢迎。")]
    [InlineData("今年以来，全县推进“厕所革命”。")]
    [InlineData("“菜篮子”，关系千家万户的餐桌。")]
    public void Extract_TermOpeningOrClosingASentenceWithoutSaying_IsNoQuotation(string body) =>
        Assert.Empty(Entities.Extract(body).Quotes);

    [Fact]
    public void Extract_QuotationOpeningASentenceBeforeItsSpeaker_IsThatSpeakers()
    {
        const string body = "“就盼着这一天”，68岁的果农刘长根告诉记者。";

        Assert.Equal("刘长根", Entities.OnlyQuote(body).Speaker);
    }

    [Fact]
    public void Extract_WordsOwnedByAFormOfAddress_AreThatPersons()
    {
        const string body = "“车位的事能不能再想想办法？”昨天的业主座谈会上，业主老孙的一句诉求，引起了大家共鸣。";

        Assert.Contains("老孙", Entities.OnlyQuote(body).Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“明天的比赛我们一定拿下！”队长话音未落，看台上已响起掌声。", "队长")]
    [InlineData("“价格还能再降一点吗？”市民王秀英话音刚落，摊主便笑了起来。", "王秀英")]
    public void Extract_VoiceThatHasJustStopped_SpokeTheQuotation(string body, string speaker) =>
        Assert.Contains(speaker, Entities.OnlyQuote(body).Speaker, StringComparison.Ordinal);

    [Theory]
    [InlineData("“这家店的汤真地道，下次还来。”网友小鹿回复道。", "小鹿")]
    [InlineData("“门口的灯终于亮了，晚上出门不怕了。”居民阿芳说。", "阿芳")]
    public void Extract_NicknameAfterAKindOfPerson_SpeaksWithIt(string body, string speaker)
    {
        Assert.Contains(speaker, Entities.OnlyQuote(body).Speaker, StringComparison.Ordinal);
        Assert.DoesNotContain(speaker, Entities.Names(body, MentionKind.Person));
    }

    [Fact]
    public void Extract_CountedGroupAfterADescription_SpeaksTheQuotationBefore()
    {
        const string body = "比赛结束了。“今天的场地太滑了，好几次差点摔倒！”刚走下球场的几位小队员围着教练说个不停。";

        Assert.Equal("几位小队员", Entities.OnlyQuote(body).Speaker);
    }

    [Fact]
    public void Extract_DescribedSubjectOfTheSentenceBefore_SpeaksTheQuotation()
    {
        const string body = "记者来到河滩时，陪同采访的县水利局副局长刘德明，看到堤坝边新堆的沙袋，立即走过去查看。“汛期快到了，这些沙袋一个也不能少。”";

        Assert.Equal("刘德明", Entities.LastQuote(body).Speaker);
    }

    [Fact]
    public void Extract_FormOfAddressAfterADescription_IsSomeoneNew()
    {
        const string body = "住了二十年的老住户李国栋告诉记者：“楼道亮堂了。”正在晒太阳的李阿姨感慨道：“以前一下雨门口就积水，现在不会了。”";

        Assert.Equal("李阿姨", Entities.LastQuote(body).Speaker);
    }

    [Fact]
    public void Extract_FormOfAddressWithoutDescription_IsThePersonNamedBefore()
    {
        const string body = "进门的是老队员孙建华。“这是我们队里的老大哥，老孙！”队长介绍。老孙摆摆手说：“还年轻着呢。”";

        Assert.Equal("孙建华", Entities.LastQuote(body).Speaker);
    }
}
