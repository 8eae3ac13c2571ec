using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Rules of general news grammar, each on made-up sentences in the styles of a national daily, a local evening paper
/// and a wire report: kinds of body that name no body, the particle 所, titles that share their first letter with the
/// body's ending, foreign names bounded by the words after them, and speakers after a typesetter's space.
/// </summary>
public sealed class GeneralGrammarRuleTests
{
    [Theory]
    [InlineData("不少大型科技公司开始在海外设立研发部门。")]
    [InlineData("镇上请当地政府出面协调，问题很快解决了。")]
    [InlineData("家长们把孩子送到儿童教育中心参加活动。")]
    [InlineData("投保后，保险公司很快派人核灾。")]
    [InlineData("这些联邦政府的计划还没有落地。")]
    public void Extract_KindOfBodyWithoutAName_IsNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("这是农业生产所产生的废弃物。")]
    [InlineData("新材料能为城市建设所用。")]
    [InlineData("两国签订贸易协定，还签署了移民协议。")]
    [InlineData("微生物无处不在，却少有人留意。")]
    public void Extract_EndingLettersThatBeginAnotherWord_AreNoOrganisation(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("但海滨市科技局认为，试点效果明显。", "海滨市科技局")]
    [InlineData("记者从增加投入的西山县农业农村局了解到，", "西山县农业农村局")]
    [InlineData("新一届北方大学理事会昨天产生。", "北方大学理事会")]
    [InlineData("联合国开发计划署与联合国人口基金会共同发布报告。", "联合国人口基金会")]
    [InlineData("该法案已由某国议会通过。", "某国议会")]
    public void Extract_NameAfterAVerbOrAConjunction_StartsAfterIt(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("葡萄牙海洋部长若昂·席尔瓦当天表示，", "若昂·席尔瓦", "部长", "葡萄牙海洋部")]
    [InlineData("东湖区民政局长张立新说，今年要新建三个养老站。", "张立新", "局长", "东湖区民政局")]
    [InlineData("省卫生厅长王建华在会上强调，", "王建华", "厅长", "省卫生厅")]
    public void Extract_TitleSharingTheBodysEnding_KeepsTheBody(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(title, person.Title);
        Assert.Equal(organisation, person.Organisation);
    }

    [Theory]
    [InlineData("基金会驻当地代表安娜·卡尔松参加了当天的仪式。", "安娜·卡尔松")]
    [InlineData("儿童基金会代表彼得·摩尔出席。", "彼得·摩尔")]
    [InlineData("联盟驻地代表莎拉·彼得斯参加了仪式。", "莎拉·彼得斯")]
    [InlineData("市场研究机构首席经济学家保罗·霍华德甚至称其为十年来最差。", "保罗·霍华德")]
    [InlineData("慈善组织成员玛丽亚·罗西说，很多人只能露宿。", "玛丽亚·罗西")]
    [InlineData("出版社记者艾丽丝·本森感叹道，", "艾丽丝·本森")]
    [InlineData("在机场迎接的旅游宣传司司长苏·拉达万对记者说，", "苏·拉达万")]
    [InlineData("德国总理默克尔计划下月出访。", "默克尔")]
    public void Extract_ForeignName_IsBoundedByTheWordsAroundIt(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("著名的植物学家周明远院士指导了这项研究。", "周明远", "院士")]
    [InlineData("当年的物理学家陈启航教授回忆，", "陈启航", "教授")]
    public void Extract_NameTitleAfterADescriptor_IsAPerson(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(title, person.Title);
    }

    [Theory]
    [InlineData("评论认为，分歧一时难以弥合。“这场危机削弱了联盟的凝聚力。”\u00a0某国研究所学者伊万·彼得罗夫对记者表示，前景仍不明朗。", "伊万·彼得罗夫")]
    [InlineData("有专家指出，改革不能一蹴而就。“先把账算清楚，再谈下一步。” 市财政局局长刘文广说。", "刘文广")]
    [InlineData("外界普遍看好。“我们对合作充满信心。”\u3000公司董事长黄志诚表示。", "黄志诚")]
    public void Extract_QuoteThenASpaceThenTheSpeaker_IsTheSpeakersNotTheSentenceBefore(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("邵振华，县农业农村局副局长，今年52岁。“我在这里干了20年。”他说。", "邵振华", "副局长", "县农业农村局")]
    [InlineData("去年冬天到任。雷启明，东湖街道党工委书记。他告诉记者：“先把路修好。”", "雷启明", "党工委书记", "东湖街道")]
    public void Extract_NameInAppositionToItsPost_IsThePersonWithTitleAndSpeaker(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body), p => p.Title is not null);
        Assert.Equal((name, title, organisation), (person.Name, person.Title, person.Organisation));
        Assert.Equal(name, Entities.OnlyQuote(body).Speaker);
    }

    [Fact]
    public void Extract_CommaAfterANameInsideASentence_IsNoApposition() =>
        Assert.DoesNotContain(Entities.People("会上，邵振华，雷启明等人发言。"), p => p.Title is not null);
}
