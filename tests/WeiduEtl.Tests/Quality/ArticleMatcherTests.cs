using WeiduEtl.Core.Parsing;
using WeiduEtl.Quality;

namespace WeiduEtl.Tests.Quality;

/// <summary>The scorer counts what a reader would: a whole article found, a split one missed with its pieces extra,
/// two glued together both missed.</summary>
public sealed class ArticleMatcherTests
{
    private static readonly TruthArticle First = new(["城北新区打造十分钟生活圈"],
        ["本报讯（记者 任重）今年以来，城北新区新建社区食堂6家、便民超市12家，居民生活更加便利。", "社区食堂每天供应早、中、晚三餐，老年人就餐享受八折优惠，深受居民欢迎。"]);

    private static readonly TruthArticle Second = new(["南湖公园冰灯亮相"],
        ["南湖公园第十届冰灯展昨晚开幕，展出冰雕作品120余件，将持续到明年二月底。"]);

    private static ParsedArticle Item(string? headline, params string[] paragraphs) => new() { Headline = headline, Paragraphs = paragraphs };

    [Fact]
    public void Score_EachArticleFoundWhole_AllFoundNoExtra()
    {
        var items = new[]
        {
            Item("城北新区打造十分钟生活圈", "今年以来，城北新区新建社区食堂6家、便民超市12家，居民生活更加便利。", "社区食堂每天供应早、中、晚三餐，老年人就餐享受八折优惠，深受居民欢迎。")
                with { Dateline = "本报讯", Contributors = [new Contributor("任重", ContributorRole.Reporter, "记者 任重")] },
            Item("南湖公园冰灯亮相", Second.Body[0]),
        };

        var counts = PageScorer.Score(new TruthPage("p", new DateOnly(2020, 1, 2), 1, [First, Second]), Issue(items)).Counts;

        Assert.Equal((2, 0, 2, 2, 1, 1), (counts.Found, counts.Extra, counts.HeaderRight, counts.BodyEndRight, counts.ReportersChecked, counts.ReportersRight));
    }

    [Fact]
    public void Score_ArticleSplitInTwo_IsMissedAndItsSecondPieceIsExtra()
    {
        var items = new[]
        {
            Item("城北新区打造十分钟生活圈", "今年以来，城北新区新建社区食堂6家、便民超市12家，居民生活更加便利。"),
            Item("社区食堂", "社区食堂每天供应早、中、晚三餐，老年人就餐享受八折优惠，深受居民欢迎。"),
        };

        var counts = PageScorer.Score(new TruthPage("p", new DateOnly(2020, 1, 2), 1, [First]), Issue(items)).Counts;

        Assert.Equal((0, 1), (counts.Found, counts.Extra));
    }

    [Fact]
    public void Score_TwoArticlesGluedTogether_FindsNeither()
    {
        var glued = Item("城北新区打造十分钟生活圈", [.. First.Body, .. Second.Body]);

        var counts = PageScorer.Score(new TruthPage("p", new DateOnly(2020, 1, 2), 1, [First, Second]), Issue([glued])).Counts;

        Assert.Equal(0, counts.Found);
    }

    [Fact]
    public void Score_HeadlineReadAsKicker_HeaderLinesWrong()
    {
        var item = Item(null, Second.Body[0]) with { Kicker = "南湖公园冰灯亮相", Headline = "冰雕" };

        var counts = PageScorer.Score(new TruthPage("p", new DateOnly(2020, 1, 2), 1, [Second]), Issue([item])).Counts;

        Assert.Equal((1, 0), (counts.Found, counts.HeaderRight));
    }

    [Theory]
    [InlineData("本报北京1月1日电  （记者王远、陈晓）记者从有关部门获悉。", new[] { "王远", "陈晓" })]
    [InlineData("本报记者 任重 齐亮", new[] { "任重", "齐亮" })]
    [InlineData("□本报记者 付 强", new[] { "付强" })]
    [InlineData("■本报通讯员 李明 本报记者 陈亮", new[] { "陈亮" })]
    [InlineData("晨报记者 王 芳 通讯员 赵一", new[] { "王芳" })]
    [InlineData("（本报记者 任重 摄）", new string[0])]
    [InlineData("记者日前走访了多个社区。", new string[0])]
    [InlineData("○○全媒体记者 陈晓", new[] { "陈晓" })]
    [InlineData("江城县融媒体中心 记者 罗平 通讯员 于海", new[] { "罗平" })]
    [InlineData("本报6月3日讯（滨海晚报/掌上滨海记者高远通讯员林一）", new[] { "高远" })]
    [InlineData("本报6月3日讯（沿江全媒体记者高远 通讯员 林一）", new[] { "高远" })]
    [InlineData("本报记者 韩冰 本报通讯员 邓林 摄影报道", new[] { "韩冰" })]
    [InlineData("本报记者 许杰 特约记者 欧阳方正", new[] { "许杰", "欧阳方正" })]
    [InlineData("本报记者 石磊/文 孔明/图", new[] { "石磊" })]
    [InlineData("□见习记者 杜飞 文/图", new[] { "杜飞" })]
    [InlineData("江城日报全媒体首席记者罗海涛文/图", new[] { "罗海涛" })]
    [InlineData("沿江全媒体见习记者 高远", new[] { "高远" })]
    [InlineData("本报记者石文/图", new[] { "石文" })]
    [InlineData("记者：白杨  通讯员：秦川", new[] { "白杨" })]
    [InlineData("李想 记者 江河/文 汤圆/图", new[] { "李想", "江河" })]
    [InlineData("文/朱丹 图/马良", new[] { "朱丹" })]
    [InlineData("朱丹/文 马良/图", new[] { "朱丹" })]
    [InlineData("新建的停车场已投入使用。 记者 蒋涛", new[] { "蒋涛" })]
    [InlineData("近日 记者从市交通局获悉", new string[0])]
    [InlineData("记者/杨帆", new[] { "杨帆" })]
    [InlineData("本报记者/周小舟 通讯员/刘强", new[] { "周小舟" })]
    [InlineData("本报记者/文", new string[0])]
    public void Reporters_CreditsAsPrinted(string paragraph, string[] names) =>
        Assert.Equal(names.Order(), TruthCredits.Reporters(new TruthArticle([], [paragraph])).Order());

    [Theory]
    [InlineData("王强摄", true)]
    [InlineData("张明摄（城市画报）", true)]
    [InlineData("新华社记者 李华摄（新华视点）\u00a0", true)]
    [InlineData("（本报记者 任重）", true)]
    [InlineData("（本报记者王海、刘晓丽、陈一帆、赵明、孙立、周亮、吴桐、郑雪、冯刚、陈静、褚红、卫东、蒋平报道）", true)]
    [InlineData("（王海燕）", true)]
    [InlineData("（东宣）", true)]
    [InlineData("（下）", false)]
    [InlineData("图为市民在公园里摄影留念（张明提供）。", false)]
    [InlineData("记者日前走访了多个社区。", false)]
    [InlineData("记者：白杨  通讯员：秦川", true)]
    [InlineData("文/朱丹 图/马良", true)]
    [InlineData("朱丹/文", true)]
    [InlineData("记者：今天的会开得很好", false)]
    public void IsCreditLine_PhotoCreditWithItsPictureAgency_IsACredit(string paragraph, bool credit) =>
        Assert.Equal(credit, TruthCredits.IsCreditLine(paragraph));

    private static ParsedIssue Issue(IReadOnlyList<ParsedArticle> items) => new(null, null, 1, items, [], []);
}
