using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// On made-up lines in the styles of a prefecture daily, an evening paper's city page and a county bulletin: a level's
/// party committee and government printed together (省委、省政府), compounds named after a body (…家属院, …宿舍), kinds of
/// body (互嵌式社区, 自来水公司), a body after a verb of relying or approving, a counted noun, and a field verb before 分公司.
/// </summary>
public sealed class LevelPairAndCompoundBodyRuleTests
{
    [Theory]
    [InlineData("近年来，全县认真贯彻州委、州政府的部署，茶叶产量稳步提高。", "州委", "州政府")]
    [InlineData("项目得到省委和省政府的大力支持，年内将建成投用。", "省委", "省政府")]
    [InlineData("市委市政府高度重视老旧小区改造。", "市委", "市政府")]
    public void Extract_LevelBodiesPrintedTogether_AreBodies(string body, string first, string second)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("新任省委书记到任后首站来到农村调研。")]
    [InlineData("他把这项工作全权委托给了一家律所，全省委托案件逐年增加。")]
    public void Extract_LevelWordAlone_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n is "省委" or "市委" or "县政府");

    [Theory]
    [InlineData("工人们在粮食局家属院和电厂宿舍里新装了健身器材。")]
    [InlineData("社区要打造互嵌式社区，单靠乡政府难以推动。")]
    [InlineData("“我是自来水公司的退休职工。”老人说，他常去铁路局附近遛弯。")]
    [InlineData("近百名社区老人围坐在一起吃年夜饭，箱底处还有积水。")]
    public void Extract_CompoundOrKindOnly_IsNoBody(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("最高人民法院裁定核准某市中级人民法院的一审判决。", "某市中级人民法院")]
    [InlineData("长沙地铁运营分公司的职工为乘客送上热茶。", "长沙地铁运营分公司")]
    [InlineData("这项审判工作受到省委、最高人民法院的肯定。", "省委")]
    public void Extract_BodyAfterTheseWords_KeepsItsName(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
}
