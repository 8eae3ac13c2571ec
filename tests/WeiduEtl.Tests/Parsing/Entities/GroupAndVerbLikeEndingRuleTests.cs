using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Bodies named by the group a body sends or sets up (巡视组, 领导小组, 代表团) and by the endings 组织 and 总会, which are a
/// verb and an adverb as often, on made-up sentences in the styles of a city daily, an evening paper and a county newsletter.
/// </summary>
public sealed class GroupAndVerbLikeEndingRuleTests
{
    [Theory]
    [InlineData("省委第三巡视组进驻后，许昌市魏都区河道治理工作领导小组召开会议。", new[] { "省委第三巡视组", "许昌市魏都区河道治理工作领导小组" })]
    [InlineData("本届冬运会上，河南代表团收获金牌12枚。", new[] { "河南代表团" })]
    [InlineData("世界气象组织发布报告说，去年全球气温偏高。", new[] { "世界气象组织" })]
    [InlineData("中国红十字总会的救灾物资运抵灾区。", new[] { "中国红十字总会" })]
    public void Extract_GroupOrVerbLikeEnding_IsABody(string body, string[] organisations)
    {
        var found = Entities.Names(body, MentionKind.Organisation);
        foreach (var organisation in organisations)
        {
            Assert.Contains(organisation, found);
        }
    }

    /// <summary>Where the rule must not fire: 组织 as a verb (after a place alone too), 总会 as an adverb, a group named only by its kind, task or count.</summary>
    [Theory]
    [InlineData("街道办组织志愿者上门服务，困难总会过去的。")]
    [InlineData("社区党员组织起来，天再冷也总会有人值守。")]
    [InlineData("县里派出扶贫工作组，还请来专家组把脉。")]
    [InlineData("村干部一早赶去参加城关镇组织的防汛会议，验收专家组随后到场。")]
    [InlineData("运动会上，多个代表团的选手同场竞技。")]
    public void Extract_VerbAdverbOrKindOfGroup_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith("组织", StringComparison.Ordinal) || n.EndsWith("总会", StringComparison.Ordinal) || n.EndsWith('组'));
}
