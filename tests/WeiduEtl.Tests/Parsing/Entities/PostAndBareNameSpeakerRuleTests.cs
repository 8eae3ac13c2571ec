using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers printed by their post alone after they were named with it (该局局长说, “…”发言人说), names that open a clause
/// after a quotation before a verb of saying with an object (“…”王某叮嘱施工方), and names before 一同/一起, on made-up
/// sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class PostAndBareNameSpeakerRuleTests
{
    [Theory]
    [InlineData("魏都区民政局局长李明在会上作了发言。该局局长说：“今年要把养老服务做实做细，让老人满意。”", "李明")]
    [InlineData("外交部发言人孙立平主持例行记者会。“中方对此表示欢迎，愿同各方一道努力。”发言人说。", "孙立平")]
    public void Extract_PostAloneAfterItsHolderWasNamed_IsThatPerson(string body, string speaker)
    {
        var (found, rule) = Entities.OnlyQuote(body);

        Assert.Equal(speaker, found);
        Assert.Equal("quote-post-named", rule);
    }

    [Theory]
    [InlineData("在一家医院门诊，患者王晓红来复诊。护士长向她介绍：“这个系统能查到所有记录。”")]
    [InlineData("社区主任向他解释：“这项补贴下个月就能发到位。”")]
    public void Extract_PronounAfterAPost_IsNoName(string body) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Name.Contains('她') || p.Name.Contains('他'));

    [Fact]
    public void Extract_PostOfAnotherBody_StaysAsPrinted() =>
        Assert.Equal("公司经理", Entities.OnlyQuote("魏都区民政局局长李明出席了签约仪式。“今年效益不错，明年还要扩产。”公司经理说。").Speaker);

    [Theory]
    [InlineData("“一定要确保安全，绝不能出事。”刘涛叮嘱施工方负责人。", "刘涛")]
    [InlineData("“这项技术已经成熟，可以在全国推广。”张明远告诉前来调研的专家。", "张明远")]
    public void Extract_NameAfterAQuotationBeforeAVerbOfSayingWithAnObject_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("东大街道办事处主任高广勇、副主任李森一同参加活动。", "李森")]
    [InlineData("全国人大常委会副委员长张海一同出席开幕式。", "张海")]
    public void Extract_NameBeforeTogether_EndsBeforeIt(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));
}
