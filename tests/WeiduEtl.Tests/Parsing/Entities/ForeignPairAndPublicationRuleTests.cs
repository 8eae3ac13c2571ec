namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A foreign name of two letters after a post, when a verb or a post follows it (总统某某|前往, 团长某某|表示); 保 of the
/// transliteration tables and 财长 a post (前财长保某某); a newspaper's name in book marks before a post as the post's body
/// (《某某日报》总编辑; not a film's, 《某某》导演). Made-up sentences in the styles of a national daily and a district page
/// (许昌日报 魏都区).
/// </summary>
public sealed class ForeignPairAndPublicationRuleTests
{
    [Theory]
    [InlineData("局势持续紧张，迫使该国总统哈迪前往邻国避难。", "哈迪", "总统")]
    [InlineData("许昌市友好城市代表团团长卡尔表示，希望双方加强交流。", "卡尔", "团长")]
    [InlineData("他会晤了美国前财长保尔森等多位政商界人士。", "保尔森", "前财长")]
    [InlineData("来访的该国财长保罗表示，愿同许昌加强经贸合作。", "保罗", "财长")]
    public void Extract_ForeignNameAfterAPost_IsAPerson(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(title, person.Title);
    }

    [Theory]
    [InlineData("魏都区选手赵雪、于佳琪分获冠亚军。", "于佳琪")]
    [InlineData("中国选手王楠、于佳琪分获女子单打冠亚军。", "于佳琪")]
    public void Extract_TwoForeignLettersOpeningALongerNameInAList_AreNoNameOfTheirOwn(string body, string name) =>
        Assert.Contains(name, Entities.People(body).Select(p => p.Name));

    [Theory]
    [InlineData("缅甸《今日民主报》副总编辑莱法表示，共建项目给当地带来了实惠。", "莱法", "《今日民主报》")]
    [InlineData("《许昌日报》总编辑王建国说，融媒体改革效果明显。", "王建国", "《许昌日报》")]
    public void Extract_NewspaperInBookMarksBeforeAPost_IsThePostsBody(string body, string name, string organisation) =>
        Assert.Equal(organisation, Assert.Single(Entities.People(body), p => p.Name == name).Organisation);

    [Fact]
    public void Extract_FilmsTitleBeforeAPost_IsNoBody() =>
        Assert.Null(Assert.Single(Entities.People("《山村来信》导演王建国说，这部片子拍了三年。")).Organisation);
}
