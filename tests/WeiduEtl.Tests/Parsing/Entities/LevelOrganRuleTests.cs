using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// An organ every level has one of, named bare after its level letter (市法院, 县法院, 市统战部, 区宣传部), as 市政府 is, on
/// made-up lines in the styles of a city daily, a county newsletter and a district's web page: one body, and the body of a
/// post after it; every level's organs (全市法院, 各县宣传部) and a level letter before no organ (市中心) name none.
/// </summary>
public sealed class LevelOrganRuleTests
{
    [Theory]
    [InlineData("市法院、市检察院、区政府等单位参加了活动。", "市法院")]
    [InlineData("县法院依法公开审理了此案。", "县法院")]
    [InlineData("区宣传部牵头组织了这次活动。", "区宣传部")]
    [InlineData("省组织部派出考察组到基层调研。", "省组织部")]
    public void Extract_LevelLetterBeforeALevelsOrgan_IsABody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_LevelOrganBeforeAPost_IsThePostsBody() =>
        Assert.Equal("市统战部", Assert.Single(Entities.People("市统战部副部长张圣合、民族宗教科科长白利陪同调研。"), p => p.Name == "张圣合").Organisation);

    [Theory]
    [InlineData("全市法院系统开展专项执行行动。")]
    [InlineData("各县宣传部要抓好工作落实。")]
    [InlineData("他家住在市中心附近的老街上。")]
    public void Extract_EveryLevelsOrganOrNoOrgan_NamesNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));
}
