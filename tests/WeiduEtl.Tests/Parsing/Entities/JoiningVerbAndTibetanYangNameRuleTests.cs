using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Verbs of joining a body (入股, 入驻, 加盟) that end before its name, and Tibetan names printed with 拥 (拥珍, 拥措, 拥宗), on
/// made-up lines in the styles of a county paper, a regional daily and a provincial paper's feature.
/// </summary>
public sealed class JoiningVerbAndTibetanYangNameRuleTests
{
    [Theory]
    [InlineData("今年，村民以土地、资金入股合作社，年底有分红。")]
    [InlineData("去年以来，已有12家企业入驻科创中心。")]
    [InlineData("不少年轻人选择加盟连锁公司。")]
    public void Extract_JoiningVerbBeforeABareBody_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.Contains("入股", StringComparison.Ordinal)
            || n.Contains("入驻", StringComparison.Ordinal) || n.Contains("加盟", StringComparison.Ordinal));

    [Theory]
    [InlineData("全村86户以资金入股东山果蔬专业合作社，年底有分红。", "东山果蔬专业合作社")]
    [InlineData("个体户加盟华联超市有限公司后，收入翻了一番。", "华联超市有限公司")]
    [InlineData("多家企业入驻青山区创业服务中心。", "青山区创业服务中心")]
    public void Extract_JoiningVerbBeforeANamedBody_EndsBeforeTheName(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("社区副主任拥措说，今年将新建两个活动室。", "拥措")]
    [InlineData("村党支部书记拥宗说，今年的羊毛卖了好价钱。", "拥宗")]
    [InlineData("欢迎会上，副书记拥珍表示，大家分工不分家。", "拥珍")]
    public void Extract_TibetanNameWithYang_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("这项政策得到群众拥护，大家拥抱在一起。")]
    [InlineData("村里拥有3个合作社。")]
    public void Extract_WordOpeningWithYong_IsNoName(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
