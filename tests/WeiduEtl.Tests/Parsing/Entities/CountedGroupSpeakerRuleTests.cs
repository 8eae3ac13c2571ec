namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A group brought in by a number, opening a clause of the sentence after a quotation no one else is given, on made-up
/// lines in the styles of a county newsletter and an evening paper; and groups that are only counted, not speaking.
/// </summary>
public sealed class CountedGroupSpeakerRuleTests
{
    [Theory]
    [InlineData("“欢迎回家！”腊月二十八下午，200多名村民早早聚在村口，迎接返乡的游子。", "200多名村民")]
    [InlineData("“这个窗口能办医保吗？”开门不到半小时，就有30多位市民前来咨询。", "30多位市民")]
    [InlineData("“过年好！”上百名环卫工人捧着饺子互相拜年。", "上百名环卫工人")]
    public void Attribute_CountedGroupOpeningAClauseAfterTheQuote_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“合作社让我们看到了希望。”目前，全村已有120名村民加入合作社。")]
    [InlineData("“坚持以人民为中心的发展思想。”会议要求，各地要组织3名干部驻村。")]
    [InlineData("“今年的收成不错。”3名村民的果园都通过了认证。")]
    public void Attribute_GroupOnlyCounted_IsNoSpeaker(string body) =>
        Assert.Null(Entities.OnlyQuote(body).Speaker);
}
