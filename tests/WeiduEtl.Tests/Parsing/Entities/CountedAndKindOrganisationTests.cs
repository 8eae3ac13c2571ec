using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Runs with an institution ending that name no body: counts of things (发现一处), a body's field or level alone
/// (旅游局, 县级政协), a meeting or pupils that begin at the ending's last letter (协商会议, 中小学生), errands (办案), and
/// the plural of a pronoun before a body (我们水利局). Made-up lines in the style of county and city papers.
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
    [InlineData("“光靠我们水利局单打独斗，真有点吃力。”局长说。", "水利局")]
    [InlineData("记者从教育部获悉，新学期的课本已经送到。", "教育部")]
    public void Extract_BodyAfterAPluralOrNamedByItsField_IsFoundWhole(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Organisation));
}
