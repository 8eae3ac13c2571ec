using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers read from the whole clause or sentence around a quotation: a long attribution after it, a quoted term inside
/// the sentence that names the speaker, a verb that is of saying only before a comma, a body's spokesman, a form of
/// address at the end of a description, the subject of the sentence before, and a post, a kind of person or a body that
/// opens the clause before a colon or comma when no one is named. Made-up lines in the style of provincial and city papers,
/// a national daily's law page and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class AttributionClauseRuleTests
{
    [Theory]
    [InlineData("“市场回暖比预想的快。”省商务厅党组成员、副厅长王建国近日在接受本报记者采访时表示。", "王建国", "quote-after")]
    [InlineData("“订单排到了明年三月。”县工业园区管委会主任刘海波上周在园区企业座谈会上说。", "刘海波", "quote-after")]
    [InlineData("村党支部书记张德胜说，今年种了三百亩。\n“路修通了，挣钱的路子也多了。”去年12月，在村里的“丰收节”活动现场，种粮大户李长根兴奋地说。", "李长根", "quote-next-sentence")]
    [InlineData("“这项改革让群众少跑了腿。”区政务服务中心主任孙丽华觉得，“下一步还要把更多事项搬到网上。”", "孙丽华", "quote-before")]
    [InlineData("“纳税人登录网站即可办理备案。”省税务局国际税务处相关负责人介绍，全省已实现全流程电子化。", "省税务局国际税务处相关负责人", "quote-after")]
    [InlineData("“以前这条河臭得很，路过都得捂着鼻子。”家住河东小区的赵阿姨指着门前的河道说。", "赵阿姨", "quote-after")]
    [InlineData("市旅游局副局长陈立峰在局里工作了十年。\n根据游客的不同需求，陈立峰负责审定每条线路。“从导游到设计师，不只是名称的变化。”", "陈立峰", "quote-previous-subject")]
    [InlineData("“这件事大家都有责任。”去年冬天，市旅游局副局长陈立峰的同事、工程师王芳在店里说。", "王芳", "quote-sentence-after")]
    [InlineData("当她再次申请离职时，公司经理表现十分强势：“要么继续干，要么马上走，工资一分不给。”", "公司经理", "quote-colon")]
    [InlineData("说起门前三包，夜市摊主态度坚决：“谁家门前脏了谁负责，绝不给城管添麻烦。”", "夜市摊主", "quote-colon")]
    [InlineData("不久前，社区党委痛下决心，“电路保洁物业负责，活动设施社区解决”，问题一下子解决了。", "社区党委", "quote-comma-subject")]
    [InlineData("会后，魏都区城管局立下规矩，“门前三包不落实，一律不准外摆”，商户们纷纷响应。", "魏都区城管局", "quote-comma-subject")]
    public void Extract_SpeakerOfTheClauseOrSentence_IsFound(string body, string speaker, string rule) =>
        Assert.Equal((speaker, rule), Entities.LastQuote(body));

    [Theory]
    [InlineData("工程师王芳昨天在会上介绍了新工艺。", "王芳")]
    public void Extract_NameBeforeAWordOfTime_EndsBeforeIt(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Fact]
    public void Extract_SentenceBeforeAboutWhatSomeoneOwns_GivesNoSpeaker()
    {
        var quote = Entities.Extract("市旅游局副局长陈立峰在局里工作了十年。\n陈立峰的电脑里存着数百份方案。“这些方案都不是一成不变的。”").Quotes[0];
        Assert.Null(quote.Speaker);
    }
}
