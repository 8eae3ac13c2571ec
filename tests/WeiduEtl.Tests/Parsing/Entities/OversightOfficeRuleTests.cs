using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A party committee's or a government's offices that oversee and study, named by 督查室 and 政研室 as 研究室 is, on made-up
/// lines in the styles of a county newsletter, a city daily and a district's web page: bodies, and the bodies of posts
/// after them; rooms in 室 (会议室, 阅览室) stay no bodies, and a section inside such an office keeps the longer name.
/// </summary>
public sealed class OversightOfficeRuleTests
{
    [Theory]
    [InlineData("驻村期满后，他被抽调到县委督查室工作。", "县委督查室")]
    [InlineData("市政府督查室通报了第一轮检查结果。", "市政府督查室")]
    [InlineData("据省委政研室调研，全省已有三百个村开展试点。", "省委政研室")]
    [InlineData("黑河市政府政研室综合科负责人介绍了情况。", "黑河市政府政研室综合科")]
    public void Extract_OversightOrStudyOffice_IsABody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_OversightOfficeBeforeAPost_IsThePostsBody() =>
        Assert.Equal("区委政研室", Assert.Single(Entities.People("区委政研室主任王林介绍了情况。"), p => p.Name == "王林").Organisation);

    [Theory]
    [InlineData("大家围坐在会议室里讨论方案。")]
    [InlineData("村里的阅览室每天开放到晚上九点。")]
    public void Extract_RoomInShi_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));
}
