using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Runs with an institution ending that name no body: counts of things (发现一处), a body's field or level alone
/// (旅游局, 县级政协), a meeting or pupils that begin at the ending's last letter (协商会议, 中小学生), errands (办案), and
/// the plural of a pronoun before a body (我们水利局), and bodies named only by what they do or serve (扶贫工作队, 城市商业银行).
/// Made-up lines in the style of county and city papers and of a national daily.
/// </summary>
public sealed class CountedAndKindOrganisationTests
{
    [Theory]
    [InlineData("河道巡查要做到发现一处、清理一处、销号一处。")]
    [InlineData("每间旅馆、每家餐厅都要亲自去踩点。")]
    [InlineData("每组有10名左右政协委员参加调研。")]
    [InlineData("有的县级政协和地方政协还在探索网上协商。")]
    [InlineData("学生们第一次走进政治协商会议的会场。")]
    [InlineData("不少家长反映中小学生课桌太小。")]
    [InlineData("检察机关与行政部门协同办案，用户办电时间缩短了一半。")]
    [InlineData("城区的老旧社区将在年内完成改造。")]
    [InlineData("该县地处山区，北京成功申办冬奥会后，违规者被依法惩处。")]
    [InlineData("事故发生在距隧道口300米处，群众可以网上办、掌上办。")]
    public void Extract_CountKindOrErrand_IsNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("村里来了扶贫工作队，驻村帮扶工作队也常来走访。")]
    [InlineData("小区成立了维修队和纠纷调解队，开通了应急服务中心。")]
    [InlineData("城市商业银行、农村合作银行和村镇银行都已接入系统。")]
    [InlineData("多家上市公司、制药公司和电力公司参加了招聘会。")]
    [InlineData("国内外知名大学和民办培训学校都设了技术中心。")]
    public void Extract_BodyNamedOnlyByWhatItDoesOrServes_IsNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("魏都区城管局扶贫工作队进驻东沟村，与乡里的扶贫工作队会合。", "魏都区城管局扶贫工作队")]
    [InlineData("许昌农村商业银行和城市商业银行都推出了新产品。", "许昌农村商业银行")]
    public void Extract_BodyOfWorkAfterAName_IsStillABody(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("“光靠我们水利局单打独斗，真有点吃力。”局长说。", "水利局")]
    [InlineData("记者从教育部获悉，新学期的课本已经送到。", "教育部")]
    public void Extract_BodyAfterAPluralOrNamedByItsField_IsFoundWhole(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Organisation));
}
