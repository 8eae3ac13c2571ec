namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers named by a group, a post or a kind of person rather than a name, on made-up lines in the styles of an evening
/// paper, a sports page, a court report and a readers' page: a group with a word of how many (不少市民, 无数网友) or one at a
/// meeting (与会者) opening a colon's clause or the sentence after, past frames of the occasion (年货节上，) or the moment
/// (看到…，说起…，); a post that is all of the clause after a quotation
/// (客队主帅坦言); a body that 回复称; adverbs of where and how widely (当庭, 普遍) between speaker and verb. And groups only
/// talked about, which speak nothing.
/// </summary>
public sealed class GroupAndPlainSpeakerRuleTests
{
    [Theory]
    [InlineData("座谈会上，与会者达成这样的共识：“乡村振兴，人才是第一位的。”", "与会者")]
    [InlineData("视频发布后，无数网友在评论区留言：“太暖心了，为消防员点赞！”", "无数网友")]
    [InlineData("新政公布当天，不少市民专门赶到服务大厅：“终于不用来回跑了。”", "不少市民")]
    public void Attribute_GroupOpeningTheColonClause_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“今年的年货比往年便宜多了。”年货节上，不少市民拎着年货走出商场。", "不少市民")]
    [InlineData("“这样的老师真难得。”毕业典礼后，许多家长自发围到讲台前。", "许多家长")]
    [InlineData("“你们辛苦了！”看到巡逻归来的民警，居民们纷纷递上热茶。", "居民们")]
    [InlineData("“这条路我们盼了十年。”说起新修的公路，不少村民抹起了眼泪。", "不少村民")]
    public void Attribute_GroupOpeningTheSentenceAfterAnOccasion_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("“我们没有打出自己的水平，对手的防守很出色。”在赛后的新闻发布会上，客队主帅坦言。", "客队主帅")]
    [InlineData("“钱一定会一分不少地退回去。”庭审结束前，涉事公司负责人表示。", "涉事公司负责人")]
    public void Attribute_PostThatIsTheWholeClauseAfter_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("对于读者反映的路灯问题，区城管局回复称：“已安排人员现场核查。”", "区城管局")]
    [InlineData("专家们普遍认为，“明年楼市将保持平稳。”", "专家们")]
    public void Attribute_BodyOrGroupBeforeTheVerb_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Fact]
    public void Attribute_DefendantSpeakingInCourt_IsTheDefendant()
    {
        var speaker = Entities.OnlyQuote("庭审中，被告人孙某当庭表示：“我认罪，愿意退还全部款项。”").Speaker;
        Assert.NotNull(speaker);
        Assert.Contains("孙某", speaker);
        Assert.DoesNotContain("当庭", speaker);
    }

    [Theory]
    [InlineData("“今年的年货比往年便宜多了。”年货节上，记者看到不少市民拎着年货。")]
    [InlineData("“春节我们照常营业。”展销会上，许多市民的购物车都装满了。")]
    [InlineData("“这个价格真划算。”在超市里，货架上的年货所剩无几。")]
    [InlineData("“你们辛苦了！”看到巡逻归来的民警，小区门口的灯一下子亮了。")]
    public void Attribute_GroupOnlyTalkedAbout_IsNoSpeaker(string body) =>
        Assert.Null(Entities.LastQuote(body).Speaker);
}
