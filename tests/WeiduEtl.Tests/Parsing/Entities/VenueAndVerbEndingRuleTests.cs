using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Words that end like a body's name but name no body, on made-up sentences in the styles of a national daily and a
/// district page: halls, stations and headquarters (unless a post follows), an ending's letter opening a verb or a
/// part, the particle 所 of a passive, and 局 of a situation.
/// </summary>
public sealed class VenueAndVerbEndingRuleTests
{
    [Theory]
    [InlineData("春运首日，旅客在郑州东站候车大厅有序排队。")]
    [InlineData("市民可到许昌站乘车，也可在魏都区行政服务中心办事大厅办理。")]
    [InlineData("这家跨国企业把亚太总部设在上海，新建了一座充电站。")]
    [InlineData("旅客可在乌鲁木齐站和兰州站换乘。")]
    public void Extract_HallStationOrHeadquarters_IsNoOrganisation(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('厅') || n.EndsWith('站') || n.EndsWith('部'));

    [Theory]
    [InlineData("旅客在许昌站候车。许昌站党委副书记王建民介绍，今年春运将加开临客。", "许昌站")]
    [InlineData("北京西站人流如织。“旅客满意是我们的目标。”北京西站站长李红说。", "北京西站")]
    public void Extract_StationBeforeAPost_IsThePostsBodyAndOnlyThere(string body, string organisation)
    {
        var found = Entities.Extract(body).Mentions;

        Assert.Equal(organisation, Assert.Single(found, m => m.Kind == MentionKind.Person).Organisation);
        Assert.Equal(body.LastIndexOf(organisation, StringComparison.Ordinal), Assert.Single(found, m => m.Kind == MentionKind.Organisation).CharStart);
    }

    /// <summary>An ending's letter opening a verb or a part, the particle 所 of a passive (被…所, 为…所), and 局 of a situation or a queue.</summary>
    [Theory]
    [InlineData("改革开放以来，中国处处充满生机与活力。")]
    [InlineData("中国女排又一次站上世界最高领奖台。")]
    [InlineData("老宅的红色院门格外醒目。")]
    [InlineData("公司攻克了关键部件的生产难题。")]
    [InlineData("不少外国留学生被中国书法的博大精深所震撼。")]
    [InlineData("村民们都被他的一片真心所感动。")]
    [InlineData("他始终不为眼前利益所动摇。")]
    [InlineData("正如德国学者克劳斯所言，合作才能共赢。")]
    [InlineData("恰如老支书刘福所言，日子越过越红火。")]
    [InlineData("新的一年，我们一定能开好局、起好步。")]
    [InlineData("双方谈判一度陷入僵局。")]
    [InlineData("到了饭点，老人们自觉排起长队。")]
    public void Extract_EndingLetterThatEndsNoName_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_PostAfterAnEndingLetterRepeated_KeepsTheBody() =>
        Assert.Equal(["魏都区城管局综合处"], Entities.Names("魏都区城管局综合处处长刘海说，城区处处干净整洁。", MentionKind.Organisation));

    [Theory]
    [InlineData("为此，许昌市农科所研究员李明带队下乡，村民被他的真心所感动。", "许昌市农科所")]
    [InlineData("为做好春耕，河南省农科所与高校合作，其成果为业内所称道。", "河南省农科所")]
    public void Extract_BureauSuoBeforeAPostOrAConjunction_IsABodyThePassiveNot(string body, string organisation) =>
        Assert.Equal([organisation], Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_BureauBesideASituation_IsStillABody() =>
        Assert.Equal(["魏都区民政局"], Entities.Names("魏都区民政局表示，新的一年要开好局。", MentionKind.Organisation));
}
