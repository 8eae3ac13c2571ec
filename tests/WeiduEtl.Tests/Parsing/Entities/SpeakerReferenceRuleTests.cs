namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers referred to rather than named at the verb: a pronoun after a conjunction (但他…，“…”), a view framed by 在X眼中,
/// a phrase of manner that shares the sentence's subject (，指着…说：), a surname with a post as a form of address (陈局长),
/// a group that opens the colon's own clause (村民们就鼓起掌来：), and a subject that opens a long clause after its post.
/// Made-up sentences in the styles of a national daily and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class SpeakerReferenceRuleTests
{
    [Theory]
    [InlineData("驻村第一书记韩明在村里蹲点半年。蚊虫叮咬、酷暑难耐，但他总觉得这不算什么，“最难的是摸清每户的底数。”", "韩明")]
    [InlineData("网格员李秀芝每天走访二十多户。可她从不叫苦，“居民的事再小也是大事。”", "李秀芝")]
    public void Attribute_PronounAfterAConjunction_RefersBack(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("记者采访了中国农业大学教授孙立平。在孙立平眼中，“乡村振兴，人才是关键。”", "孙立平")]
    [InlineData("社区党委书记赵红梅干了十年社区工作。在赵红梅心里，“居民满意，就是最好的评价。”", "赵红梅")]
    public void Attribute_ViewFramedByZaiYanZhong_IsTheNamed(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("省农科院研究员马振华带着记者走进试验田，指着一片麦苗说：“这个新品种抗倒伏、产量高。”", "马振华")]
    [InlineData("村党支部书记周永强领着记者进了大棚，一边摘草莓一边说：“这一棚一年能卖五万元。”", "周永强")]
    public void Attribute_MannerPhraseBeforeTheVerb_IsNoGroupAndTheSubjectSpeaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("陈志明是省交通运输厅厅长。记者问起新线路，陈厅长笑着说：“明年通车，沿线县市都能受益。”", "陈志明")]
    [InlineData("魏都区城管局局长张卫东一早就到了现场。张局长对商户们说：“摊位往里挪一米，路就畅通了。”", "张卫东")]
    public void Attribute_SurnameAndPost_NamesThePersonWithThatPost(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("集团董事长郑大海的话音刚落，职工们就鼓起掌来：“说到我们心坎里了！”", "职工们")]
    [InlineData("村委会主任孙海的话音刚落，村民们就鼓起掌来：“好！我们也出一份力！”", "村民们")]
    public void Attribute_GroupOpeningTheColonsClause_SpeaksBeforeTheSentencesSubject(string body, string speaker) =>
        Assert.Equal((speaker, "quote-colon"), Entities.LastQuote(body));

    [Theory]
    [InlineData("某供电公司巡线工人马红梅每天清晨六点准时出门巡线，“线路安全，千家万户才能过好年。”", "马红梅")]
    [InlineData("魏都区环卫工人赵小红每天凌晨四点准时上岗清扫，“习惯了，一点也不觉得累。”", "赵小红")]
    public void Attribute_SubjectOpeningALongClause_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);
}
