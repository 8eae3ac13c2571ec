namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Quoted phrases without a sentence's punctuation that their clause runs through (a county's slogans, an evening paper's
/// event names, a list of campaigns joined by 、): no speech, however long; words set off by a colon, a verb of saying or
/// a verb of calling stay speech. And someone brought in by a count who opens the sentence speaks the words a verb opening
/// a later clause introduces (一位游客…，不由感叹道：“…”), on made-up lines of a travel page and a city page.
/// </summary>
public sealed class EmbeddedTermAndCountedSubjectRuleTests
{
    [Theory]
    [InlineData("县里统筹“修路、治水、兴业、惠民生、强基层”等重点工作，进展顺利。")]
    [InlineData("该镇坚持实施“生态立镇、产业富民、文化兴镇”三大战略，经济稳步增长。")]
    [InlineData("市体育局主办的“全民健身跑进社区百日行动”系列赛昨日启动。")]
    [InlineData("省交通厅对“第二批农村公路示范县推荐名单”进行公示。")]
    [InlineData("该区开展“文明家庭——邻里守望互助”、“巷子里的好人好事”等评选。")]
    [InlineData("据了解，“城南片区智慧停车服务平台”通过整合车位资源，缓解了停车难。")]
    [InlineData("沿江十公里，“水清岸绿、鱼翔浅底、人水和谐”的景象又回来了。")]
    [InlineData("区里成立了“老旧小区加装电梯工作推进专班” 统筹协调各方。")]
    public void Extract_PhraseTheClauseRunsThrough_IsNoQuote(string body) =>
        Assert.Empty(Entities.Extract(body).Quotes);

    [Theory]
    [InlineData("球迷们纷纷表示“这场比赛踢得实在太精彩了”，久久不愿离场。")]
    [InlineData("老队长笑着说：“明年咱们还要种更多更好的果树”。")]
    [InlineData("赛后主教练强调“我们还要继续提高整体防守强度”。")]
    [InlineData("“今年的收成比去年好上一大截”“明年合作社还要再扩大种植面积”，种粮大户刘建华说。")]
    public void Extract_WordsSetOffFromTheClause_StayAQuote(string body) =>
        Assert.NotEmpty(Entities.Extract(body).Quotes);

    [Theory]
    [InlineData("一位外地游客走进展厅，不由感叹道：“没想到这个小县城有这么多宝贝！”", "一位外地游客")]
    [InlineData("一位老大爷拄着拐杖走过来，大声问道：“新开的药店几点开门？”", "一位老大爷")]
    public void Extract_CountedStrangerOpensTheSentence_SpeaksTheLaterClausesWords(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Entities.Extract(body).Quotes).Speaker);
}
