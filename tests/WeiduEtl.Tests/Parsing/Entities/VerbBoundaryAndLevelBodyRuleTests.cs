namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Where a name ends and a verb begins, by jieba's verbs: a descriptor and a surname with two letters before a common
/// verb (志愿者某某某|听到) are a person; a three-letter reading that swallowed a verb's first letter is cut when the
/// shorter reading leaves the verb whole before a predicate (某某|随同|调研); 便 'then' opens a predicate. A foreign name
/// that opens like a Chinese one runs on over transliteration letters to its verb (冯德莱|恩表示 → 冯德莱恩). A bare level
/// body before a post (县委书记, 市委副书记、市长) belongs to the division named before it; a division right before a post
/// is its organisation wherever the words before it began; 有关 stands between a body and 负责人; a list closed by 等 and
/// a post (甲、乙、丙等代表|发言) gives each name the post; a post stated after the name (某某某，是某队队长) is the title.
/// Made-up lines in county, evening-paper, sports, international and district styles.
/// </summary>
public sealed class VerbBoundaryAndLevelBodyRuleTests
{
    [Theory]
    [InlineData("暴雨过后，社区志愿者郑晓岚听到消息就赶到了积水点。", "郑晓岚")]
    [InlineData("村民鲍志远跟随工作人员走进了老厂房。", "鲍志远")]
    [InlineData("活动当天，居民邬秋实带着女儿来到了现场。", "邬秋实")]
    public void Extract_DescriptorNameBeforeAVerb_IsAPerson(string body, string name)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name);
    }

    [Theory]
    [InlineData("县政府办公室主任祁守随同调研。", "祁守随", "祁守")]
    [InlineData("当晚，区总工会秘书长柯雨便来到了工地。", "柯雨便", "柯雨")]
    public void Extract_NameBeforeAWholeVerb_EndsWhereTheVerbBegins(string body, string wrong, string name)
    {
        var people = Entities.People(body);

        Assert.Contains(people, m => m.Name == name);
        Assert.DoesNotContain(people, m => m.Name == wrong);
    }

    [Theory]
    [InlineData("新上任的欧洲议会议长冯德莱恩表示，谈判将在下月重启。", "冯德莱恩")]
    [InlineData("缅甸仰光大学教授吴丹佐乌说，新港口将带动沿线就业。", "吴丹佐乌")]
    public void Extract_ForeignNameOpeningLikeAChineseOne_RunsToItsVerb(string body, string name)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name);
    }

    [Fact]
    public void Extract_BareCountyCommitteeBeforePost_BelongsToTheCountyNamedBefore()
    {
        var person = Assert.Single(Entities.People("今年，平乐县新修了三条通村公路。县委书记屠振华说，明年还要再修五条。"), m => m.Name == "屠振华");

        Assert.Equal("县委书记", person.Title);
        Assert.Equal("平乐县委", person.Organisation);
    }

    [Fact]
    public void Extract_BareCityCommitteeInAChain_BelongsToTheCityNamedBefore()
    {
        var person = Assert.Single(Entities.People("柳州市委书记黎仲文，市委副书记、市长邓建东陪同考察。"), m => m.Name == "邓建东");

        Assert.Equal("柳州市委", person.Organisation);
    }

    [Fact]
    public void Extract_BareCityCommitteeWithNoCityNamed_HasNoOrganisation()
    {
        var person = Assert.Single(Entities.People("市委书记滕国梁对考察团一行表示欢迎。"), m => m.Name == "滕国梁");

        Assert.Null(person.Organisation);
    }

    [Fact]
    public void Extract_DivisionRightBeforePostAfterAVerb_IsTheOrganisation()
    {
        var person = Assert.Single(Entities.People("这是老周告诉宁波市副市长缪建平的好消息。"), m => m.Name == "缪建平");

        Assert.Equal("宁波市", person.Organisation);
    }

    [Fact]
    public void Extract_RelevantBetweenBodyAndPost_KeepsTheBody()
    {
        var person = Assert.Single(Entities.People("青年路社区有关负责人樊丽萍介绍，这里的老人大多独居。"), m => m.Name == "樊丽萍");

        Assert.Equal("青年路社区", person.Organisation);
    }

    [Fact]
    public void Extract_ListClosedByEtcAndAPost_GivesEachNameThePost()
    {
        var people = Entities.People("分组审议中，龚秀英、邝建、蒲晓红等代表先后发言。");

        Assert.Equal(3, people.Count(m => m.Title == "代表"));
    }

    [Theory]
    [InlineData("暴雨那晚，尤嘉琪在堤上守了一夜。尤嘉琪今年29岁，是城南派出所社区警务队队长。尤嘉琪说，守堤是本分。", "尤嘉琪", "队长")]
    [InlineData("王家湾村民甘守业是王家湾蔬菜专业合作社理事长，他说，今年菜价不错。", "甘守业", "理事长")]
    public void Extract_PostStatedAfterTheName_IsTheTitle(string body, string name, string title)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name && m.Title is { } found && found.EndsWith(title, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BareGovernmentBeforePostWithNoCityNamed_IsTheBodyAsPrinted()
    {
        var person = Assert.Single(Entities.People("座谈会上，市政府秘书长阎国平通报了全市防汛准备情况。"), m => m.Name == "阎国平");

        Assert.Equal("市政府", person.Organisation);
    }

    [Fact]
    public void Extract_BareCityCommitteeAfterAVisitingDelegation_IsNotTheVisitors()
    {
        var person = Assert.Single(Entities.People("商洛市党政考察团一行来我市考察。市委书记常国华对考察团表示欢迎。"), m => m.Name == "常国华");

        Assert.Null(person.Organisation);
    }

    [Theory]
    [InlineData("清明节当天，少先队员向英雄致敬。")]
    [InlineData("新春之际，祝全县群众幸福安康！")]
    public void Extract_WordAfterASurnameLetter_IsNoNameBeforeAVerb(string body)
    {
        Assert.Empty(Entities.People(body));
    }
}
