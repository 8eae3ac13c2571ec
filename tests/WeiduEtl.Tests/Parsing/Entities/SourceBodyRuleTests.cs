using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The body a report was learnt from (记者从…获悉), on made-up lines in the styles of a city daily and an evening paper;
/// and sources that are a meeting, a side, a kind, a place or a person.
/// </summary>
public sealed class SourceBodyRuleTests
{
    [Theory]
    [InlineData("记者日前从胜利油田获悉，去年原油产量保持稳定。", "胜利油田")]
    [InlineData("记者从江南造船了解到，新船将于年内交付。", "江南造船")]
    public void Extract_SourceBetweenFromAndAVerbOfLearning_IsABody(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("记者从全市安全生产工作会上获悉，今年将开展专项整治。")]
    [InlineData("记者从有关部门获悉，该路段将封闭施工。")]
    [InlineData("记者从张建国处得知，合作社今年又添了新设备。")]
    [InlineData("记者从郑州获悉，地铁新线即将开通。")]
    [InlineData("记者从知情人士处获悉，双方已达成一致。")]
    public void Extract_SourceThatIsNoBody_NamesNone(string body) =>
        Assert.DoesNotContain(Entities.Extract(body).Mentions, m => m.Kind == MentionKind.Organisation && m.Rule == "org-source");
}
