namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A quotation that opens its paragraph, and the sentence after it: a form of address there speaks when no one is
/// named (北京的王女士花…), a person whose home is entered does not (进了村民X家), and a run of quotations printed back
/// to back is read past to the sentence after the last, across an ellipsis, outranking a guess at the person in focus.
/// A report or complaint named there (接到群众举报, 居民投诉) gives the words to whoever made it.
/// Made-up sentences in the styles of a national daily's consumer page and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class NextSentenceSpeakerRuleTests
{
    [Theory]
    [InlineData("“办卡两万多，不办卡四万多。怎么算，都是办卡更实惠。”\n2019年夏天，北京朝阳区的王女士花2万余元购买了某早教机构课程。", "王女士")]
    [InlineData("“孩子丢了，帮帮我们！”\n不久前，魏都区西大街派出所接到张先生报警，称儿子放学后没有回家。", "张先生")]
    public void Attribute_FormOfAddressInTheNextSentence_Speaks(string body, string speaker) =>
        Assert.Equal((speaker, "quote-next-sentence"), Entities.OnlyQuote(body));

    [Theory]
    [InlineData("走在路上的村党支部书记申学风心里暖意融融。\n“你要不信？跟我去村民家里瞅瞅！”说话就进了村委会主任闫春光家。", "申学风")]
    [InlineData("魏都区东大街道网格员王秀兰每天走访居民。\n“有啥难处，跟我说说！”说着就进了退休干部、楼栋长李德明家。", "王秀兰")]
    public void Attribute_PersonWhoseHomeTheNextSentenceEnters_IsNoSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("城管局局长景海燕带队巡查夜市。\n“这是我的电话号码，有事随时联系。”“我每天都在这里巡逻。”……在春秋广场夜市，执法中队中队长朱文博一边分发联系卡，一边和商户交谈。", "朱文博")]
    [InlineData("记者见到了县长李国强。\n“这是我的名片，有事随时找我。”“我每周都来这里。”……在县城夜市，镇党委书记王建华一边走一边介绍。", "王建华")]
    public void Attribute_RunOfQuotationsOpeningAParagraph_IsTheNextSentencesPersons(string body, string speaker) =>
        Assert.All(Entities.Extract(body).Quotes, q => Assert.Equal(speaker, q.Speaker));

    [Theory]
    [InlineData("“北洛河河水变黑，正在流向下游。”\n2019年5月，一条群众举报让县检察院检察长胡永富赶紧前往现场。", "群众")]
    [InlineData("“楼道灯坏了半个月，一直没人管。”\n8月10日，魏都区西关街道接到居民投诉后，立即派人维修。", "居民")]
    [InlineData("“改厕是好事，可清理费我们用不起啊。”\n6月上旬，委员王立新在走访中遇到一位大娘在诉苦。", "大娘")]
    public void Attribute_ReportOrComplaintInTheNextSentence_IsTheReportersWords(string body, string speaker) =>
        Assert.Equal((speaker, "quote-next-sentence"), Entities.OnlyQuote(body));
}
