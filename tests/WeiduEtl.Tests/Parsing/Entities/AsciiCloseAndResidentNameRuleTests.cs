namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A web copy's “ closed by the ASCII " (“…。"某某说。) is a quotation closed there, so the speaker after it is read; and a full
/// name after the phrase of where the person lives (家住某某小区的某某某说) is a person at one sight, as after an age.
/// Made-up sentences in a repost site's, a county media centre's and a city evening paper's style.
/// </summary>
public sealed class AsciiCloseAndResidentNameRuleTests
{
    [Theory]
    [InlineData("会议开始。“换届是一件非常严肃的事情,务必严格遵守纪律。\"镇党委书记孙立平说。", "孙立平")]
    [InlineData("“今年的收成比去年好多了!\"种粮大户郑国庆高兴地说。", "郑国庆")]
    [InlineData("活动结束后,“这样的服务真贴心,我们都很满意。\"社区居民代表表示。", "社区居民代表")]
    public void Extract_QuoteClosedByAnAsciiMark_TakesTheSpeakerAfterIt(string body, string speaker)
    {
        var quote = Assert.Single(Entities.Extract(body).Quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.DoesNotContain("说", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A " inside a quotation that a ” closes on its line is a mark within it, and ASCII marks that pair each other open no quotation.
    [InlineData("“他说\"好\"就走了,大家都笑了。”王建华回忆。", "他说\"好\"就走了,大家都笑了。")]
    [InlineData("他把这次活动叫作\"暖心行动\",大家都很支持。", null)]
    public void Extract_AsciiMarkInsideAQuotationOrPaired_IsNoClose(string body, string? text)
    {
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(text is null ? [] : [text], quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("“路灯亮了,晚上出门再也不怕了。”近日,家住东门巷18号大院的孙桂英见到记者时高兴地说。", "孙桂英")]
    [InlineData("“平安是福,不影响别人。”家住城关社区的郭海峰说到。", "郭海峰")]
    [InlineData("每天下午,家住文峰街道莲池社区的邵建国都会来到楼下。", "邵建国")]
    public void Extract_FullNameAfterWhereThePersonLives_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.People(body).Select(p => p.Name));

    [Theory]
    [InlineData("“环境好多了。”家住河东小区的陈阿姨笑着说。")]
    [InlineData("家住该小区的居民都很满意。")]
    [InlineData("家住不远的她每天都来。")]
    public void Extract_FormOfAddressOrWordAfterWhereThePersonLives_IsNoFullName(string body) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Name.Length == 3);
}
