namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A named meeting as the subject of a verb of stating before a quotation speaks as printed; a person speaking at a
/// meeting is the speaker, and a bare 会议 names no meeting. Made-up sentences in the styles of a national daily and a
/// district page.
/// </summary>
public sealed class MeetingSpeakerRuleTests
{
    [Theory]
    [InlineData("2019年10月，党的十九届四中全会明确提出，要“坚持和完善党的领导，推进国家治理现代化”。", "党的十九届四中全会")]
    [InlineData("中央经济工作会议强调：“要坚持稳字当头，确保经济运行在合理区间。”", "中央经济工作会议")]
    [InlineData("春节将至。魏都区委常委会要求，要“抓好安全生产，确保群众平安过节”。", "魏都区委常委会")]
    public void Extract_NamedMeetingBeforeAVerbOfStating_Speaks(string body, string meeting)
    {
        var (speaker, rule) = Entities.LastQuote(body);

        Assert.Equal(meeting, speaker);
        Assert.Equal("quote-meeting", rule);
    }

    [Fact]
    public void Extract_PersonSpeakingAtAMeeting_IsTheSpeaker() =>
        Assert.Equal("李明", Entities.LastQuote("魏都区委书记李明在区委常委会上强调，“安全生产这根弦一刻也不能松。”").Speaker);

    [Fact]
    public void Extract_BareMeeting_IsNoMeetingSpeaker() =>
        Assert.NotEqual("会议", Entities.LastQuote("会议强调，“要坚持稳字当头，确保经济运行在合理区间。”").Speaker);
}
