using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Quotations printed back to back (“…，…”“…”“…”……): a span in a run with a sentence's punctuation makes the whole run
/// speech, and an owner named after the run's ellipsis (……某书记的一系列重要论述) speaks each of them.
/// Made-up sentences in the styles of a national daily's commentary and a district newsletter (许昌日报 魏都区).
/// </summary>
public sealed class QuoteRunRuleTests
{
    [Theory]
    [InlineData("“点赞，暖心，感动”“向最美环卫工致敬”“你们辛苦了”……一条条留言，刷屏了朋友圈。", 3)]
    [InlineData("“这才是好干部，实实在在”“为民办事不含糊”……街坊们的议论，传遍了整个小区。", 2)]
    public void Find_SpansBackToBackWithSpeech_AreAllQuotations(string body, int count) =>
        Assert.Equal(count, Entities.Extract(body).Quotes.Count);

    [Theory]
    [InlineData("县里成立了“河道采砂整治工作领导小组”“垃圾分类小组”，专班推进。")]
    [InlineData("会议提出“坚持稳中求进工作总基调”“扩大内需”等要求。")]
    public void Find_RunOfNamesOrSlogansWithoutPunctuation_AddsNoQuotation(string body) =>
        Assert.DoesNotContain(Entities.Extract(body).Quotes, q => q.Text.Length < 8);

    [Theory]
    [InlineData("改革进入深水区。“改革要敢于啃硬骨头，敢于涉险滩”“让群众有更多获得感”……国务院副总理刘建新的一系列重要论述，为改革指明了方向。", "刘建新")]
    [InlineData("城市管理年活动启动了。“城市管理要像绣花一样精细，不能粗放”“把小事当大事办”……区委书记王立军的这些重要论断，全区干部记在心上。", "王立军")]
    public void Attribute_RunOwnedAfterTheEllipsis_IsTheOwners(string body, string speaker)
    {
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(speaker, q.Speaker));
    }

    [Fact]
    public void Extract_OwnerAfterTheRun_IsAPerson() =>
        Assert.Contains("刘建新", Entities.Names("“改革要敢于啃硬骨头，敢于涉险滩”……国务院副总理刘建新的一系列重要论述，为改革指明了方向。", MentionKind.Person));
}
