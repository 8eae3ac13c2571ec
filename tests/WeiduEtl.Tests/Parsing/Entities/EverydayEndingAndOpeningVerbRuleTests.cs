using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Words that end in an institution's letter but name no body, and verbs that open the run before a body's name, on
/// made-up sentences in the styles of an evening paper's sports page, a city daily and a county newsletter: a game of a
/// match (首局, 第二局), a spot on a way (入口处), 办 and 处 as verbs, the particle 所 after a work or in a 如 frame,
/// and the verb whose object the body is (对接|, 翻开|, 应聘|, 主持|).
/// </summary>
public sealed class EverydayEndingAndOpeningVerbRuleTests
{
    [Theory]
    [InlineData("女排联赛半决赛中，主队以25∶21先胜首局。第二局客队连得5分，决胜局主队笑到最后。")]
    [InlineData("在景区入口处和停车场路口处，志愿者为游客指路。")]
    [InlineData("镇里集中力量办大事，一批民生实事年底前都能办成。")]
    [InlineData("对售卖假冒种子的，依法处以罚款；老周遇事泰然处之。")]
    [InlineData("这些老照片所承载的乡愁，让人大开眼界。")]
    [InlineData("正如一位老教师所指出的，读书要有恒心。")]
    public void Extract_EverydayWordWithAnEndingLetter_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("春节前，县里对接宁波市鄞州区总工会，组织消费帮扶。", "宁波市鄞州区总工会")]
    [InlineData("今年他应聘许昌市魏都区人民医院，成了一名护士。", "许昌市魏都区人民医院")]
    [InlineData("翻开许昌学院的校史，一串名字熠熠生辉。", "许昌学院")]
    public void Extract_VerbBeforeTheBody_OpensNoPartOfItsName(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    /// <summary>Where the rules must not fire: an ordinal after a body's name, a bureau before 办, a research institute in a 如 place.</summary>
    [Theory]
    [InlineData("中铁二局承建的大桥昨日合龙。", "中铁二局")]
    [InlineData("县扶贫办表示，今年要办好十件实事。", "县扶贫办")]
    [InlineData("如皋市农科所研究员李明说，新品种已经推广。", "如皋市农科所")]
    public void Extract_BodyNearTheseWords_IsStillABody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
}
