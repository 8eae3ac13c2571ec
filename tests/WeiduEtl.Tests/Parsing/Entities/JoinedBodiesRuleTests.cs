using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// 与 or 和 between two bodies each named in full, the second opening with its own division or country, on made-up
/// lines in the styles of a city daily, a county newsletter and an international page; and names that hold the
/// conjunction, which stay whole.
/// </summary>
public sealed class JoinedBodiesRuleTests
{
    [Theory]
    [InlineData("近日，江苏如皋市与上海交通大学签订了人才合作协议。", "上海交通大学", "如皋市与上海交通大学")]
    [InlineData("湖南省桃源县政协委员与桃源县农业农村局的干部一起走村入户。", "桃源县农业农村局", "政协委员与桃源县农业农村局")]
    [InlineData("日前，四川宜宾市与德国汉堡大学联合举办了论坛。", "德国汉堡大学", "宜宾市与德国汉堡大学")]
    public void Extract_SecondBodyNamedInFullAfterTheConjunction_IsABodyOfItsOwn(string body, string second, string joined)
    {
        var bodies = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(second, bodies);
        Assert.DoesNotContain(bodies, b => b.EndsWith(joined, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("国家金融与发展实验室日前发布了一份报告。", "国家金融与发展实验室")]
    [InlineData("中央党史和文献研究院编辑的文集出版发行。", "中央党史和文献研究院")]
    public void Extract_NameHoldingTheConjunction_StaysWhole(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));
}
