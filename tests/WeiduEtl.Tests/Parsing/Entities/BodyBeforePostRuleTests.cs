using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A body printed without an institution ending as the subject of its clause before a post and a name, on made-up
/// lines in the styles of an evening paper, a city daily's business page and a county newsletter; and the subjects
/// before a post that name no body: a description, a kind, a place, an occupation, a reference back.
/// </summary>
public sealed class BodyBeforePostRuleTests
{
    [Theory]
    [InlineData("“今年的订单已经排到了六月。”星河智造董事长罗建平说。", "星河智造", "罗建平", "董事长")]
    [InlineData("记者从会上获悉。据蓝海数据总经理庞晓军介绍，全市网店去年增加三成。", "蓝海数据", "庞晓军", "总经理")]
    [InlineData("清溪镇梅岭茶叶基地负责人吴桂芳说，春茶长势喜人。", "清溪镇梅岭茶叶基地", "吴桂芳", "负责人")]
    [InlineData("去年12月，南岭云图首席执行官韩立新宣布了新计划。", "南岭云图", "韩立新", "首席执行官")]
    [InlineData("“消费回暖的势头还会延续。”恒信评级首席宏观分析师冯立群说。", "恒信评级", "冯立群", "分析师")]
    public void Extract_UnendedBodyOpeningItsClauseBeforeAPost_IsTheBody(string body, string organisation, string name, string title)
    {
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(title, person.Title);
        Assert.Equal(organisation, person.Organisation);
    }

    [Theory]
    [InlineData("著名青年作家林晓风说，写作要扎根生活。")]
    [InlineData("当地物业经理孙永强表示，将尽快整改。")]
    [InlineData("村民代表赵德明说，这事办得公道。")]
    [InlineData("此次考察领队钱学军介绍了行程。")]
    [InlineData("市外事办新闻发言人周立波说，代表团将于下周抵达。")]
    [InlineData("据河南省郑州市总经理王某介绍，情况属实。")]
    [InlineData("该国第二副总统卡鲁巴出席仪式。")]
    [InlineData("某国前驻华大使莫雷诺出席仪式。")]
    [InlineData("云南省大理州剑川县桑岭村支书杨志华说，路修好了。")]
    public void Extract_DescriptionKindPlaceOrOccupationBeforeAPost_IsNoBody(string body)
    {
        var bodies = Entities.Names(body, MentionKind.Organisation);
        Assert.DoesNotContain(bodies, n => n.StartsWith("著名", StringComparison.Ordinal) || n is "当地物业" or "村民" or "此次考察" or "河南省郑州市" or "该国第二" or "某国前驻华" || n.EndsWith("桑岭", StringComparison.Ordinal) || n.EndsWith("新闻", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BigDataBureau_IsReadWhole() =>
        Assert.Contains("许昌市大数据局", Entities.Names("许昌市大数据局日前发布了一批开放数据。", MentionKind.Organisation));
}
