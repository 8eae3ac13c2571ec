using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

public sealed class OrganisationAndPlaceRuleTests
{
    [Theory]
    [InlineData("近日，魏都区民政局开展走访活动。", "魏都区民政局")]
    [InlineData("8月15日，魏都区与深圳领存技术有限公司签约。", "深圳领存技术有限公司")]
    [InlineData("今年以来，成都市武侯区人民医院新增床位200张。", "成都市武侯区人民医院")]
    [InlineData("由市城管局执法大队负责巡查。", "市城管局执法大队")]
    [InlineData("时值岁末，中国广播艺术团走进基层进行慰问演出。", "中国广播艺术团")]
    [InlineData("这些年，中国盲协主席李庆忠跑了不少高校。", "中国盲协")]
    [InlineData("2012年，我国工信部发布新一版的《网站设计无障碍技术要求》。", "工信部")]
    public void Extract_InstitutionEnding_IsAnOrganisationWithItsAdministrativePrefix(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("要进一步拓展社区服务，结合社区实际，打通社区治理最后一米。")]
    [InlineData("他们举办了培训班，把全部干部组织起来，提升工作格局。")]
    [InlineData("坚持以人民为中心，不知所措的老人被送医院。")]
    public void Extract_EverydayWordsWithInstitutionEndings_AreNoOrganisations(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_OrganisationBeforeATitle_EndsBeforeTheTitle()
    {
        var organisations = Entities.Names("魏都城管局党组书记、局长李海燕说，", MentionKind.Organisation);
        Assert.Equal(["魏都城管局"], organisations);
    }

    [Theory]
    [InlineData("许昌市魏都区的干部来到北京。", new[] { "许昌市魏都区", "北京" })]
    [InlineData("记者在广东省深圳市南山区看到，", new[] { "广东省深圳市南山区" })]
    public void Extract_AdministrativeDivisions_ComeFromThePackagedDivisionList(string body, string[] places) =>
        Assert.Equal(places, Entities.Names(body, MentionKind.Place));

    [Theory]
    [InlineData("下雨天，市区劳动路上一个瓜农正发愁。", "劳动路")]
    [InlineData("在春秋广场夜市，队员分发联系卡。", "春秋广场")]
    [InlineData("幸福家园小区的居民来到人民公园。", "人民公园")]
    [InlineData("他住在解放大街旁的翠竹苑。", "翠竹苑")]
    public void Extract_RoadSquareParkCompound_IsAPlace(string body, string place) =>
        Assert.Contains(place, Entities.Names(body, MentionKind.Place));

    [Theory]
    [InlineData("项目生产集成电路，理清发展思路，修好农村道路。")]
    public void Extract_EverydayWordsWithPlaceEndings_AreNoPlaces(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Place));
}
